import { frame, margins, sizes } from '../../../renderer/src/export/pdf/theme';
import type { PdfWord } from './pdf-tools';
import { pdfWords } from './pdf-tools';

/** A glyph's box reaches a little beyond where it was set; a line set at the very edge stays within this. */
const slack = 2;

/**
 * Words of pages 2… that reach below the content area and are not the footer's own (one line under
 * its rule, all its words on the same baseline), as messages.
 */
export function outOfBounds(file: string): string[] {
  const { heights, words } = pdfWords(file);
  const byPage = new Map<number, PdfWord[]>();
  for (const w of words) if (w.page > 1) byPage.set(w.page, [...(byPage.get(w.page) ?? []), w]);
  return [...byPage.entries()].flatMap(([page, list]) => {
    const height = heights[page - 1] ?? 0;
    const bottom = height - margins.bottom + slack;
    const footerRule = height - frame.footerBaseline - sizes.small - frame.ruleGap + 2;
    const below = list.filter((w) => w.yMax > bottom);
    // The footer: one line under its rule, all its words on the same baseline.
    const footerTop = Math.min(...below.filter((w) => w.yMin >= footerRule).map((w) => w.yMin));
    return below.filter((w) => w.yMin < footerRule || Math.abs(w.yMin - footerTop) > 0.5).map((w) => `page ${page}: "${w.text}" at y ${w.yMin.toFixed(1)}–${w.yMax.toFixed(1)} (content ends at ${(bottom - slack).toFixed(1)})`);
  });
}

/** Words of any page that reach into the left or right margin (or off the page), as messages. */
export function outsideMargins(file: string, pageWidth: number): string[] {
  const { words } = pdfWords(file);
  const left = margins.left - slack;
  const right = pageWidth - margins.right + slack;
  return words.filter((w) => w.xMin < left || w.xMax > right).map((w) => `page ${w.page}: "${w.text.slice(0, 40)}" at x ${w.xMin.toFixed(1)}–${w.xMax.toFixed(1)} (text area ${margins.left}–${pageWidth - margins.right})`);
}

/** Pairs of words on one line of a page whose boxes overlap (text printed over text), as messages. */
export function overlaps(file: string, page: number): string[] {
  const list = pdfWords(file)
    .words.filter((w) => w.page === page)
    .sort((a, b) => a.xMin - b.xMin);
  const found: string[] = [];
  list.forEach((a, i) => {
    for (const b of list.slice(i + 1)) {
      const sameLine = a.yMin < b.yMax - 1 && b.yMin < a.yMax - 1;
      if (sameLine && b.xMin < a.xMax - 0.5) found.push(`page ${page}: "${a.text.slice(0, 30)}" (x ${a.xMin.toFixed(1)}–${a.xMax.toFixed(1)}) and "${b.text.slice(0, 30)}" (x ${b.xMin.toFixed(1)}–${b.xMax.toFixed(1)})`);
    }
  });
  return found;
}
