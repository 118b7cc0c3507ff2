import { baselineIn } from './draw-text-blocks';
import { splitGraphemes } from './line-break';
import type { Flow } from './flow';
import type { Block } from './handout';
import { colors, sizes } from './theme';

type ChartBlock = Extract<Block, { kind: 'chart' }>;

const bar = { height: 11, gap: 7 };
const axisLabelHeight = 14;

/**
 * The axis of a bar chart: a round step (1, 2, 2.5 or 5 times a power of ten; whole numbers only
 * when every value is whole — votes are never 1.3) and the first multiple of it at or above the
 * largest value, in at most about five ticks.
 */
export function axisScale(values: number[]): { max: number; step: number } {
  const largest = Math.max(0, ...values);
  if (largest <= 0) return { max: 1, step: 1 };
  const whole = values.every(Number.isInteger);
  const raw = largest / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw && (!whole || Number.isInteger(s))) ?? Math.max(1, Math.ceil(raw));
  return { max: Math.ceil(largest / step - 1e-9) * step, step };
}

const format = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/**
 * A horizontal bar chart drawn as vector shapes: labels on the left, bars on a light grid, the
 * value at the end of each bar. Kept on one page. The primitive the matrix and risk charts build on.
 */
const chartGap = 12;
const titleHeight = sizes.heading3 * sizes.leading + 4;
const plotHeightOf = (block: ChartBlock): number => block.bars.length * (bar.height + bar.gap) + bar.gap;

/** The chart's height with the space above it: it is kept on one page. */
export function barChartHeight(block: ChartBlock): number {
  return chartGap + titleHeight + plotHeightOf(block) + axisLabelHeight;
}

export function drawBarChart(flow: Flow, block: ChartBlock): void {
  const surface = flow.surface;
  const plotHeight = plotHeightOf(block);
  flow.gap(chartGap);
  flow.ensure(titleHeight + plotHeight + axisLabelHeight);

  surface.setStyle({ style: 'bold', size: sizes.heading3 });
  const title = surface.lines(block.title, flow.width)[0] ?? '';
  surface.text(title, flow.left, flow.y + baselineIn(sizes.heading3));
  flow.y += titleHeight;

  surface.setStyle({ size: sizes.small, color: colors.ink });
  // A label ends 6 points before the axis and its column is 8 wider than the label: cut to fit that.
  const labels = block.bars.map((b) => fitOneLine(flow, b.label, flow.width * 0.34 - 8));
  const labelWidth = Math.min(flow.width * 0.34, Math.max(40, ...labels.map((l) => surface.measure(l))) + 8);
  const x0 = flow.left + labelWidth;
  const plotWidth = flow.width - labelWidth - 36;
  const { max, step } = axisScale(block.bars.map((b) => b.value));
  const ticks = Math.round(max / step);
  const top = flow.y;

  for (let i = 0; i <= ticks; i++) {
    const x = x0 + (plotWidth * i) / ticks;
    surface.line(x, top, x, top + plotHeight, i === 0 ? colors.muted : colors.rule, i === 0 ? 0.8 : 0.4);
    surface.setStyle({ size: sizes.small - 1, color: colors.muted });
    surface.text(format(step * i) + (i === ticks && block.unit ? ` ${block.unit}` : ''), x, top + plotHeight + 10, 'center');
  }
  block.bars.forEach((b, i) => {
    const y = top + bar.gap + i * (bar.height + bar.gap);
    const w = Math.max(0, (plotWidth * b.value) / max);
    if (w > 0) surface.fillRect(x0, y, w, bar.height, colors.chart);
    surface.setStyle({ size: sizes.small, color: colors.ink });
    surface.text(labels[i] ?? '', x0 - 6, y + bar.height - 2.5, 'right');
    surface.setStyle({ style: 'bold', size: sizes.small, color: colors.ink });
    surface.text(format(b.value), x0 + w + 4, y + bar.height - 2.5);
  });
  flow.y = top + plotHeight + axisLabelHeight;
}

/** The text cut to one line of `width`, with an ellipsis when it had to be cut. */
export function fitOneLine(flow: Flow, text: string, width: number): string {
  const surface = flow.surface;
  const clean = surface.clean(text.replace(/\s+/g, ' '));
  if (surface.measure(clean) <= width) return clean;
  // Graphemes while they and the ellipsis fit, measured one by one (a label may be very long).
  const room = width - surface.measure('…');
  let used = 0;
  let kept = '';
  for (const g of splitGraphemes(clean)) {
    used += surface.measure(g);
    if (used > room) break;
    kept += g;
  }
  return `${kept}…`;
}
