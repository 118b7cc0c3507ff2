import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FontFaceName, FontSource, LoadedFonts } from '../../renderer/src/export/pdf/font-source';

/** The vendored fonts, as the app ships them. */
export const fontDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../renderer/public/fonts');
export const fontFiles: Record<FontFaceName, string> = {
  regular: path.join(fontDir, 'LXGWWenKai-Regular.ttf'),
  bold: path.join(fontDir, 'LXGWWenKai-Bold.ttf'),
};

const cache = new Map<FontFaceName, string>();

/** A face as a binary string (what jsPDF's virtual file system holds), read once per process. */
export function fontBinary(face: FontFaceName): string {
  let data = cache.get(face);
  if (data === undefined) {
    data = readFileSync(fontFiles[face]).toString('latin1');
    cache.set(face, data);
  }
  return data;
}

/** Node's font source for tests, the bench and the command line: the files in renderer/public/fonts. */
export const nodeFontSource: FontSource = { load: async (face) => fontBinary(face) };

export const nodeFonts = (): LoadedFonts => ({ regular: fontBinary('regular'), bold: fontBinary('bold') });
