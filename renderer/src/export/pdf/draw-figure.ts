import { baselineIn, lineHeight } from './draw-text-blocks';
import type { Flow } from './flow';
import type { FigureBlock } from './handout';
import { colors, sizes } from './theme';

/** Points on the page per CSS pixel of the drawing at most: 0.75 keeps a diagram's text at the size it was drawn. */
const maxScale = 0.75;
/** A diagram's text in CSS pixels (Mermaid's default): the scale tells how large it comes out. */
const diagramTextPx = 16;
/** Smaller than this (points), a diagram's text is hard to read: the diagram gets a page of its own, turned. */
const minTextPt = 6.5;
const captionGap = 4;
const figureGap = 12;
/** Wrapped lines of source a placeholder shows at most; the last one says how many more there are. */
const placeholderLines = 12;

interface FigureLayout {
  /** The image's or the placeholder box's height (as drawn, before any turning). */
  h: number;
  w: number;
  /** Drawn on a page of its own, turned a quarter anticlockwise (landscape on a portrait page). */
  turned: boolean;
  label: string[];
  detail: string[];
}

const captionHeight = (): number => lineHeight(sizes.small) + captionGap;

function figureLayout(flow: Flow, block: FigureBlock): FigureLayout {
  const surface = flow.surface;
  if (block.image) {
    const { width, height } = block.image;
    const scale = Math.min(maxScale, flow.width / width, (flow.pageHeight() * 0.7) / height);
    // A wide diagram fitted to the text width has tiny text: turned, the page's height is its width.
    const turnedScale = Math.min(maxScale, flow.pageHeight() / width, (flow.width - captionHeight()) / height);
    if (diagramTextPx * scale < minTextPt && turnedScale > scale * 1.15) return { w: width * turnedScale, h: height * turnedScale, turned: true, label: [], detail: [] };
    return { w: width * scale, h: height * scale, turned: false, label: [], detail: [] };
  }
  surface.setStyle({ style: 'bold', size: sizes.body });
  const label = surface.lines(block.placeholder?.label ?? '', flow.width - 24);
  surface.setStyle({ size: sizes.small });
  const wrapped = (block.placeholder?.detail ?? '').split('\n').flatMap((l) => surface.lines(l, flow.width - 24));
  // The source's last line (its "… n more lines" note, when it was cut) is never dropped.
  const detail = wrapped.length <= placeholderLines ? wrapped : [...wrapped.slice(0, placeholderLines - 2), '…', wrapped[wrapped.length - 1] ?? ''];
  return { w: flow.width, h: 16 + label.length * lineHeight(sizes.body) + detail.length * lineHeight(sizes.small), turned: false, label, detail };
}

/** The figure's height with its caption and the space above it: it is kept on one page. A turned one takes none. */
export function figureHeight(flow: Flow, block: FigureBlock): number {
  const { h, turned } = figureLayout(flow, block);
  return turned ? 0 : figureGap + h + captionHeight();
}

/**
 * A turned diagram on the page of its own: centred in the body, its top towards the page's left
 * edge, read with the page turned clockwise; the caption below it, along the right.
 */
function drawTurnedFigure(flow: Flow, block: FigureBlock, w: number, h: number): void {
  const surface = flow.surface;
  if (!block.image) return;
  const left = flow.left + (flow.width - h - captionHeight()) / 2;
  const top = flow.top + (flow.pageHeight() - w) / 2;
  surface.turnedImage(block.image, left, top, h, w);
  surface.setStyle({ size: sizes.small, color: colors.muted });
  const caption = surface.lines(block.caption, flow.pageHeight())[0] ?? '';
  surface.turnedText(caption, left + h + captionGap + baselineIn(sizes.small), top + w / 2, 'center');
}

/**
 * A diagram: the image scaled to fit the text width and at most most of a page's height (never
 * enlarged beyond its natural size), centred, with its caption below; or, without an image, a
 * dashed box that says so, with the start of its source. Kept on one page. A diagram whose text
 * would come out smaller than `minTextPt` at the text width is turned onto a page of its own,
 * which follows the page being filled (the text goes on here meanwhile).
 */
export function drawFigure(flow: Flow, block: FigureBlock): void {
  const surface = flow.surface;
  const { w, h, turned, label, detail } = figureLayout(flow, block);
  if (turned) {
    flow.float(() => drawTurnedFigure(flow, block, w, h));
    return;
  }
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
