import { drawHeaderLogo, fitLogo } from './draw-logo';
import type { Handout } from './handout';
import type { PdfSurface } from './pdf-surface';
import { pdfText } from './strings';
import { colors, frame, margins, sizes } from './theme';

/**
 * The running header and footer of every page but the cover, drawn once the page count is known:
 * the logo (small), the organisation (or title) and the confidentiality marking at the top; the title, the marking and
 * "Page x of n" at the bottom.
 */
export function drawPageFrames(surface: PdfSurface, handout: Handout): void {
  const total = surface.pageCount();
  const left = margins.left;
  const right = surface.width - margins.right;
  const width = right - left;
  const marking = handout.marking ? surface.clean(handout.marking) : '';
  surface.setStyle({ size: sizes.small });
  const logoWidth = handout.logo ? fitLogo(handout.logo, 60, 14).w + 6 : 0;
  const headLeft = surface.oneLine(handout.organisation ?? handout.meta.title, width * 0.6 - logoWidth);
  const footLeft = surface.oneLine(handout.meta.title, width * 0.34);
  for (let page = 2; page <= total; page++) {
    surface.goToPage(page);
    const top = frame.headerBaseline;
    const bottom = surface.height - frame.footerBaseline;
    surface.setStyle({ size: sizes.small, color: colors.muted });
    if (handout.logo) drawHeaderLogo(surface, handout.logo, left, top);
    surface.setStyle({ size: sizes.small, color: colors.muted });
    surface.text(headLeft, left + logoWidth, top);
    surface.text(footLeft, left, bottom);
    surface.text(surface.clean(pdfText(handout.language, 'pageOf', { page, total })), right, bottom, 'right');
    if (marking) {
      surface.setStyle({ style: 'bold', size: sizes.small, color: colors.accent });
      surface.text(marking, right, top, 'right');
      surface.text(marking, left + width / 2, bottom, 'center');
    }
    surface.line(left, top + frame.ruleGap, right, top + frame.ruleGap, colors.rule, 0.5);
    surface.line(left, bottom - sizes.small - frame.ruleGap + 2, right, bottom - sizes.small - frame.ruleGap + 2, colors.rule, 0.5);
  }
}
