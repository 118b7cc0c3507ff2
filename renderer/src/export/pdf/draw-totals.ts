import type { BarLayout } from '../../features/matrix/charts/bar-geometry';
import { barChartGeometry } from '../../features/matrix/charts/bar-geometry';
import { fitOneLine } from './draw-chart';
import { baselineIn } from './draw-text-blocks';
import type { Flow } from './flow';
import type { TotalsBlock } from './handout';
import { colors, sizes } from './theme';

/** Room right of the plot, on the page, for "78 %" or "knocked out". */
const valueRoom = 84;
/** The geometry keeps 150 units right of the plot (the screen's); the PDF keeps `valueRoom` of them. */
const geometryValueRoom = 150;

/**
 * The matrix's weighted totals as vector bars, laid out by the same geometry as the results view
 * on screen (features/matrix/charts/bar-geometry.ts): the winner in the accent colour, the others in
 * the chart blue, knocked-out options grey with the reason's short label instead of a value.
 */
const titleHeight = sizes.heading3 * sizes.leading + 4;

function totalsLayout(flow: Flow, block: TotalsBlock) {
  const surface = flow.surface;
  surface.setStyle({ size: sizes.small });
  const labels = block.bars.map((b) => fitOneLine(flow, b.label, flow.width * 0.34));
  const labelWidth = Math.min(flow.width * 0.36, Math.max(60, ...labels.map((l) => surface.measure(l))) + 14);
  const layout: BarLayout = { width: flow.width - valueRoom + geometryValueRoom, labelWidth, rowHeight: 20, barHeight: 12, axisHeight: 16, max: block.max, ticks: 4 };
  return { labels, g: barChartGeometry(block.bars, layout) };
}

/** The chart's height with the space above it: it is kept on one page. */
export function totalsHeight(flow: Flow, block: TotalsBlock): number {
  return 12 + titleHeight + totalsLayout(flow, block).g.height + 4;
}

export function drawTotals(flow: Flow, block: TotalsBlock): void {
  const surface = flow.surface;
  const { labels, g } = totalsLayout(flow, block);
  flow.gap(12);
  flow.ensure(titleHeight + g.height + 4);

  surface.setStyle({ style: 'bold', size: sizes.heading3 });
  surface.text(surface.lines(block.title, flow.width)[0] ?? '', flow.left, flow.y + baselineIn(sizes.heading3));
  flow.y += titleHeight;
  const x0 = flow.left;
  const y0 = flow.y;

  for (const [i, tick] of g.ticks.entries()) {
    surface.line(x0 + tick.x, y0, x0 + tick.x, y0 + g.plot.height, i === 0 ? colors.muted : colors.rule, i === 0 ? 0.8 : 0.4);
    surface.setStyle({ size: sizes.small - 1, color: colors.muted });
    const last = i === g.ticks.length - 1;
    surface.text(last ? surface.clean(block.maxText) : String(Math.round(tick.value)), x0 + tick.x, y0 + g.plot.height + 10, 'center');
  }
  g.rows.forEach((row, i) => {
    const bar = block.bars[i];
    const color = row.muted ? colors.mutedBar : bar?.highlight ? colors.accent : colors.chart;
    if (row.barWidth > 0) surface.fillRect(x0 + row.barX, y0 + row.barY, row.barWidth, row.barHeight, color);
    surface.setStyle({ size: sizes.small, color: row.muted ? colors.muted : colors.ink });
    surface.text(labels[i] ?? '', x0 + row.labelX, y0 + row.textY, 'right');
    const value = row.muted && bar?.note ? bar.note : (bar?.text ?? String(row.value));
    surface.setStyle({ style: row.muted ? 'normal' : 'bold', size: sizes.small, color: row.muted ? colors.muted : colors.ink });
    surface.text(fitOneLine(flow, value, flow.width - row.valueX), x0 + row.valueX, y0 + row.textY);
  });
  flow.y = y0 + g.height;
}
