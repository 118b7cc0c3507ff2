import type { PdfImage } from './handout';
import type { PdfSurface } from './pdf-surface';
import { colors } from './theme';

/** The logo is embedded once and drawn by this name on the cover and every header. */
const alias = 'groundwork-logo';

/** The logo's size fitted inside `maxW` × `maxH` points, aspect ratio kept. */
export function fitLogo(logo: PdfImage, maxW: number, maxH: number): { w: number; h: number } {
  const scale = Math.min(maxW / logo.width, maxH / logo.height);
  return { w: logo.width * scale, h: logo.height * scale };
}

/** On the cover: top right of the accent band, on a white plate (logos are made for white paper). */
export function drawCoverLogo(surface: PdfSurface, logo: PdfImage, right: number, top: number): void {
  const { w, h } = fitLogo(logo, 120, 48);
  const pad = 6;
  surface.fillRect(right - w - 2 * pad, top - pad, w + 2 * pad, h + 2 * pad, colors.white);
  surface.image(logo, right - w - pad, top, w, h, alias);
}

/** In the running header: small, left, its baseline-ish bottom on the header's text baseline. Returns its width. */
export function drawHeaderLogo(surface: PdfSurface, logo: PdfImage, left: number, baseline: number): number {
  const { w, h } = fitLogo(logo, 60, 14);
  surface.image(logo, left, baseline + 2 - h, w, h, alias);
  return w;
}
