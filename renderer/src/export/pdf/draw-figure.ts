import { baselineIn, lineHeight } from './draw-text-blocks';
import type { Flow } from './flow';
import type { FigureBlock } from './handout';
import { colors, sizes } from './theme';

/** CSS pixels of the drawing per point on the page at most: 1 keeps a diagram's text at the size it was drawn. */
const maxScale = 0.75;
const captionGap = 4;
const placeholderLines = 8;

/**
 * A diagram: the image scaled to fit the text width and at most most of a page's height (never
 * enlarged beyond its natural size), centred, with its caption below; or, without an image, a
 * dashed box that says so, with the first lines of its source. Kept on one page.
 */
export function drawFigure(flow: Flow, block: FigureBlock): void {
  const surface = flow.surface;
  const captionH = lineHeight(sizes.small) + captionGap;
  flow.gap(12);
  if (block.image) {
    const { width, height } = block.image;
    const scale = Math.min(maxScale, flow.width / width, (flow.pageHeight() * 0.7) / height);
    const w = width * scale;
    const h = height * scale;
    flow.ensure(h + captionH);
    surface.image(block.image, flow.left + (flow.width - w) / 2, flow.y, w, h);
    flow.y += h + captionGap;
  } else {
    const label = block.placeholder?.label ?? '';
    surface.setStyle({ size: sizes.small });
    const detail = (block.placeholder?.detail ?? '').split('\n').flatMap((l) => surface.lines(l, flow.width - 24)).slice(0, placeholderLines);
    const h = 16 + lineHeight(sizes.body) + detail.length * lineHeight(sizes.small);
    flow.ensure(h + captionH);
    const top = flow.y;
    surface.fillRect(flow.left, top, flow.width, h, colors.neutralSoft);
    surface.doc.setLineDashPattern([3, 2], 0);
    surface.strokeRect(flow.left, top, flow.width, h, colors.muted, 0.7);
    surface.doc.setLineDashPattern([], 0);
    surface.setStyle({ style: 'bold', size: sizes.body, color: colors.muted });
    surface.text(surface.lines(label, flow.width - 24)[0] ?? '', flow.left + 12, top + 8 + baselineIn(sizes.body));
    surface.setStyle({ size: sizes.small, color: colors.muted });
    detail.forEach((line, i) => surface.text(line, flow.left + 12, top + 8 + lineHeight(sizes.body) + i * lineHeight(sizes.small) + baselineIn(sizes.small)));
    flow.y = top + h + captionGap;
  }
  surface.setStyle({ size: sizes.small, color: colors.muted });
  surface.text(surface.lines(block.caption, flow.width)[0] ?? '', flow.left + flow.width / 2, flow.y + baselineIn(sizes.small), 'center');
  flow.y += lineHeight(sizes.small);
}
