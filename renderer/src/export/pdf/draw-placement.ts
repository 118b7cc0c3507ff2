import { baselineIn } from './draw-text-blocks';
import type { Flow } from './flow';
import type { PlacementBlock } from './handout';
import type { PdfSurface } from './pdf-surface';
import type { Rgb } from './theme';
import { colors, hexToRgb, sizes } from './theme';

const dot = { r: 7.5, label: 7.5 };
/** Room inside the plot's edge, so a dot at 0 or 1 stays inside. */
const inset = dot.r + 3;
const axisRoom = 16;

type Point = { x: number; y: number };

/**
 * Moves a dot that would cover one already drawn along a widening spiral until it is clear (the
 * room often puts several cards on the same spot), staying inside the plot.
 */
export function spreadPoints(points: Point[], minDistance: number, box: { left: number; top: number; right: number; bottom: number }): Point[] {
  const placed: Point[] = [];
  for (const p of points) {
    let best = p;
    for (let k = 0; k < 60; k++) {
      const angle = k * 2.4;
      const distance = k === 0 ? 0 : minDistance * (0.6 + k / 8);
      const x = Math.min(box.right, Math.max(box.left, p.x + Math.cos(angle) * distance));
      const y = Math.min(box.bottom, Math.max(box.top, p.y + Math.sin(angle) * distance));
      best = { x, y };
      if (placed.every((q) => Math.hypot(q.x - x, q.y - y) >= minDistance)) break;
    }
    placed.push(best);
  }
  return placed;
}

function arrow(surface: PdfSurface, from: Point, to: Point, color: Rgb): void {
  surface.line(from.x, from.y, to.x, to.y, color, 0.9);
  const angle = Math.atan2(to.y - from.y, to.x - from.x);
  const back = (a: number) => [to.x - 6 * Math.cos(angle + a), to.y - 6 * Math.sin(angle + a)] as const;
  const [x1, y1] = back(0.45);
  const [x2, y2] = back(-0.45);
  surface.triangle([to.x, to.y, x1, y1, x2, y2], color);
}

/**
 * The impact × effort 2×2 as vector shapes: four tinted quadrants (quick wins highlighted) with
 * their names in the corners, the axes as arrows, and a numbered dot per card in the card's colour.
 * Kept on one page.
 */
const titleHeight = sizes.heading3 * sizes.leading + 4;
const sizeOf = (flow: Flow): number => Math.min(flow.width * 0.62, 300);

/** The chart's height with the space above it: it is kept on one page. */
export function placementHeight(flow: Flow): number {
  return 12 + titleHeight + sizeOf(flow) + axisRoom + 8;
}

export function drawPlacement(flow: Flow, block: PlacementBlock): void {
  const surface = flow.surface;
  const size = sizeOf(flow);
  flow.gap(12);
  flow.ensure(titleHeight + size + axisRoom + 8);

  surface.setStyle({ style: 'bold', size: sizes.heading3 });
  surface.text(surface.lines(block.title, flow.width)[0] ?? '', flow.left, flow.y + baselineIn(sizes.heading3));
  flow.y += titleHeight;

  surface.setStyle({ size: sizes.small, color: colors.muted });
  const yLabel = surface.lines(block.yLabel, 80)[0] ?? '';
  const left = flow.left + 14;
  const top = flow.y + 14;
  const half = size / 2;
  const tints: Rgb[] = [colors.quickWin, colors.zebra, colors.zebra, colors.zebra];
  const corners: Point[] = [
    { x: left, y: top },
    { x: left + half, y: top },
    { x: left + half, y: top + half },
    { x: left, y: top + half },
  ];
  corners.forEach((c, i) => surface.fillRect(c.x, c.y, half, half, tints[i] ?? colors.zebra));
  surface.line(left + half, top, left + half, top + size, colors.rule, 0.6);
  surface.line(left, top + half, left + size, top + half, colors.rule, 0.6);

  surface.setStyle({ style: 'bold', size: sizes.small, color: colors.muted });
  block.quadrants.forEach((name, i) => {
    const label = surface.lines(name, half - 12)[0] ?? '';
    const c = corners[i] ?? corners[0];
    if (!c) return;
    const bottom = i >= 2;
    const right = i === 1 || i === 2;
    surface.text(label, right ? c.x + half - 6 : c.x + 6, bottom ? c.y + half - 6 : c.y + 6 + sizes.small, right ? 'right' : 'left');
  });

  arrow(surface, { x: left, y: top + size }, { x: left, y: top - 10 }, colors.muted);
  arrow(surface, { x: left, y: top + size }, { x: left + size + 10, y: top + size }, colors.muted);
  surface.setStyle({ style: 'bold', size: sizes.small, color: colors.ink });
  surface.text(yLabel, left + 8, top - 4);
  surface.text(surface.lines(block.xLabel, 80)[0] ?? '', left + size + 10, top + size + 12, 'right');

  const box = { left: left + inset, top: top + inset, right: left + size - inset, bottom: top + size - inset };
  const spots = spreadPoints(
    block.points.map((p) => ({ x: box.left + p.x * (box.right - box.left), y: box.bottom - p.y * (box.bottom - box.top) })),
    dot.r * 2,
    box,
  );
  block.points.forEach((p, i) => {
    const at = spots[i];
    if (!at) return;
    surface.circle(at.x, at.y, dot.r, hexToRgb(p.color), { color: colors.white, width: 1 });
    surface.setStyle({ style: 'bold', size: dot.label, color: colors.ink });
    surface.text(surface.clean(p.label), at.x, at.y + dot.label * 0.35, 'center');
  });
  flow.y = top + size + axisRoom;
}
