import type { BarInput, BarLayout } from './bar-geometry';
import { barChartGeometry, defaultBarLayout } from './bar-geometry';

interface BarChartProps {
  title: string;
  bars: readonly BarInput[];
  /** How a value is written at the end of its bar. */
  format: (value: number) => string;
  /** Text appended to a muted bar's label (e.g. "knocked out"). */
  mutedNote: string;
  layout?: Partial<BarLayout>;
}

/** Width of one Latin letter of a 20-unit label, in chart units (a Chinese character: 1.7 of it). */
const unitWidth = 13;

/**
 * Room for the labels: as much as the longest name needs, between a third and nearly half of the
 * chart, so short names leave the bars long and long ones are not cut while there is space.
 */
function labelWidthFor(bars: readonly BarInput[], width: number): number {
  const longest = Math.max(0, ...bars.map((b) => textUnits(b.label)));
  return Math.round(Math.min(width * 0.47, Math.max(width / 3, longest * unitWidth + 12)));
}

/** Weighted totals as horizontal bars (0–100), drawn from barChartGeometry. */
export function BarChart({ title, bars, format, mutedNote, layout }: BarChartProps) {
  const width = layout?.width ?? defaultBarLayout.width;
  const merged = { ...defaultBarLayout, labelWidth: labelWidthFor(bars, width), ...layout };
  const g = barChartGeometry(bars, merged);
  const labelRoom = Math.floor((merged.labelWidth - 12) / unitWidth);
  return (
    <figure className="matrix-chart">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${g.width} ${g.height}`} role="img" aria-label={title} className="bar-chart">
        {g.ticks.map((tick) => (
          <g key={tick.value}>
            <line x1={tick.x} x2={tick.x} y1={g.plot.y} y2={g.plot.y + g.plot.height} className={tick.value === 0 ? 'axis' : 'grid'} />
            <text x={tick.x} y={g.plot.height + 22} textAnchor="middle" className="tick">
              {tick.value}
            </text>
          </g>
        ))}
        {g.rows.map((row, i) => (
          <g key={i} className={row.muted ? 'bar muted' : 'bar'}>
            <text x={row.labelX} y={row.textY} textAnchor="end" className="bar-label">
              {clip(row.label, labelRoom)}
            </text>
            <rect x={row.barX} y={row.barY} width={row.barWidth} height={row.barHeight} rx={4} />
            <text x={row.valueX} y={row.textY} className="bar-value">
              {format(row.value)}
              {row.muted ? ` · ${mutedNote}` : ''}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}

/** Ideographs, kana, Hangul and full-width forms: about 1.7 times as wide as a Latin letter. */
const wide = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
const widthOf = (ch: string) => (wide.test(ch) ? 1.7 : 1);

/** A text's width in Latin letters, a Chinese character counting for about 1.7. */
export const textUnits = (text: string): number => Array.from(text).reduce((sum, ch) => sum + widthOf(ch), 0);

/**
 * Long option names are cut for the chart (the table beside it has them in full): at `max` Latin
 * letters' width, a Chinese character counting for about 1.7, so a Chinese name fits the same room.
 */
export function clip(text: string, max = 16): string {
  const chars = Array.from(text);
  if (textUnits(text) <= max) return text;
  let used = 1; // the ellipsis
  const kept: string[] = [];
  for (const ch of chars) {
    if (used + widthOf(ch) > max) break;
    used += widthOf(ch);
    kept.push(ch);
  }
  // An opening bracket or a space left at the cut reads badly before the ellipsis.
  return `${kept.join('').replace(/[\s（(［[｛{「『【〈《]+$/u, '')}…`;
}
