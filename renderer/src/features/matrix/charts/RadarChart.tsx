import { clip } from './BarChart';
import type { RadarSeriesInput } from './radar-geometry';
import { radarGeometry } from './radar-geometry';

/** Series colours and dash patterns: told apart by line style too, not by colour alone. */
export const seriesStyles = [
  { color: '#0b5cad', dash: '' },
  { color: '#b4460b', dash: '10 6' },
  { color: '#15803d', dash: '3 5' },
  { color: '#7e22ce', dash: '14 5 3 5' },
  { color: '#9f1239', dash: '6 3' },
  { color: '#0f766e', dash: '2 3' },
];

interface RadarChartProps {
  title: string;
  axes: readonly string[];
  series: readonly RadarSeriesInput[];
}

/** Each option's normalised scores on every criterion (0 centre, 1 rim), drawn from radarGeometry. */
export function RadarChart({ title, axes, series }: RadarChartProps) {
  const g = radarGeometry(axes.map((a) => clip(a, 16)), series, 720, 190);
  return (
    <figure className="matrix-chart">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${g.width} ${g.height}`} role="img" aria-label={title} className="radar-chart">
        {g.rings.map((ring) => (
          <polygon key={ring.level} points={ring.points} className="ring" />
        ))}
        {g.axes.map((axis, k) => (
          <g key={k}>
            <line x1={g.center.x} y1={g.center.y} x2={axis.x} y2={axis.y} className="spoke" />
            <text x={axis.labelX} y={axis.labelY} textAnchor={axis.anchor} className="axis-label">
              {axis.label}
            </text>
          </g>
        ))}
        {g.series.map((s, i) => {
          const style = seriesStyles[i % seriesStyles.length]!;
          return (
            <g key={i}>
              <polygon points={s.points} fill={style.color} fillOpacity={0.08} stroke={style.color} strokeWidth={3} strokeDasharray={style.dash} />
              {s.vertices.map((v, k) => (
                <circle key={k} cx={v.x} cy={v.y} r={4} fill={style.color} />
              ))}
            </g>
          );
        })}
      </svg>
      <ul className="chart-legend">
        {series.map((s, i) => {
          const style = seriesStyles[i % seriesStyles.length]!;
          return (
            <li key={i}>
              <svg width="36" height="12" aria-hidden="true">
                <line x1="0" y1="6" x2="36" y2="6" stroke={style.color} strokeWidth={3} strokeDasharray={style.dash} />
              </svg>
              {s.label}
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
