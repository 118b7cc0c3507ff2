import { baselineIn, lineHeight } from './draw-text-blocks';
import type { Flow } from './flow';
import type { CalloutBlock } from './handout';
import type { Rgb } from './theme';
import { colors, sizes } from './theme';

const tones: Record<CalloutBlock['tone'], { edge: Rgb; fill: Rgb }> = {
  good: { edge: colors.good, fill: colors.goodSoft },
  warn: { edge: colors.warn, fill: colors.warnSoft },
  bad: { edge: colors.bad, fill: colors.badSoft },
  neutral: { edge: colors.muted, fill: colors.neutralSoft },
};

const pad = { x: 14, y: 10 };
const edge = 5;

/**
 * A statement in a tinted box with a coloured left edge — the feasibility verdict: a small label,
 * the verdict in large bold type in the tone's colour, then the lines that explain it. Kept on one page.
 */
const titleSize = sizes.heading1;

function calloutLayout(flow: Flow, block: CalloutBlock) {
  const surface = flow.surface;
  const inner = flow.width - edge - 2 * pad.x;
  surface.setStyle({ style: 'bold', size: titleSize });
  const title = surface.balancedLines(block.title, inner);
  surface.setStyle({ size: sizes.body });
  const lines = block.lines.map((l) => surface.lines(l, inner));
  const labelH = lineHeight(sizes.small);
  const titleH = title.length * titleSize * 1.25;
  const bodyH = lines.reduce((sum, ls) => sum + ls.length * lineHeight(sizes.body) + 2, 0);
  return { title, lines, labelH, height: pad.y * 2 + labelH + titleH + (bodyH > 0 ? bodyH + 4 : 0) };
}

/** The box's height with the space above it: it is kept on one page. */
export function calloutHeight(flow: Flow, block: CalloutBlock): number {
  return 10 + calloutLayout(flow, block).height;
}

export function drawCallout(flow: Flow, block: CalloutBlock): void {
  const surface = flow.surface;
  const tone = tones[block.tone];
  const { title, lines, labelH, height } = calloutLayout(flow, block);
  flow.gap(10);
  flow.ensure(height);

  const top = flow.y;
  surface.fillRect(flow.left, top, flow.width, height, tone.fill);
  surface.fillRect(flow.left, top, edge, height, tone.edge);
  const x = flow.left + edge + pad.x;
  let y = top + pad.y;
  surface.setStyle({ style: 'bold', size: sizes.small, color: colors.muted });
  surface.text(surface.clean(block.label), x, y + baselineIn(sizes.small));
  y += labelH;
  surface.setStyle({ style: 'bold', size: titleSize, color: tone.edge });
  for (const line of title) {
    surface.text(line, x, y + titleSize * 1.0);
    y += titleSize * 1.25;
  }
  y += 4;
  surface.setStyle({ size: sizes.body, color: colors.ink });
  for (const group of lines) {
    for (const line of group) {
      surface.text(line, x, y + baselineIn(sizes.body));
      y += lineHeight(sizes.body);
    }
    y += 2;
  }
  flow.y = top + height + 10;
}
