/**
 * What the app accepts as a PDF to write to disk or download: checked in main before the save
 * dialog opens, and in the browser before the download, so a bug or a hostile page can never make
 * the app write arbitrary bytes or a huge file under a ".pdf" name.
 */

/** Largest PDF the app writes: a 20-page Chinese handout is about 300 KB, 6,000 glyphs about 2.5 MB. */
export const maxPdfBytes = 64 * 1024 * 1024;

const signature = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

export function isPdfBytes(bytes: Uint8Array): boolean {
  return bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
}

/** Characters no file system accepts (Windows is the strictest), and control characters. */
// eslint-disable-next-line no-control-regex
const unsafe = /[\u0000-\u001f\u007f<>:"/\\|?*]+/g;

/**
 * A file name for the save dialog or the download: no folders, no characters a file system
 * refuses, not empty, not a Windows device name, at most 120 characters, ending in ".pdf".
 */
export function pdfFileName(suggested: string): string {
  let base = suggested.replace(unsafe, ' ').replace(/\s+/g, ' ').trim();
  base = base.replace(/\.pdf$/i, '').replace(/^[.\s]+|[.\s]+$/g, '');
  if (/^(con|prn|aux|nul|com\d|lpt\d)$/i.test(base)) base = `_${base}`;
  base = Array.from(base).slice(0, 120).join('').trim();
  return `${base || 'handout'}.pdf`;
}
