/**
 * Geometry of a radar (spider) chart: one axis per criterion, one closed polygon per option,
 * values 0..1 from the centre to the rim. Pure numbers, shared by the screen and the PDF export.
 */

export interface RadarSeriesInput {
  label: string;
  /** One value per axis, 0..1; null is drawn at the centre. */
  values: readonly (number | null)[];
}

export interface RadarGeometry {
  /** Wide enough for the axis labels left and right; only as tall as the chart needs. */
  width: number;
  height: number;
  center: { x: number; y: number };
  radius: number;
  axes: { label: string; x: number; y: number; labelX: number; labelY: number; anchor: 'start' | 'middle' | 'end' }[];
  /** Concentric guide polygons at 25, 50, 75 and 100 %, as SVG point lists. */
  rings: { level: number; points: string }[];
  series: { label: string; points: string; vertices: { x: number; y: number }[] }[];
}

const round = (n: number) => Math.round(n * 100) / 100;

export function radarGeometry(axes: readonly string[], series: readonly RadarSeriesInput[], size = 520, labelRoom = 110): RadarGeometry {
  const radius = Math.max(10, size / 2 - labelRoom);
  const verticalRoom = 44;
  const center = { x: size / 2, y: radius + verticalRoom };
  const n = Math.max(axes.length, 1);
  // First axis straight up, then clockwise.
  const angle = (k: number) => -Math.PI / 2 + (2 * Math.PI * k) / n;
  const point = (k: number, r: number) => ({ x: round(center.x + r * Math.cos(angle(k))), y: round(center.y + r * Math.sin(angle(k))) });
  const toPoints = (ps: { x: number; y: number }[]) => ps.map((p) => `${p.x},${p.y}`).join(' ');
  return {
    width: size,
    height: 2 * (radius + verticalRoom),
    center,
    radius,
    axes: axes.map((label, k) => {
      const end = point(k, radius);
      const at = point(k, radius + 14);
      const cos = Math.cos(angle(k));
      return { label, x: end.x, y: end.y, labelX: at.x, labelY: round(at.y + 6), anchor: Math.abs(cos) < 0.2 ? 'middle' : cos > 0 ? 'start' : 'end' };
    }),
    rings: [0.25, 0.5, 0.75, 1].map((level) => ({ level, points: toPoints(axes.map((_, k) => point(k, radius * level))) })),
    series: series.map((s) => {
      const vertices = axes.map((_, k) => point(k, radius * Math.min(1, Math.max(0, s.values[k] ?? 0))));
      return { label: s.label, points: toPoints(vertices), vertices };
    }),
  };
}
