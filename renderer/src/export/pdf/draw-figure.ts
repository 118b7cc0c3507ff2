import { baselineIn, lineHeight } from './draw-text-blocks';
import type { Flow } from './flow';
import type { FigureBlock } from './handout';
import { colors, sizes } from './theme';

/** CSS pixels of the drawing per point on the page at most: 1 keeps a diagram's text at the size it was drawn. */
const maxScale = 0.75;
const captionGap = 4;
const figureGap = 12;
/** Wrapped lines of source a placeholder shows at most; the last one says how many more there are. */
const placeholderLines = 12;

interface FigureLayout {
  /** The image's or the placeholder box's height. */
  h: number;
  w: number;
  label: string[];
  detail: string[];
}

function figureLayout(flow: Flow, block: FigureBlock): FigureLayout {
  const surface = flow.surface;
  if (block.image) {
    const { width, height } = block.image;
    const scale = Math.min(maxScale, flow.width / width, (flow.pageHeight() * 0.7) / height);
    return { w: width * scale, h: height * scale, label: [], detail: [] };
  }
  surface.setStyle({ style: 'bold', size: sizes.body });
  const label = surface.lines(block.placeholder?.label ?? '', flow.width - 24);
  surface.setStyle({ size: sizes.small });
  const wrapped = (block.placeholder?.detail ?? '').split('\n').flatMap((l) => surface.lines(l, flow.width - 24));
  // The source's last line (its "… n more lines" note, when it was cut) is never dropped.
  const detail = wrapped.length <= placeholderLines ? wrapped : [...wrapped.slice(0, placeholderLines - 2), '…', wrapped[wrapped.length - 1] ?? ''];
  return { w: flow.width, h: 16 + label.length * lineHeight(sizes.body) + detail.length * lineHeight(sizes.small), label, detail };
}

const captionHeight = (): number => lineHeight(sizes.small) + captionGap;

/** The figure's height with its caption and the space above it: it is kept on one page. */
export function figureHeight(flow: Flow, block: FigureBlock): number {
  return figureGap + figureLayout(flow, block).h + captionHeight();
}

/**
 * A diagram: the image scaled to fit the text width and at most most of a page's height (never
 * enlarged beyond its natural size), centred, with its caption below; or, without an image, a
 * dashed box that says so, with the start of its source. Kept on one page.
 */
export function drawFigure(flow: Flow, block: FigureBlock): void {
  const surface = flow.surface;
  const { w, h, label, detail } = figureLayout(flow, block);
  flow.gap(figureGap);
  flow.ensure(h + captionHeight());
  if (block.image) {
    surface.image(block.image, flow.left + (flow.width - w) / 2, flow.y, w, h);
    flow.y += h + captionGap;
  } else {
    const top = flow.y;
    surface.fillRect(flow.left, top, flow.width, h, colors.neutralSoft);
    surface.doc.setLineDashPattern([3, 2], 0);
    surface.strokeRect(flow.left, top, flow.width, h, colors.muted, 0.7);
    surface.doc.setLineDashPattern([], 0);
    surface.setStyle({ style: 'bold', size: sizes.body, color: colors.muted });
    label.forEach((line, i) => surface.text(line, flow.left + 12, top + 8 + i * lineHeight(sizes.body) + baselineIn(sizes.body)));
    const detailTop = top + 8 + label.length * lineHeight(sizes.body);
    surface.setStyle({ size: sizes.small, color: colors.muted });
    detail.forEach((line, i) => surface.text(line, flow.left + 12, detailTop + i * lineHeight(sizes.small) + baselineIn(sizes.small)));
    flow.y = top + h + captionGap;
  }
  surface.setStyle({ size: sizes.small, color: colors.muted });
  surface.text(surface.lines(block.caption, flow.width)[0] ?? '', flow.left + flow.width / 2, flow.y + baselineIn(sizes.small), 'center');
  flow.y += lineHeight(sizes.small);
}
