import { drawHeaderLogo, fitLogo } from './draw-logo';
import type { Handout } from './handout';
import type { PdfSurface } from './pdf-surface';
import { pdfText } from './strings';
import { colors, frame, margins, sizes } from './theme';

/** Points kept clear between the frame's texts that share a line. */
const gap = 12;

/**
 * The running header and footer of every page but the cover, drawn once the page count is known:
 * the logo (small), the organisation (or title) and the confidentiality marking at the top; the title, the marking and
 * "Page x of n" at the bottom. Each text is cut (with an ellipsis) to its own room, so none runs
 * into another or off the page.
 */
export function drawPageFrames(surface: PdfSurface, handout: Handout): void {
  const total = surface.pageCount();
  const left = margins.left;
  const right = surface.width - margins.right;
  const width = right - left;
  surface.setStyle({ size: sizes.small });
  const logoWidth = handout.logo ? fitLogo(handout.logo, 60, 14).w + 6 : 0;
  const headLeft = surface.oneLine(handout.organisation ?? handout.meta.title, width * 0.6 - logoWidth);
  const footLeft = surface.oneLine(handout.meta.title, width * 0.34);
  const pageOf = (page: number): string => surface.clean(pdfText(handout.language, 'pageOf', { page, total }));
  // The marking, right-aligned after the header's text and centred between the footer's two.
  const headRoom = width - logoWidth - surface.measure(headLeft) - gap;
  const footRoom = 2 * Math.min(width / 2 - surface.measure(footLeft) - gap, width / 2 - surface.measure(pageOf(total)) - gap);
  surface.setStyle({ style: 'bold', size: sizes.small });
  const markHead = handout.marking ? surface.oneLine(handout.marking, headRoom) : '';
  const markFoot = handout.marking ? surface.oneLine(handout.marking, footRoom) : '';
  for (let page = 2; page <= total; page++) {
    surface.goToPage(page);
    const top = frame.headerBaseline;
    const bottom = surface.height - frame.footerBaseline;
    surface.setStyle({ size: sizes.small, color: colors.muted });
    if (handout.logo) drawHeaderLogo(surface, handout.logo, left, top);
    surface.setStyle({ size: sizes.small, color: colors.muted });
    surface.text(headLeft, left + logoWidth, top);
    surface.text(footLeft, left, bottom);
    surface.text(pageOf(page), right, bottom, 'right');
    if (handout.marking) {
      surface.setStyle({ style: 'bold', size: sizes.small, color: colors.accent });
      surface.text(markHead, right, top, 'right');
      surface.text(markFoot, left + width / 2, bottom, 'center');
    }
    surface.line(left, top + frame.ruleGap, right, top + frame.ruleGap, colors.rule, 0.5);
    surface.line(left, bottom - sizes.small - frame.ruleGap + 2, right, bottom - sizes.small - frame.ruleGap + 2, colors.rule, 0.5);
  }
}
