import { z } from 'zod';

/**
 * The organisation's logo for the PDF handout: a PNG or JPEG the facilitator picks in the export
 * dialog (or passes to `groundwork export-pdf --logo`), checked by its bytes (not its name or MIME
 * type): its structure and size in pixels (`checkLogo`), and when picked its image data too
 * (`verifyLogo`). Kept with the export choices as base64 and drawn on the cover and in the running
 * header. Nothing is fetched: the file is read locally.
 */
export const maxLogoBytes = 1024 * 1024;

/**
 * At most this many pixels on a side, and in all. A PNG is decoded whole before it goes into the
 * PDF, and a small file can claim a huge image: the reviewer's 893 KB PNG of 17500 × 17500 pixels
 * took 56 s and 3.2 GB to export. A logo is drawn at most 120 × 48 points; 4096 pixels is plenty.
 */
export const maxLogoSide = 4096;
export const maxLogoPixels = 16_000_000;

export type LogoFormat = 'PNG' | 'JPEG';

export type LogoError = 'too-large' | 'too-many-pixels' | 'not-an-image' | 'unreadable' | 'empty';

export type LogoCheck =
  | { ok: true; format: LogoFormat; width: number; height: number }
  /** `detail`: what is wrong, in English, for the command line (the app shows the translated `error`). */
  | { ok: false; error: LogoError; detail?: string };

type LogoFailure = Extract<LogoCheck, { ok: false }>;

const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const startsWith = (bytes: Uint8Array, sig: readonly number[]) => bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);
const u16 = (b: Uint8Array, at: number) => ((b[at] ?? 0) << 8) | (b[at + 1] ?? 0);
const u32 = (b: Uint8Array, at: number) => u16(b, at) * 65536 + u16(b, at + 2);
const unreadable = (detail: string): LogoFailure => ({ ok: false, error: 'unreadable', detail });

function pixelBudget(width: number, height: number): LogoFailure | null {
  if (width <= maxLogoSide && height <= maxLogoSide && width * height <= maxLogoPixels) return null;
  return { ok: false, error: 'too-many-pixels', detail: `${width} × ${height} pixels` };
}

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

let crcTable: Uint32Array | undefined;

