import { workshopFileName } from '../../../shared/files/file-name';
import type { ResultOf } from '../../../shared/ipc';
import { serializeWorkshop } from '../../../shared/model/codec';
import type { Workshop } from '../../../shared/model/workshop';
import { ok } from '../../../shared/result';
import { downloadBlob } from '../app/download-blob';

/**
 * The web build's "Export workshop file": the browser downloads the file (an <a download> on a
 * blob: URL, which the CSP allows: it is no network request). The browser decides the folder, so
 * the result names the file, not a path.
 */
export async function downloadWorkshop({ doc }: { doc: Workshop }, page: Document = document): Promise<ResultOf<'files:export'>> {
  const name = workshopFileName(doc.title);
  downloadBlob(name, serializeWorkshop(doc), 'application/json', page);
  return ok({ path: name });
}
