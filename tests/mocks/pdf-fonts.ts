import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsPDF } from 'jspdf';
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

/** The first `count` CJK ideographs (from U+4E00 up) that the regular face can draw. */
export function distinctChineseCharacters(count: number): string[] {
  const doc = new jsPDF({ unit: 'pt', format: 'a4' });
  doc.addFileToVFS('LXGWWenKai-Regular.ttf', fontBinary('regular'));
  doc.addFont('LXGWWenKai-Regular.ttf', 'WenKai', 'normal');
  doc.setFont('WenKai', 'normal');
  const codeMap = (doc.getFont().metadata as { cmap: { unicode: { codeMap: Record<number, number> } } }).cmap.unicode.codeMap;
  const chars: string[] = [];
  for (let cp = 0x4e00; chars.length < count && cp <= 0x9fff; cp++) if ((codeMap[cp] ?? 0) > 0) chars.push(String.fromCharCode(cp));
  return chars;
}
