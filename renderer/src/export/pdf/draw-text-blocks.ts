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
 * would not fit. Keeps at least `keep` lines together at the start (no single orphaned line), and
 * does not leave the last line alone at the top of a page when two lines can go over instead.
 */
export function drawLines(flow: Flow, lines: string[], style: TextStyle, x: number, keep = 2): void {
  const lh = lineHeight(style.size);
  flow.ensure(lh * Math.min(keep, lines.length));
  flow.surface.setStyle(style);
  for (const [i, line] of lines.entries()) {
    const widow = i >= 2 && i === lines.length - 2 && flow.remaining() < 2 * lh;
    if (flow.remaining() < lh || widow) {
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

/** A heading's height with the space around it. */
export function headingHeight(flow: Flow, block: Of<'heading'>): number {
  const { size, before, after } = headingStyles[block.level ?? 2];
  flow.surface.setStyle({ style: 'bold', size });
  return before + flow.surface.balancedLines(block.text, flow.width).length * lineHeight(size) + after;
}

const paragraphStyle = (block: Of<'paragraph'>): TextStyle => {
  const tone = block.tone ?? 'normal';
  return tone === 'lead' ? { size: sizes.body + 1.5, color: colors.ink } : { size: tone === 'muted' ? sizes.small + 0.5 : sizes.body, color: tone === 'muted' ? colors.muted : colors.ink };
};

/** The least of a paragraph that may start a page's last lines: its first two lines (no orphan). */
export function paragraphStartHeight(flow: Flow, block: Of<'paragraph'>, keep = 2): number {
  const style = paragraphStyle(block);
  flow.surface.setStyle(style);
  return 6 + Math.min(keep, flow.surface.lines(block.text, flow.width).length) * lineHeight(style.size);
}

/** A heading kept together with the first lines of what follows it. */
export function drawHeading(flow: Flow, block: Of<'heading'>, level: 2 | 3 | 4 = 2): void {
  const { size, color, before, after } = headingStyles[level];
  const style: TextStyle = { style: 'bold', size, color };
  flow.gap(before);
  flow.surface.setStyle(style);
  const lines = flow.surface.balancedLines(block.text, flow.width);
  flow.ensure(lines.length * lineHeight(size) + 3 * lineHeight(sizes.body) + 6);
  drawLines(flow, lines, style, flow.left, lines.length);
  flow.y += after;
}

export function drawParagraph(flow: Flow, block: Of<'paragraph'>): void {
  const style = paragraphStyle(block);
  flow.gap(6);
  flow.surface.setStyle(style);
  drawLines(flow, flow.surface.lines(block.text, flow.width), style, flow.left);
}

/** A task item's box (the font has no ☐ / ☑): an outline, ticked with a check mark when done. */
function drawCheckBox(flow: Flow, x: number, baseline: number, checked: boolean): void {
  const size = sizes.body * 0.78;
  const top = baseline - size;
  flow.surface.strokeRect(x, top, size, size, checked ? colors.accent : colors.muted, 0.8);
  if (checked) {
    flow.surface.polyline(
      [
        { x: x + size * 0.2, y: top + size * 0.52 },
        { x: x + size * 0.42, y: top + size * 0.75 },
        { x: x + size * 0.82, y: top + size * 0.22 },
      ],
      colors.accent,
      1.2,
    );
  }
}

export function drawList(flow: Flow, block: Of<'list'>): void {
  const style: TextStyle = { size: sizes.body, color: colors.ink };
  const tasks = block.checks?.some((c) => c !== null) ?? false;
  const indent = tasks ? 18 : block.ordered ? 20 : 14;
  flow.gap(6);
  block.items.forEach((item, i) => {
    flow.surface.setStyle(style);
    const lines = flow.surface.lines(item, flow.width - indent);
    flow.ensure(lineHeight(style.size) * Math.min(2, lines.length));
    const baseline = flow.y + baselineIn(style.size);
    const check = block.checks?.[i];
    if (check !== undefined && check !== null) drawCheckBox(flow, flow.left + 2, baseline, check);
    else {
      const marker = block.ordered ? `${i + 1}.` : '•';
      flow.surface.setStyle({ ...style, color: block.ordered ? colors.ink : colors.accent });
      flow.surface.text(marker, flow.left + (block.ordered ? indent - 5 : 3), baseline, block.ordered ? 'right' : 'left');
    }
    drawLines(flow, lines, check === true ? { ...style, color: colors.muted } : style, flow.left + indent, 1);
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
    // A pair of a few lines is kept whole; a longer one keeps its first two lines together.
    const height = Math.max(keys.length, values.length);
    flow.ensure(lineHeight(size) * (height <= 4 ? height : 2));
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
