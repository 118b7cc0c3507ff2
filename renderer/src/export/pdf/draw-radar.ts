import { radarGeometry } from '../../features/matrix/charts/radar-geometry';
import { fitOneLine } from './draw-chart';
import { baselineIn, lineHeight } from './draw-text-blocks';
import type { Flow } from './flow';
import type { RadarBlock } from './handout';
import { colors, hexToRgb, seriesColors, sizes } from './theme';

const legendGap = 6;

/**
 * The radar chart as vector shapes, from the same geometry as the screen's
 * (features/matrix/charts/radar-geometry.ts): guide rings at 25/50/75/100 %, one spoke and label
 * per criterion, one translucent polygon per option, centred, with a legend below. Kept on one page.
 */
const titleHeight = sizes.heading3 * sizes.leading + 4;

function radarLayout(flow: Flow, block: RadarBlock) {
  const size = Math.min(flow.width, 400);
  const g = radarGeometry(block.axes, block.series, size, 96);
  const legendHeight = legendGap + block.series.length * lineHeight(sizes.small);
  return { size, g, height: titleHeight + g.height - 40 + legendHeight };
}

/** The chart's height with the space above it: it is kept on one page. */
export function radarHeight(flow: Flow, block: RadarBlock): number {
  return 12 + radarLayout(flow, block).height;
}

export function drawRadar(flow: Flow, block: RadarBlock): void {
  const surface = flow.surface;
  const { size, g, height } = radarLayout(flow, block);
  flow.gap(12);
  flow.ensure(height);

  surface.setStyle({ style: 'bold', size: sizes.heading3 });
  surface.text(surface.lines(block.title, flow.width)[0] ?? '', flow.left, flow.y + baselineIn(sizes.heading3));
  flow.y += titleHeight;
  const x0 = flow.left + (flow.width - size) / 2;
  const y0 = flow.y - 24;
  const at = (p: { x: number; y: number }) => ({ x: x0 + p.x, y: y0 + p.y });
  const parse = (points: string) =>
    points.split(' ').filter(Boolean).map((pair) => {
      const [x, y] = pair.split(',').map(Number);
      return at({ x: x ?? 0, y: y ?? 0 });
    });

  for (const ring of g.rings) surface.polygon(parse(ring.points), { stroke: ring.level === 1 ? colors.muted : colors.rule, width: ring.level === 1 ? 0.7 : 0.4 });
  const center = at(g.center);
  for (const axis of g.axes) {
    const end = at(axis);
    surface.line(center.x, center.y, end.x, end.y, colors.rule, 0.4);
    surface.setStyle({ size: sizes.small, color: colors.ink });
    const label = fitOneLine(flow, axis.label, 90);
    const align = axis.anchor === 'start' ? 'left' : axis.anchor === 'end' ? 'right' : 'center';
    surface.text(label, x0 + axis.labelX, y0 + axis.labelY - 2, align);
  }
  g.series.forEach((series, i) => {
    const color = hexToRgb(seriesColors[i % seriesColors.length] ?? '#0b5cad');
    const points = series.vertices.map(at);
    surface.polygon(points, { fill: color, fillOpacity: 0.12, stroke: color, width: 1.2 });
    for (const p of points) surface.circle(p.x, p.y, 1.6, color);
  });
  // The rings' values last, beside the first spoke, over the shapes.
  surface.setStyle({ size: sizes.small - 1.5, color: colors.muted });
  for (const ring of g.rings) surface.text(`${ring.level * 100}`, center.x + 3, center.y - g.radius * ring.level + 8);

  // The legend: one line per option under the chart, centred as a block.
  surface.setStyle({ size: sizes.small });
  const labels = block.series.map((series) => fitOneLine(flow, series.label, flow.width - 40));
  const legendWidth = Math.max(0, ...labels.map((l) => surface.measure(l))) + 16;
  const lx = flow.left + (flow.width - legendWidth) / 2;
  let ly = y0 + g.height - 16 + legendGap;
  labels.forEach((label, i) => {
    const color = hexToRgb(seriesColors[i % seriesColors.length] ?? '#0b5cad');
    surface.fillRect(lx, ly + 3.5, 10, 6, color);
    surface.setStyle({ size: sizes.small, color: colors.ink });
    surface.text(label, lx + 16, ly + baselineIn(sizes.small));
    ly += lineHeight(sizes.small);
  });
  flow.y = ly;
}
