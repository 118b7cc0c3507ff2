import { baselineIn } from './draw-text-blocks';
import type { Flow } from './flow';
import type { HeatMapBlock } from './handout';
import { colors, hexToRgb, sizes } from './theme';

/** A cell's side: full size, or smaller (down to `minCell`) to stay on the page of what precedes it. */
const maxCell = 46;
const minCell = 32;
const axisRoom = 34;
const titleHeight = sizes.heading3 * sizes.leading + 4;
const chrome = titleHeight + axisRoom + 18;

/** The least height the map needs with the space above it (at its smallest cells): kept on one page. */
export function heatMapHeight(): number {
  return 12 + chrome + 5 * minCell;
}

/**
 * The 5 × 5 heat map as vector shapes: each cell tinted by its level, the number of risks in it in
 * bold (empty cells blank), the y rating up the left, the x rating along the bottom, and the
 * levels' legend on the right. Kept on one page.
 */
export function drawHeatMap(flow: Flow, block: HeatMapBlock): void {
  const surface = flow.surface;
  flow.gap(12);
  // Smaller cells where the room left on the page takes them, rather than a page for the map alone.
  const room = Math.floor((flow.remaining() - chrome) / 5);
  const cell = room >= minCell ? Math.min(maxCell, room) : maxCell;
  const grid = cell * 5;
  flow.ensure(chrome + grid);

  surface.setStyle({ style: 'bold', size: sizes.heading3 });
  surface.text(surface.lines(block.title, flow.width)[0] ?? '', flow.left, flow.y + baselineIn(sizes.heading3));
  flow.y += titleHeight;
  const x0 = flow.left + axisRoom;
  const y0 = flow.y + 14;

  for (let l = 5; l >= 1; l--) {
    // l: the rating up the page (row); i: along it (column).
    for (let i = 1; i <= 5; i++) {
      const x = x0 + (i - 1) * cell;
      const y = y0 + (5 - l) * cell;
      surface.fillRect(x, y, cell, cell, hexToRgb(block.colors[l - 1]?.[i - 1] ?? '#eef1f4'));
      surface.strokeRect(x, y, cell, cell, colors.white, 1.5);
      const count = block.counts[l - 1]?.[i - 1] ?? 0;
      if (count > 0) {
        surface.setStyle({ style: 'bold', size: sizes.heading2, color: colors.ink });
        surface.text(String(count), x + cell / 2, y + cell / 2 + sizes.heading2 * 0.35, 'center');
      }
    }
    surface.setStyle({ size: sizes.small, color: colors.muted });
    surface.text(String(l), x0 - 6, y0 + (5 - l) * cell + cell / 2 + 3, 'right');
  }
  for (let i = 1; i <= 5; i++) {
    surface.setStyle({ size: sizes.small, color: colors.muted });
    surface.text(String(i), x0 + (i - 0.5) * cell, y0 + grid + 11, 'center');
  }
  surface.setStyle({ style: 'bold', size: sizes.small, color: colors.ink });
  surface.text(surface.clean(`${block.xLabel} →`), x0 + grid / 2, y0 + grid + 25, 'center');
  // The y axis's name sits above it, with an arrow up: upright type reads in both languages. A name
  // wider than the axis's room ("↑ Impact") starts at the margin instead, over the grid's top row.
  const yLabel = surface.oneLine(`↑ ${block.yLabel}`, flow.width);
  surface.text(yLabel, Math.max(x0 - 6, flow.left + surface.measure(yLabel)), y0 - 6, 'right');
  let ly = y0 + 6;
  const lx = x0 + grid + 24;
  for (const entry of block.legend) {
    surface.fillRect(lx, ly, 12, 12, hexToRgb(entry.color));
    surface.setStyle({ size: sizes.small, color: colors.ink });
    surface.text(surface.lines(entry.label, flow.left + flow.width - lx - 18)[0] ?? '', lx + 18, ly + 9.5);
    ly += 20;
  }
  flow.y = y0 + grid + axisRoom;
}
