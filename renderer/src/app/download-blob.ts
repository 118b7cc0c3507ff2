/**
 * Hands bytes or text to the browser as a download: an <a download> on a blob: URL, which the CSP
 * allows (it is no network request). The browser decides the folder. Used by every export of the
 * web build (workshop file, PDF, MADR, CSV, diagram PNG); Electron uses the same for the last three.
 */
export function downloadBlob(name: string, data: BlobPart, type: string, page: Document = document): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const link = page.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  page.body.append(link);
  link.click();
  link.remove();
  // The download reads the blob asynchronously: release it once that has certainly started.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