function crc32(b: Uint8Array, from: number, to: number): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (let i = from; i < to; i++) c = crcTable[(c ^ (b[i] ?? 0)) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Samples per pixel of each PNG colour type, and the bit depths the PNG specification allows for it. */
const colourTypes: Record<number, { channels: number; depths: readonly number[] }> = {
  0: { channels: 1, depths: [1, 2, 4, 8, 16] },
  2: { channels: 3, depths: [8, 16] },
  3: { channels: 1, depths: [1, 2, 4, 8] },
  4: { channels: 2, depths: [8, 16] },
  6: { channels: 4, depths: [8, 16] },
};

/** What a PNG's chunks say, once they all check out: enough to decompress and walk its image data. */
interface PngLayout {
  width: number;
  height: number;
  /** Bits per pixel: bit depth × samples per pixel. */
  bits: number;
  interlaced: boolean;
  /** The zlib stream of the image (its IDAT chunks joined). */
  data: Uint8Array;
  /** The zlib stream of an embedded colour profile (iCCP), which the PDF engine decompresses too. */
  profile: Uint8Array | null;
}

/** Whether `data` starts with a zlib header for deflate without a preset dictionary (RFC 1950). */
const zlibHeader = (data: Uint8Array) => data.length >= 2 && ((data[0] ?? 0) & 0x0f) === 8 && (data[0] ?? 0) >> 4 <= 7 && (((data[0] ?? 0) << 8) | (data[1] ?? 0)) % 31 === 0 && ((data[1] ?? 0) & 0x20) === 0;

/** Where a Latin-1 keyword of 1–79 bytes ends (its NUL) in a tEXt or iCCP chunk; -1 when it does not. */
const keywordEnd = (body: Uint8Array) => {
  const end = body.indexOf(0);
  return end >= 1 && end <= 79 ? end : -1;
};

/**
 * Every chunk of a PNG, in the order a decoder reads them: each one whole and its CRC right, the
 * header first (its size within the pixel budget), the chunks the PDF engine's decoder reads well
 * formed, image data present, and IEND at the end. The image data is not decompressed here.
 */
function readPng(b: Uint8Array): PngLayout | LogoFailure {
  let at = png.length;
  let header: Omit<PngLayout, 'data' | 'profile'> | null = null;
  let colourType = 0;
  let paletteSize = 0;
  const data: Uint8Array[] = [];
  let profile: Uint8Array | null = null;
  for (;;) {
    if (at + 8 > b.length) return unreadable(header ? 'the file ends before its IEND chunk: it was cut off' : 'the file ends inside its header');
    const length = u32(b, at);
    const type = String.fromCharCode(...b.subarray(at + 4, at + 8));
    const start = at + 8;
    if (length > 0x7fffffff || start + length + 4 > b.length) return unreadable(`the file ends inside its ${type} chunk: it was cut off`);
    if (crc32(b, at + 4, start + length) !== u32(b, start + length)) return unreadable(`its ${type} chunk is damaged (CRC mismatch)`);
    const body = b.subarray(start, start + length);
    at = start + length + 4;
    if (!header) {
      if (type !== 'IHDR' || length !== 13) return unreadable('it does not start with an IHDR chunk');
      const width = u32(body, 0);
      const height = u32(body, 4);
      const depth = body[8] ?? 0;
      colourType = body[9] ?? 0;
      const interlace = body[12] ?? 0;
      if (width === 0 || height === 0 || width > 0x7fffffff || height > 0x7fffffff) return unreadable(`it claims a size of ${width} × ${height} pixels`);
      const tooMany = pixelBudget(width, height);
      if (tooMany) return tooMany;
      const colour = colourTypes[colourType];
      if (!colour || !colour.depths.includes(depth)) return unreadable(`colour type ${colourType} with ${depth} bits per sample does not exist`);
      if (body[10] !== 0 || body[11] !== 0 || interlace > 1) return unreadable('its compression, filter or interlace method does not exist');
      // The PDF engine's decoder (fast-png) reads interlaced rows of fewer than 8 bits per sample wrongly, and fails.
      if (interlace === 1 && depth < 8) return unreadable(`it is interlaced with ${depth} bit${depth === 1 ? '' : 's'} per sample: save it again without interlacing`);
      header = { width, height, bits: depth * colour.channels, interlaced: interlace === 1 };
      continue;
    }
    if (type === 'IEND') {
      if (length !== 0) return unreadable('its IEND chunk is malformed');
      break;
    }
    if (type === 'IHDR') return unreadable('it has a second IHDR chunk');
    if (type === 'IDAT') data.push(body);
    else if (type === 'PLTE') {
      if (length === 0 || length % 3 !== 0 || length > 256 * 3) return unreadable('its palette (PLTE) is malformed');
      paletteSize = length / 3;
    } else if (type === 'tRNS') {
      const fits = colourType === 3 ? paletteSize > 0 && length <= paletteSize : (colourType === 0 || colourType === 2) && length % 2 === 0 && length / 2 <= header.width * header.height;
      if (!fits) return unreadable('its transparency (tRNS) does not fit its colour type');
    } else if (type === 'tEXt') {
      if (keywordEnd(body) < 0) return unreadable('a text (tEXt) chunk is malformed');
    } else if (type === 'iCCP') {
      const end = keywordEnd(body);
      if (end < 0 || body[end + 1] !== 0 || !zlibHeader(body.subarray(end + 2))) return unreadable('its colour profile (iCCP) is malformed');
      profile = body.subarray(end + 2);
    } else if (type === 'pHYs' && length !== 9) return unreadable('its pixel size (pHYs) chunk is malformed');
  }
  if (colourType === 3 && paletteSize === 0) return unreadable('it is a palette image without a palette');
  if (data.length === 0) return unreadable('it has no image data');
  const joined = new Uint8Array(data.reduce((n, d) => n + d.length, 0));
  data.reduce((offset, d) => (joined.set(d, offset), offset + d.length), 0);
  if (!zlibHeader(joined)) return unreadable('its image data is not zlib-compressed');
  return { ...header, data: joined, profile };
}

/**
 * Whether these bytes are a PNG or JPEG within the size limits, and its size in pixels: the file's
 * structure (a PNG's chunks and their CRCs; a JPEG's frame header), without decoding the image.
 */
export function checkLogo(bytes: Uint8Array): LogoCheck {
  return inspectLogo(bytes).check;
}

function inspectLogo(bytes: Uint8Array): { check: LogoCheck; png?: PngLayout } {
  if (bytes.length === 0) return { check: { ok: false, error: 'empty' } };
  if (bytes.length > maxLogoBytes) return { check: { ok: false, error: 'too-large' } };
  if (startsWith(bytes, png)) {
    const layout = readPng(bytes);
    if ('ok' in layout) return { check: layout };
    return { check: { ok: true, format: 'PNG', width: layout.width, height: layout.height }, png: layout };
  }
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) {
    const size = jpegSize(bytes);
    if (!size || size.width === 0 || size.height === 0) return { check: unreadable('it has no frame header with its size') };
    return { check: pixelBudget(size.width, size.height) ?? { ok: true, format: 'JPEG', ...size } };
  }
  return { check: { ok: false, error: 'not-an-image' } };
}

