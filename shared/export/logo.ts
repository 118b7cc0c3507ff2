import { z } from 'zod';

/**
 * The organisation's logo for the PDF handout: a PNG or JPEG the facilitator picks in the export
 * dialog, checked by its bytes (not its name or MIME type), kept with the export choices as base64
 * and drawn on the cover and in the running header. Nothing is fetched: the file is read locally.
 */
export const maxLogoBytes = 1024 * 1024;

export type LogoFormat = 'PNG' | 'JPEG';

export type LogoCheck =
  | { ok: true; format: LogoFormat; width: number; height: number }
  | { ok: false; error: 'too-large' | 'not-an-image' | 'unreadable' | 'empty' };

const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const startsWith = (bytes: Uint8Array, sig: readonly number[]) => bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);
const u16 = (b: Uint8Array, at: number) => ((b[at] ?? 0) << 8) | (b[at + 1] ?? 0);
const u32 = (b: Uint8Array, at: number) => u16(b, at) * 65536 + u16(b, at + 2);

/** Width and height of a JPEG from its first start-of-frame marker; null when there is none. */
function jpegSize(b: Uint8Array): { width: number; height: number } | null {
  let at = 2;
  while (at + 9 < b.length) {
    if (b[at] !== 0xff) return null;
    const marker = b[at + 1] ?? 0;
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2;
      continue;
    }
    const length = u16(b, at + 2);
    // SOF0–SOF15, except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) return { height: u16(b, at + 5), width: u16(b, at + 7) };
    if (length < 2) return null;
    at += 2 + length;
  }
  return null;
}

/** Whether these bytes are a PNG or JPEG within the size limit, and its size in pixels. */
export function checkLogo(bytes: Uint8Array): LogoCheck {
  if (bytes.length === 0) return { ok: false, error: 'empty' };
  if (bytes.length > maxLogoBytes) return { ok: false, error: 'too-large' };
  if (startsWith(bytes, png)) {
    // The IHDR chunk comes first: length, "IHDR", width, height.
    const width = u32(bytes, 16);
    const height = u32(bytes, 20);
    return width > 0 && height > 0 && bytes.length > 24 ? { ok: true, format: 'PNG', width, height } : { ok: false, error: 'unreadable' };
  }
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) {
    const size = jpegSize(bytes);
    return size && size.width > 0 && size.height > 0 ? { ok: true, format: 'JPEG', ...size } : { ok: false, error: 'unreadable' };
  }
  return { ok: false, error: 'not-an-image' };
}

/** The logo as remembered with the export choices: its file name (to show) and its bytes as base64. */
export const exportLogoSchema = z.object({
  name: z.string().max(260),
  base64: z.string().max(Math.ceil(maxLogoBytes / 3) * 4 + 4),
});
export type ExportLogo = z.infer<typeof exportLogoSchema>;

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Bytes → base64, without btoa or Buffer (shared code runs in Node, a page and a worker). */
export function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += alphabet[(n >> 18) & 63]! + alphabet[(n >> 12) & 63]! + (i + 1 < bytes.length ? alphabet[(n >> 6) & 63]! : '=') + (i + 2 < bytes.length ? alphabet[n & 63]! : '=');
  }
  return out;
}

/** base64 → bytes; null when the text is not base64. */
export function fromBase64(text: string): Uint8Array | null {
  const clean = text.replace(/=+$/, '');
  if (/[^A-Za-z0-9+/]/.test(clean) || clean.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let at = 0;
  for (const ch of clean) {
    value = (value << 6) | alphabet.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (value >> bits) & 0xff;
    }
  }
  return out;
}
