import { workshopFileName } from '../../../shared/files/file-name';
import type { ResultOf } from '../../../shared/ipc';
import { serializeWorkshop } from '../../../shared/model/codec';
import type { Workshop } from '../../../shared/model/workshop';
import { ok } from '../../../shared/result';

/**
 * The web build's "Export workshop file": the browser downloads the file (an <a download> on a
 * blob: URL, which the CSP allows: it is no network request). The browser decides the folder, so
 * the result names the file, not a path.
 */
export async function downloadWorkshop({ doc }: { doc: Workshop }, page: Document = document): Promise<ResultOf<'files:export'>> {
  const name = workshopFileName(doc.title);
  const url = URL.createObjectURL(new Blob([serializeWorkshop(doc)], { type: 'application/json' }));
  const link = page.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  page.body.append(link);
  link.click();
  link.remove();
  // The download reads the blob asynchronously: release it once that has certainly started.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return ok({ path: name });
}
