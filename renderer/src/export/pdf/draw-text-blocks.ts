import type { Flow } from './flow';
import type { Block } from './handout';
import type { TextStyle } from './pdf-surface';
import type { Rgb } from './theme';
import { colors, sizes } from './theme';

type Of<K extends Block['kind']> = Extract<Block, { kind: K }>;

const lineHeight = (size: number): number => size * sizes.leading;
/** Where the baseline sits in a line box: below the ascent, centred in the leading. */
const baselineIn = (size: number, leading: number = sizes.leading): number => size * (0.88 + (leading - 1) / 2);

/**
 * Draws already broken lines from the flow's cursor, starting a new page whenever the next line
 * would not fit. Keeps at least `keep` lines together at the start (no single orphaned line).
 */
export function drawLines(flow: Flow, lines: string[], style: TextStyle, x: number, keep = 2): void {
  const lh = lineHeight(style.size);
  flow.ensure(lh * Math.min(keep, lines.length));
  flow.surface.setStyle(style);
  for (const line of lines) {
    if (flow.remaining() < lh) {
      flow.newPage();
      flow.surface.setStyle(style);
    }
    flow.surface.text(line, x, flow.y + baselineIn(style.size));
    flow.y += lh;
  }
}

const headingStyles: Record<2 | 3 | 4, { size: number; color: Rgb; before: number; after: number }> = {
  2: { size: sizes.heading2, color: colors.accent, before: 16, after: 4 },
  3: { size: sizes.heading3, color: colors.ink, before: 10, after: 2 },
  4: { size: sizes.body, color: colors.muted, before: 8, after: 0 },
};

/** A heading kept together with the first lines of what follows it. */
export function drawHeading(flow: Flow, block: Of<'heading'>, level: 2 | 3 | 4 = 2): void {
  const { size, color, before, after } = headingStyles[level];
  const style: TextStyle = { style: 'bold', size, color };
  flow.gap(before);
  flow.surface.setStyle(style);
  const lines = flow.surface.lines(block.text, flow.width);
  flow.ensure(lines.length * lineHeight(size) + 3 * lineHeight(sizes.body) + 6);
  drawLines(flow, lines, style, flow.left, lines.length);
  flow.y += after;
}

export function drawParagraph(flow: Flow, block: Of<'paragraph'>): void {
  const tone = block.tone ?? 'normal';
  const style: TextStyle =
    tone === 'lead' ? { size: sizes.body + 1.5, color: colors.ink } : { size: tone === 'muted' ? sizes.small + 0.5 : sizes.body, color: tone === 'muted' ? colors.muted : colors.ink };
  flow.gap(6);
  flow.surface.setStyle(style);
  drawLines(flow, flow.surface.lines(block.text, flow.width), style, flow.left);
}

export function drawList(flow: Flow, block: Of<'list'>): void {
  const style: TextStyle = { size: sizes.body, color: colors.ink };
  const indent = block.ordered ? 20 : 14;
  flow.gap(6);
  block.items.forEach((item, i) => {
    flow.surface.setStyle(style);
    const lines = flow.surface.lines(item, flow.width - indent);
    flow.ensure(lineHeight(style.size) * Math.min(2, lines.length));
    const marker = block.ordered ? `${i + 1}.` : '•';
    flow.surface.setStyle({ ...style, color: block.ordered ? colors.ink : colors.accent });
    flow.surface.text(marker, flow.left + (block.ordered ? indent - 5 : 3), flow.y + baselineIn(style.size), block.ordered ? 'right' : 'left');
    drawLines(flow, lines, style, flow.left + indent, 1);
    flow.y += 2;
  });
}

/** Label / value rows ("Date  2026-01-15"), labels in a column as wide as the longest one needs. */
export function drawKeyValue(flow: Flow, block: Of<'keyValue'>, keyColor: Rgb = colors.muted): void {
  const size = sizes.body;
  const surface = flow.surface;
  surface.setStyle({ style: 'bold', size });
  const keyWidth = Math.min(flow.width * 0.32, Math.max(...block.pairs.map((p) => surface.measure(surface.clean(p.key)))) + 14);
  flow.gap(6);
  for (const pair of block.pairs) {
    surface.setStyle({ size });
    const values = surface.lines(pair.value, flow.width - keyWidth);
    surface.setStyle({ style: 'bold', size });
    const keys = surface.lines(pair.key, keyWidth - 10);
    flow.ensure(lineHeight(size) * Math.min(2, Math.max(keys.length, values.length)));
    const top = flow.y;
    const page = flow.page;
    drawLines(flow, keys, { style: 'bold', size, color: keyColor }, flow.left, keys.length);
    const afterKeys = flow.y;
    flow.y = top;
    drawLines(flow, values, { size, color: colors.ink }, flow.left + keyWidth, 1);
    if (flow.page === page) flow.y = Math.max(flow.y, afterKeys);
    flow.y += 2;
  }
}

export { lineHeight, baselineIn };
