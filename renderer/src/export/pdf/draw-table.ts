import { baselineIn } from './draw-text-blocks';
import type { Flow } from './flow';
import type { Cell, TableBlock, TableColumn } from './handout';
import type { ColumnNeeds, RowLines } from './column-widths';
import { columnWidths } from './column-widths';
import { countLines, measureText, textWidths } from './line-break';
import type { PdfSurface, TextStyle } from './pdf-surface';
import { colors, hexToRgb, sizes } from './theme';

const pad = { x: 5, y: 4 };
const swatch = { size: 7, gap: 5 };
const bodyStyle: TextStyle = { size: sizes.table, color: colors.ink };
const headStyle: TextStyle = { style: 'bold', size: sizes.table, color: colors.ink };

interface LaidCell {
  lines: string[];
  swatch?: string;
}

const cellText = (cell: Cell): string => (typeof cell === 'string' ? cell : cell.text);
const cellSwatch = (cell: Cell): string | undefined => (typeof cell === 'string' ? undefined : cell.swatch);

interface TableLayout {
  widths: number[];
  head: string[][];
  headHeight: number;
  rows: LaidCell[][];
  /** Each row's height when drawn whole. */
  rowHeights: number[];
}

/** Padding and a point of slack, so that a cell measured to fit is not wrapped by rounding. */
const cellPadding = 2 * pad.x + 1;

/**
 * What each column's header and cells need, measured in the table's fonts, and the lines each
 * row's cell takes at a column width (for trading width between the text columns).
 */
function columnNeeds(surface: PdfSurface, block: TableBlock): { needs: ColumnNeeds[]; rowLines: RowLines } {
  const measure = (text: string) => surface.measure(text);
  surface.setStyle(headStyle);
  const headerTexts = block.columns.map((c) => measureText(surface.clean(c.header), measure));
  const headers = headerTexts.map((text) => textWidths(text));
  surface.setStyle(bodyStyle);
  const rows = block.sizeRows ?? block.rows;
  const cells = block.columns.map((_, i) =>
    rows.map((row) => {
      const cell = row[i] ?? '';
      return { text: measureText(surface.clean(cellText(cell)), measure), mark: cellSwatch(cell) ? swatch.size + swatch.gap : 0 };
    }),
  );
  const needs = cells.map((column, i) => {
    let min = headers[i]?.min ?? 0;
    let max = 0;
    for (const { text, mark } of column) {
      const need = textWidths(text);
      min = Math.max(min, need.min + mark);
      max = Math.max(max, need.max + mark);
    }
    if (block.columns[i]?.nowrap) min = Math.max(min, max);
    return { min: min + cellPadding, max: max + cellPadding, header: (headers[i]?.max ?? 0) + cellPadding };
  });
  const rowLines: RowLines = (column, width) => [
    countLines(headerTexts[column] ?? [], width - 2 * pad.x),
    ...(cells[column] ?? []).map(({ text, mark }) => countLines(text, width - 2 * pad.x - mark)),
  ];
  return { needs, rowLines };
}

/** Layouts by block: the keep-with-next look-ahead measures a table that is drawn right after. */
const layouts = new WeakMap<TableBlock, { width: number; layout: TableLayout }>();

const lineHeight = sizes.table * sizes.tableLeading;
/** Lines of a row counted when deciding whether a table may start on this page (taller rows split). */
const startLines = 3;

function layoutTable(flow: Flow, block: TableBlock): TableLayout {
  const known = layouts.get(block);
  if (known && known.width === flow.width) return known.layout;
  const { needs, rowLines } = columnNeeds(flow.surface, block);
  const widths = columnWidths(needs, flow.width, rowLines);
  const surface = flow.surface;
  surface.setStyle(headStyle);
  const head = block.columns.map((c, i) => surface.lines(c.header, (widths[i] ?? 0) - 2 * pad.x));
  const headHeight = Math.max(...head.map((l) => l.length)) * lineHeight + 2 * pad.y;
  surface.setStyle(bodyStyle);
  const rows: LaidCell[][] = block.rows.map((row) =>
    block.columns.map((_, i) => {
      const cell = row[i] ?? '';
      const mark = cellSwatch(cell);
      const inner = (widths[i] ?? 0) - 2 * pad.x - (mark ? swatch.size + swatch.gap : 0);
      return { lines: surface.lines(cellText(cell), inner), ...(mark ? { swatch: mark } : {}) };
    }),
  );
  const rowHeights = rows.map((row) => Math.max(1, ...row.map((c) => c.lines.length)) * lineHeight + 2 * pad.y);
  const layout = { widths, head, headHeight, rows, rowHeights };
  layouts.set(block, { width: flow.width, layout });
  return layout;
}

