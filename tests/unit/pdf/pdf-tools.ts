import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * The Debian tools the PDF tests check with (poppler-utils, qpdf): independent readers of what
 * jsPDF wrote, so a test passes only if other software can read the file.
 */
export function tempDir(prefix: string): { dir: string; file: (name: string) => string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return { dir, file: (name) => path.join(dir, name), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export function writePdf(file: string, bytes: Uint8Array): string {
  writeFileSync(file, bytes);
  return file;
}

/** `qpdf --check`: exit status and output. qpdf exits 0 (fine), 2 (errors) or 3 (warnings). */
export function qpdfCheck(file: string): { status: number | null; output: string } {
  const run = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

export function pdfInfo(file: string): Record<string, string> {
  const out = execFileSync('pdfinfo', ['-enc', 'UTF-8', file], { encoding: 'utf8' });
  return Object.fromEntries(
    out.split('\n').flatMap((line) => {
      const at = line.indexOf(':');
      return at > 0 ? [[line.slice(0, at).trim(), line.slice(at + 1).trim()]] : [];
    }),
  );
}

/** The text of a page range (all pages by default) in reading order. */
export function pdfText(file: string, first?: number, last?: number): string {
  const range = first === undefined ? [] : ['-f', String(first), '-l', String(last ?? first)];
  return execFileSync('pdftotext', ['-enc', 'UTF-8', ...range, file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** The text of every page, in order (pdftotext ends each page with a form feed). */
export function pdfPages(file: string): string[] {
  return pdfText(file).split('\f').slice(0, -1);
}

/** qpdf's JSON view; jsPDF writes numbers like "62." that qpdf 11 copies into its JSON as they are. */
function qpdfJson(file: string, key: string): Record<string, unknown> {
  const text = execFileSync('qpdf', ['--json', `--json-key=${key}`, file], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return JSON.parse(text.replace(/(\d)\.(?=[\s,\]}])/g, '$1.0')) as Record<string, unknown>;
}

export interface OutlineEntry {
  title: string;
  page: number;
  children: OutlineEntry[];
}

export function pdfOutline(file: string): OutlineEntry[] {
  interface Raw {
    title: string;
    destpageposfrom1: number;
    kids: Raw[];
  }
  const map = (items: Raw[]): OutlineEntry[] => items.map((o) => ({ title: o.title, page: o.destpageposfrom1, children: map(o.kids) }));
  return map((qpdfJson(file, 'outlines').outlines ?? []) as Raw[]);
}

/** The document catalog's /Lang entry. */
export function pdfLanguage(file: string): string | undefined {
  const json = qpdfJson(file, 'qpdf') as { qpdf: [unknown, Record<string, { value?: Record<string, unknown> }>] };
  const objects = json.qpdf[1];
  const trailer = objects.trailer?.value as { '/Root'?: string } | undefined;
  const root = trailer?.['/Root'] ? objects[`obj:${trailer['/Root']}`]?.value : undefined;
  const lang = root?.['/Lang'];
  return typeof lang === 'string' ? lang.replace(/^u:/, '') : undefined;
}

/** The embedded font programs (FontFile2 streams) as bytes. */
export function embeddedFonts(file: string): Buffer[] {
  const json = qpdfJson(file, 'qpdf') as { qpdf: [unknown, Record<string, { value?: Record<string, unknown> }>] };
  const ids = Object.values(json.qpdf[1]).flatMap((o) => {
    const ref = o.value?.['/FontFile2'];
    return typeof ref === 'string' ? [ref.split(' ')[0] ?? ''] : [];
  });
  return ids.map((id) => execFileSync('qpdf', [`--show-object=${id}`, '--filtered-stream-data', file], { maxBuffer: 64 * 1024 * 1024 }));
}

/** TrueType table directory: tag → bytes. */
export function ttfTables(font: Buffer): Map<string, Buffer> {
  const tables = new Map<string, Buffer>();
  const count = font.readUInt16BE(4);
  for (let i = 0; i < count; i++) {
    const at = 12 + 16 * i;
    const tag = font.toString('latin1', at, at + 4);
    const offset = font.readUInt32BE(at + 8);
    const length = font.readUInt32BE(at + 12);
    tables.set(tag, font.subarray(offset, offset + length));
  }
  return tables;
}

/** Renders pages to PNG files with pdftoppm; returns their paths in page order. */
export function renderPages(file: string, outPrefix: string, first: number, last: number, options: { dpi?: number; gray?: boolean } = {}): string[] {
  const { dpi = 60, gray = false } = options;
  execFileSync('pdftoppm', ['-png', ...(gray ? ['-gray'] : []), '-r', String(dpi), '-f', String(first), '-l', String(last), file, outPrefix]);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i).map((page) => {
    // pdftoppm pads page numbers to the width of the document's last page number.
    const found = [1, 2, 3].map((width) => `${outPrefix}-${String(page).padStart(width, '0')}.png`).find((f) => existsSync(f));
    if (!found) throw new Error(`pdftoppm did not write page ${page}`);
    return found;
  });
}

/** Whitespace removed: pdftotext breaks lines where the layout did, the document's strings do not. */
export const squash = (text: string): string => text.replace(/\s+/g, '');

/** A word pdftotext found, with its box in points from the page's top-left corner. */
export interface PdfWord {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Every word of every page with its position (`pdftotext -bbox`), and the pages' heights. */
export function pdfWords(file: string): { heights: number[]; words: PdfWord[] } {
  const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const heights: number[] = [];
  const words: PdfWord[] = [];
  for (const line of html.split('\n')) {
    const page = /<page width="[\d.]+" height="([\d.]+)"/.exec(line);
    if (page) heights.push(Number(page[1]));
    const word = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
    if (word) words.push({ page: heights.length, text: word[5] ?? '', xMin: Number(word[1]), yMin: Number(word[2]), xMax: Number(word[3]), yMax: Number(word[4]) });
  }
  return { heights, words };
}

/** The pages that draw an image, once per drawing (`pdfimages -list` reads the content streams). */
export function pdfImagePages(file: string): number[] {
  const out = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' });
  return out
    .split('\n')
    .slice(2)
    .flatMap((line) => {
      const page = Number(line.trim().split(/\s+/)[0]);
      return Number.isInteger(page) && page > 0 ? [page] : [];
    });
}

/** A page's content stream(s), decoded: the drawing operators as jsPDF wrote them. */
export function pageContent(file: string, page: number): string {
  const pages = (qpdfJson(file, 'pages').pages ?? []) as { contents: string[] }[];
  return (pages[page - 1]?.contents ?? [])
    .map((ref) => execFileSync('qpdf', [`--show-object=${ref.split(' ')[0] ?? ''}`, '--filtered-stream-data', file], { encoding: 'latin1', maxBuffer: 64 * 1024 * 1024 }))
    .join('\n');
}

/**
 * How much of each page's content area its words reach down to (0 … 1): from the top margin to
 * the lowest word above the footer. Pages 2… only (the cover has no running frame).
 */
export function contentUse(file: string, margins: { top: number; bottom: number }): Map<number, number> {
  const { heights, words } = pdfWords(file);
  const use = new Map<number, number>();
  heights.forEach((height, i) => {
    const page = i + 1;
    if (page === 1) return;
    const body = words.filter((w) => w.page === page && w.yMin >= margins.top - 4 && w.yMax <= height - margins.bottom + 2);
    const lowest = Math.max(margins.top, ...body.map((w) => w.yMax));
    use.set(page, (lowest - margins.top) / (height - margins.top - margins.bottom));
  });
  return use;
}
