import { baselineIn, lineHeight } from './draw-text-blocks';
import type { PdfSurface } from './pdf-surface';
import { colors, margins, sizes } from './theme';

export interface ContentsEntry {
  number?: string;
  title: string;
}

const size = sizes.body + 0.5;
const numberWidth = 26;
const pageWidth = 34;
const titleGap = sizes.heading1 * 2.4;
const entryGap = 5;

interface Plan {
  lines: string[][];
  /** The page (0-based, within the contents) each entry starts on. */
  pageOf: number[];
  pages: number;
}

/** Lays the entries out without drawing, so the body can start after the right number of pages. */
export function planContents(surface: PdfSurface, entries: ContentsEntry[]): Plan {
  surface.setStyle({ size });
  const width = surface.width - margins.left - margins.right - numberWidth - pageWidth;
  const lines = entries.map((e) => surface.lines(e.title, width));
  const room = surface.height - margins.top - margins.bottom;
  const pageOf: number[] = [];
  let page = 0;
  let y = titleGap;
  for (const entry of lines) {
    const h = entry.length * lineHeight(size) + entryGap;
    if (y + h > room) {
      page += 1;
      y = 0;
    }
    pageOf.push(page);
    y += h;
  }
  return { lines, pageOf, pages: page + 1 };
}

/**
 * The contents, on the pages reserved for them (from `firstPage`): number, title, dotted leader and
 * page number; each entry links to its page.
 */
export function drawContents(surface: PdfSurface, title: string, entries: ContentsEntry[], plan: Plan, firstPage: number, targets: number[]): void {
  const left = margins.left;
  const right = surface.width - margins.right;
  const lh = lineHeight(size);
  let page = -1;
  let y = 0;
  entries.forEach((entry, i) => {
    const entryPage = plan.pageOf[i] ?? 0;
    if (entryPage !== page) {
      page = entryPage;
      surface.goToPage(firstPage + page);
      y = margins.top;
      if (page === 0) {
        surface.setStyle({ style: 'bold', size: sizes.heading1, color: colors.ink });
        surface.text(surface.clean(title), left, y + sizes.heading1);
        surface.line(left, y + sizes.heading1 * 1.6, left + 48, y + sizes.heading1 * 1.6, colors.accent, 2);
        y += titleGap;
      }
    }
    const lines = plan.lines[i] ?? [];
    const top = y;
    const target = targets[i] ?? firstPage;
    if (entry.number) {
      surface.setStyle({ style: 'bold', size, color: colors.accent });
      surface.text(entry.number, left, y + baselineIn(size));
    }
    surface.setStyle({ size, color: colors.ink });
    lines.forEach((line, n) => surface.text(line, left + numberWidth, y + n * lh + baselineIn(size)));
    const lastY = y + (lines.length - 1) * lh + baselineIn(size);
    const lastEnd = left + numberWidth + surface.measure(lines[lines.length - 1] ?? '');
    const pageText = String(target);
    const pageStart = right - surface.measure(pageText);
    if (pageStart - lastEnd > 24) surface.dottedLine(lastEnd + 6, lastY, pageStart - 6, colors.muted);
    surface.setStyle({ size, color: colors.ink });
    surface.text(pageText, right, lastY, 'right');
    y += lines.length * lh + entryGap;
    surface.link(left, top, right - left, y - top, target);
  });
}
