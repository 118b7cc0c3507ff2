import { isPdfBytes, maxPdfBytes, pdfFileName } from '../../../shared/export/pdf-file';
import type { ResultOf } from '../../../shared/ipc';
import { fail, ok } from '../../../shared/result';
import { downloadBlob } from '../app/download-blob';

/**
 * The web build's "save": the browser downloads the PDF (an <a download> on a blob: URL, which the
 * CSP allows — it is not a network request). The browser decides where it goes, so the result
 * names the file, not a path. The same checks as main's 'pdf:save': a PDF, and not too large.
 */
export async function downloadPdf(
  { bytes, suggestedName }: { bytes: Uint8Array; suggestedName: string },
  doc: Document = document,
): Promise<ResultOf<'pdf:save'>> {
  if (bytes.length > maxPdfBytes) return fail('too-large', { detail: `more than ${maxPdfBytes / 1024 / 1024} MB` });
  if (!isPdfBytes(bytes)) return fail('bad-request', { detail: 'not a PDF' });
  const name = pdfFileName(suggestedName);
  downloadBlob(name, bytes as Uint8Array<ArrayBuffer>, 'application/pdf', doc);
  return ok({ path: name });
}