/** The Adam7 passes of an interlaced image, or its one pass: rows and bytes per row (each row also has a filter byte). */
function passes({ width, height, bits, interlaced }: PngLayout): { rows: number; rowBytes: number }[] {
  const grid = interlaced
    ? [[0, 0, 8, 8], [4, 0, 8, 8], [0, 4, 4, 8], [2, 0, 4, 4], [0, 2, 2, 4], [1, 0, 2, 2], [0, 1, 1, 2]]
    : [[0, 0, 1, 1]];
  return grid
    .map(([x, y, dx, dy]) => ({ columns: Math.ceil((width - x!) / dx!), rows: Math.ceil((height - y!) / dy!) }))
    .filter((p) => p.columns > 0 && p.rows > 0)
    .map((p) => ({ rows: p.rows, rowBytes: Math.ceil((p.columns * bits) / 8) }));
}

/**
 * Decompresses a zlib stream piece by piece, keeping none of it: each piece goes to `look` (which
 * returns what is wrong, or null). Stops as soon as the stream holds more than `limit` bytes, so a
 * bomb is never decompressed whole. The length of the stream, or what is wrong with it.
 */
async function inflate(data: Uint8Array, limit: number, look?: (piece: Uint8Array, offset: number) => string | null): Promise<number | string> {
  const reader = new Blob([data.slice()]).stream().pipeThrough(new DecompressionStream('deflate')).getReader();
  let length = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return length;
      const problem = length + value.length > limit ? 'it holds more data than its size in pixels needs' : (look?.(value, length) ?? null);
      length += value.length;
      if (problem) {
        reader.cancel().catch(() => undefined);
        return problem;
      }
    }
  } catch {
    return 'its data is damaged and cannot be decompressed';
  }
}

/** The image data of a PNG decompressed (never more than its size needs) and walked row by row: each row's filter exists, and no row is missing. */
async function checkPngData(layout: PngLayout): Promise<string | null> {
  const rows = passes(layout);
  const expected = rows.reduce((n, p) => n + p.rows * (1 + p.rowBytes), 0);
  let pass = 0;
  let rowsLeft = rows[0]?.rows ?? 0;
  let next = 0;
  const length = await inflate(layout.data, expected, (piece, offset) => {
    // Past the last row there is nothing to look at: more data than that is over the limit.
    while (pass < rows.length && next < offset + piece.length) {
      const filter = piece[next - offset] ?? 0;
      if (filter > 4) return `row filter ${filter} does not exist`;
      next += 1 + (rows[pass]?.rowBytes ?? 0);
      if (--rowsLeft === 0) rowsLeft = rows[++pass]?.rows ?? 0;
    }
    return null;
  });
  if (typeof length === 'string') return `image data: ${length}`;
  if (length < expected) return `image data: ${expected - length} bytes are missing`;
  if (layout.profile) {
    const profile = await inflate(layout.profile, maxLogoBytes * 16);
    if (typeof profile === 'string') return `colour profile: ${profile}`;
  }
  return null;
}

/**
 * `checkLogo`, and for a PNG its image data decompressed (as a stream, never beyond the size its
 * header gives) and checked row by row: what the PDF engine needs to draw it. A logo is checked
 * with this when it is picked; damaged data is refused then, not halfway through an export.
 */
export async function verifyLogo(bytes: Uint8Array): Promise<LogoCheck> {
  const { check, png: layout } = inspectLogo(bytes);
  // Without DecompressionStream (an old browser) the structure check is all there is.
  if (!check.ok || !layout || typeof DecompressionStream === 'undefined') return check;
  const problem = await checkPngData(layout);
  return problem ? unreadable(problem) : check;
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