/**
 * The least of a table that may start on a page: its header, its first row whole (a row that does
 * not fit goes over whole, which would leave the header alone; only a row taller than a page is
 * split) and the first lines of the second. A heading before the table keeps at least this with it.
 */
export function tableStartHeight(flow: Flow, block: TableBlock): number {
  const { headHeight, rowHeights } = layoutTable(flow, block);
  const cap = startLines * lineHeight + 2 * pad.y;
  const [first = 0, second = 0] = rowHeights;
  return headHeight + (headHeight + first <= flow.pageHeight() ? first : cap) + Math.min(second, cap);
}

/**
 * A table: bold header on a tinted band, repeated at the top of every page the table runs onto;
 * cells wrap (CJK rules) inside their column; a row taller than the room left moves to the next
 * page whole, and only a row taller than a whole page is split between pages. Nothing is drawn
 * below the flow's bottom. `follow`: the height of a picture that belongs with the table (the risk
 * register's heat map): when it will not fit under the table, the last two rows go over with it.
 */
export function drawTable(flow: Flow, block: TableBlock, follow = 0): void {
  const surface = flow.surface;
  const lh = lineHeight;
  const { widths, head, headHeight, rows, rowHeights } = layoutTable(flow, block);
  const tail = rows.length > 2 ? rowHeights.slice(-2).reduce((a, b) => a + b, 0) : 0;

  const drawHeader = () => {
    surface.fillRect(flow.left, flow.y, flow.width, headHeight, colors.headerFill);
    surface.setStyle(headStyle);
    let x = flow.left;
    head.forEach((lines, i) => {
      const w = widths[i] ?? 0;
      drawCellLines(lines, x, w, block.columns[i]?.align ?? 'left', flow.y + pad.y);
      x += w;
    });
    flow.y += headHeight;
    surface.line(flow.left, flow.y, flow.left + flow.width, flow.y, colors.accent, 0.9);
  };

  const drawCellLines = (lines: string[], x: number, w: number, align: TableColumn['align'], top: number, indent = 0) => {
    lines.forEach((line, n) => {
      const y = top + n * lh + baselineIn(sizes.table, sizes.tableLeading);
      if (align === 'right') surface.text(line, x + w - pad.x, y, 'right');
      else if (align === 'center') surface.text(line, x + w / 2, y, 'center');
      else surface.text(line, x + pad.x + indent, y);
    });
  };

  const drawSlice = (row: LaidCell[], from: number, to: number, zebra: boolean) => {
    const height = (to - from) * lh + 2 * pad.y;
    if (zebra) surface.fillRect(flow.left, flow.y, flow.width, height, colors.zebra);
    surface.setStyle(bodyStyle);
    let x = flow.left;
    row.forEach((cell, i) => {
      const w = widths[i] ?? 0;
      let indent = 0;
      if (cell.swatch) {
        indent = swatch.size + swatch.gap;
        if (from === 0) surface.fillRect(x + pad.x, flow.y + pad.y + (lh - swatch.size) / 2, swatch.size, swatch.size, hexToRgb(cell.swatch));
      }
      drawCellLines(cell.lines.slice(from, to), x, w, block.columns[i]?.align ?? 'left', flow.y + pad.y, indent);
      x += w;
    });
    flow.y += height;
    surface.line(flow.left, flow.y, flow.left + flow.width, flow.y, colors.rule, 0.5);
  };

  flow.ensure(tableStartHeight(flow, block));
  drawHeader();
  const fullPage = Math.floor((flow.pageHeight() - headHeight - 2 * pad.y) / lh);
  rows.forEach((row, r) => {
    const total = Math.max(1, ...row.map((c) => c.lines.length));
    if (follow > 0 && tail > 0 && r === rows.length - 2 && flow.remaining() < tail + follow && headHeight + tail + follow <= flow.pageHeight()) {
      flow.newPage();
      drawHeader();
    }
    let start = 0;
    let fresh = false;
    while (start < total) {
      // Whole lines that fit above the bottom here: none at all when the page is full.
      const fits = Math.floor((flow.remaining() - 2 * pad.y) / lh);
      const left = total - start;
      // Move the row to a new page when it would fit there whole, or when fewer than two lines fit here.
      if (!fresh && left > fits && (left <= fullPage || fits < 2)) {
        flow.newPage();
        drawHeader();
        fresh = true;
        continue;
      }
      const end = Math.min(total, start + Math.max(1, fits));
      drawSlice(row, start, end, r % 2 === 1);
      start = end;
      fresh = false;
    }
  });
}
