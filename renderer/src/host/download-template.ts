import type { CustomTemplate } from '../../../shared/model/custom-template';
import { templateFileName } from '../../../shared/model/custom-template';
import type { Result } from '../../../shared/result';
import { ok } from '../../../shared/result';
import { downloadBlob } from '../app/download-blob';

/** The web build's "Export template file": a download; the browser picks the folder, so the result names the file. */
export async function downloadTemplate(template: CustomTemplate, text: string, page: Document = document): Promise<Result<{ path: string }>> {
  const name = templateFileName(template.name);
  downloadBlob(name, text, 'application/json', page);
  return ok({ path: name });
}
