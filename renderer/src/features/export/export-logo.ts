import type { ExportLogo, LogoError } from '../../../../shared/export/logo';
import { checkLogo, fromBase64, maxLogoBytes, toBase64, verifyLogo } from '../../../../shared/export/logo';
import type { PdfImage } from '../../export/pdf/handout';

export type { LogoError };

/**
 * A logo file the facilitator picked, checked by its bytes before it is kept: a PNG or JPEG of at
 * most 1 MB and 4096 pixels a side (16 megapixels), whose image data decompresses as its header
 * says (a damaged or cut-off file is `unreadable` here, not a failed export later). Read locally,
 * never uploaded or fetched.
 */
export async function readLogoFile(file: Blob & { name: string }): Promise<{ ok: true; logo: ExportLogo } | { ok: false; error: LogoError }> {
  if (file.size > maxLogoBytes) return { ok: false, error: 'too-large' };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { ok: false, error: 'unreadable' };
  }
  const check = await verifyLogo(bytes).catch(() => ({ ok: false, error: 'unreadable' }) as const);
  if (!check.ok) return { ok: false, error: check.error };
  return { ok: true, logo: { name: Array.from(file.name).slice(0, 260).join(''), base64: toBase64(bytes) } };
}

/**
 * The remembered logo as the PDF engine's image; null when it no longer checks out (it is then
 * left out): its structure and pixel budget are checked again here, synchronously, at each export.
 */
export function logoImage(logo: ExportLogo | undefined): PdfImage | null {
  if (!logo) return null;
  const bytes = fromBase64(logo.base64);
  if (!bytes) return null;
  const check = checkLogo(bytes);
  return check.ok ? { bytes, format: check.format, width: check.width, height: check.height } : null;
}

/** A data URL for the dialog's preview <img> (an image element never runs what it shows). */
export function logoPreviewUrl(logo: ExportLogo): string {
  const jpeg = logo.base64.startsWith('/9j/');
  return `data:${jpeg ? 'image/jpeg' : 'image/png'};base64,${logo.base64}`;
}
