/**
 * Geometry of a horizontal bar chart, in abstract units (SVG user units on screen, points in the
 * PDF): pure numbers, so the screen (BarChart.tsx) and the PDF export draw the same chart.
 */

export interface BarInput {
  label: string;
  value: number;
  /** Drawn greyed and without a rank (e.g. a knocked-out option). */
  muted?: boolean;
}

export interface BarLayout {
  width: number;
  /** Width of the label column left of the axis. */
  labelWidth: number;
  rowHeight: number;
  barHeight: number;
  /** Room under the plot for the axis labels. */
  axisHeight: number;
  /** Axis maximum; values are clamped to 0…max. */
  max: number;
  ticks: number;
}

export const defaultBarLayout: BarLayout = { width: 720, labelWidth: 240, rowHeight: 44, barHeight: 28, axisHeight: 28, max: 100, ticks: 4 };

export interface BarRow {
  label: string;
  value: number;
  muted: boolean;
  /** Top of the row. */
  y: number;
  barX: number;
  barY: number;
  barWidth: number;
  barHeight: number;
  /** Baseline of the label (right-aligned at labelX) and of the value text (left-aligned at valueX). */
  textY: number;
  labelX: number;
  valueX: number;
}

export interface BarGeometry {
  width: number;
  height: number;
  plot: { x: number; y: number; width: number; height: number };
  ticks: { x: number; value: number }[];
  rows: BarRow[];
}

export function barChartGeometry(bars: readonly BarInput[], layout: BarLayout = defaultBarLayout): BarGeometry {
  const valueRoom = 150;
  const plot = { x: layout.labelWidth, y: 0, width: Math.max(1, layout.width - layout.labelWidth - valueRoom), height: bars.length * layout.rowHeight };
  const scale = (v: number) => (Math.min(layout.max, Math.max(0, v)) / layout.max) * plot.width;
  const rows = bars.map((bar, i): BarRow => {
    const y = i * layout.rowHeight;
    const barY = y + (layout.rowHeight - layout.barHeight) / 2;
    const barWidth = scale(bar.value);
    return {
      label: bar.label,
      value: bar.value,
      muted: bar.muted ?? false,
      y,
      barX: plot.x,
      barY,
      barWidth,
      barHeight: layout.barHeight,
      textY: barY + layout.barHeight * 0.72,
      labelX: plot.x - 10,
      valueX: plot.x + barWidth + 8,
    };
  });
  const ticks = Array.from({ length: layout.ticks + 1 }, (_, i) => {
    const value = (layout.max * i) / layout.ticks;
    return { x: plot.x + scale(value), value };
  });
  return { width: layout.width, height: plot.height + layout.axisHeight, plot, ticks, rows };
}
