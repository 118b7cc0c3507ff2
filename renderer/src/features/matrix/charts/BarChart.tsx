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

/** Weighted totals as horizontal bars (0–100), drawn from barChartGeometry. */
export function BarChart({ title, bars, format, mutedNote, layout }: BarChartProps) {
  const g = barChartGeometry(bars, { ...defaultBarLayout, ...layout });
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
              {clip(row.label)}
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

/** Long option names are cut for the chart; the table beside it has them in full. */
export function clip(text: string, max = 16): string {
  const chars = Array.from(text);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}
