import type { ExportLogo } from '../../../../shared/export/logo';
import { checkLogo, fromBase64, maxLogoBytes, toBase64 } from '../../../../shared/export/logo';
import type { PdfImage } from '../../export/pdf/handout';

export type LogoError = 'too-large' | 'not-an-image' | 'unreadable' | 'empty';

/**
 * A logo file the facilitator picked, checked by its bytes (PNG or JPEG signature and header, at
 * most 1 MB) before it is kept; read locally, never uploaded or fetched.
 */
export async function readLogoFile(file: Blob & { name: string }): Promise<{ ok: true; logo: ExportLogo } | { ok: false; error: LogoError }> {
  if (file.size > maxLogoBytes) return { ok: false, error: 'too-large' };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { ok: false, error: 'unreadable' };
  }
  const check = checkLogo(bytes);
  if (!check.ok) return check;
  return { ok: true, logo: { name: Array.from(file.name).slice(0, 260).join(''), base64: toBase64(bytes) } };
}

/** The remembered logo as the PDF engine's image; null when it no longer checks out (it is then left out). */
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
