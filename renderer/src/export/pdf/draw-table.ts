import { baselineIn } from './draw-text-blocks';
import type { Flow } from './flow';
import type { Block, Cell, TableColumn } from './handout';
import type { TextStyle } from './pdf-surface';
import { colors, hexToRgb, sizes } from './theme';

type TableBlock = Extract<Block, { kind: 'table' }>;

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

/**
 * Column widths: shares of `total` by weight, but never narrower than the header needs on one
 * line (up to 30% of the table) — "Votes" must not wrap to "Vot/es".
 */
function columnWidths(columns: TableColumn[], total: number, minimums: number[]): number[] {
  const weights = columns.map((c) => c.weight ?? 1);
  const fixed = new Set<number>();
  let widths = weights;
  for (let pass = 0; pass <= columns.length; pass++) {
    const free = total - [...fixed].reduce((sum, i) => sum + (minimums[i] ?? 0), 0);
    const freeWeight = weights.reduce((sum, w, i) => (fixed.has(i) ? sum : sum + w), 0);
    widths = weights.map((w, i) => (fixed.has(i) ? (minimums[i] ?? 0) : (free * w) / freeWeight));
    const under = widths.flatMap((w, i) => (!fixed.has(i) && w < (minimums[i] ?? 0) ? [i] : []));
    if (under.length === 0) break;
    under.forEach((i) => fixed.add(i));
  }
  return widths;
}

interface TableLayout {
  widths: number[];
  head: string[][];
  headHeight: number;
  rows: LaidCell[][];
  /** Each row's height when drawn whole. */
  rowHeights: number[];
}

/** Layouts by block: the keep-with-next look-ahead measures a table that is drawn right after. */
const layouts = new WeakMap<TableBlock, { width: number; layout: TableLayout }>();

const lineHeight = sizes.table * sizes.tableLeading;
/** Lines of a row counted when deciding whether a table may start on this page (taller rows split). */
const startLines = 3;

function layoutTable(flow: Flow, block: TableBlock): TableLayout {
  const known = layouts.get(block);
  if (known && known.width === flow.width) return known.layout;
  const surface = flow.surface;
  surface.setStyle(headStyle);
  const headerWidths = block.columns.map((c) => surface.measure(surface.clean(c.header)));
  surface.setStyle(bodyStyle);
  // Short cells ("15", "40 分钟") stay on one line; long ones wrap in whatever width is left.
  const shortCells = block.columns.map((_, i) =>
    Math.max(0, ...block.rows.map((row) => {
      const cell = row[i] ?? '';
      const w = Math.max(0, ...surface.clean(cellText(cell)).split('\n').map((l) => surface.measure(l))) + (cellSwatch(cell) ? swatch.size + swatch.gap : 0);
      return w <= flow.width * 0.22 ? w : 0;
    })),
  );
  const minimums = block.columns.map((_, i) => Math.min(Math.max(headerWidths[i] ?? 0, shortCells[i] ?? 0), flow.width * 0.3) + 2 * pad.x + 1);
  const widths = columnWidths(block.columns, flow.width, minimums);
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
 * The least of a table that may start on a page: its header and first two rows (a tall row counts
 * with its first lines, as it may split). A heading before the table keeps at least this with it.
 */
export function tableStartHeight(flow: Flow, block: TableBlock): number {
  const { headHeight, rowHeights } = layoutTable(flow, block);
  const cap = startLines * lineHeight + 2 * pad.y;
  return headHeight + rowHeights.slice(0, 2).reduce((sum, h) => sum + Math.min(h, cap), 0);
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
