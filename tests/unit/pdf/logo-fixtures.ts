/**
 * PNG files built chunk by chunk, good and broken, for the logo checks: what a facilitator might
 * pick (a cut-off download, a file whose image data is damaged, a decompression bomb).
 */
import { deflateSync } from 'node:zlib';
import { chunk } from './png-encode';

const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export interface Header {
  width: number;
  height: number;
  depth?: number;
  colorType?: number;
  interlace?: number;
}

export function ihdr({ width, height, depth = 8, colorType = 2, interlace = 0 }: Header): Buffer {
  const body = Buffer.alloc(13);
  body.writeUInt32BE(width, 0);
  body.writeUInt32BE(height, 4);
  body[8] = depth;
  body[9] = colorType;
  body[12] = interlace;
  return chunk('IHDR', body);
}

const channels: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

/**
 * The filtered scanlines of a plain image, as a PNG stores them: each row its filter byte (the five
 * filters in turn) and then bytes of 0xAB, which no filter byte is, so a row read from the wrong
 * place is caught (a palette image's bytes are 0x01: palette entries 0 and 1). `passes` of an
 * interlaced image, or its one pass.
 */
function rowsOf(passes: { rows: number; rowBytes: number }[], fill: number): Buffer {
  const out = Buffer.alloc(passes.reduce((n, p) => n + p.rows * (1 + p.rowBytes), 0), fill);
  let at = 0;
  for (const { rows, rowBytes } of passes) {
    for (let y = 0; y < rows; y++, at += 1 + rowBytes) out[at] = y % 5;
  }
  return out;
}

const fillOf = ({ colorType = 2 }: Header) => (colorType === 3 ? 0x01 : 0xab);
const rowBytes = (width: number, { depth = 8, colorType = 2 }: Header) => Math.ceil((width * depth * (channels[colorType] ?? 3)) / 8);

export function blankRows(header: Header): Buffer {
  return rowsOf([{ rows: header.height, rowBytes: rowBytes(header.width, header) }], fillOf(header));
}

export const pngOf = (...chunks: Buffer[]): Uint8Array => new Uint8Array(Buffer.concat([signature, ...chunks]));

/** A complete PNG of plain rows; `rows` replaces its (uncompressed) image data, `extra` chunks go before the IDAT. */
export function blankPng(header: Header, { rows, extra = [] }: { rows?: Buffer; extra?: Buffer[] } = {}): Uint8Array {
  const palette = header.colorType === 3 ? [chunk('PLTE', Buffer.from([0, 0, 0, 255, 255, 255]))] : [];
  return pngOf(ihdr(header), ...palette, ...extra, chunk('IDAT', deflateSync(rows ?? blankRows(header))), chunk('IEND'));
}

const small: Header = { width: 20, height: 10 };

/** PNGs whose header reads fine but that no decoder can draw; each is refused as unreadable. */
export const brokenPngs: Record<string, () => Uint8Array> = {
  // The reviewer's trunc.png: a download cut off inside the first IDAT chunk.
  'cut off inside its image data': () => blankPng(small).slice(0, 40),
  'cut off after its image data (no IEND)': () => pngOf(ihdr(small), chunk('IDAT', deflateSync(blankRows(small)))),
  // The reviewer's garbage-idat.png: image data that is not zlib at all, with a correct CRC.
  'image data that is not zlib': () => pngOf(ihdr(small), chunk('IDAT', Buffer.from('notzlib'.repeat(10))), chunk('IEND')),
  'image data damaged after a valid zlib header': () => {
    const data = deflateSync(blankRows(small));
    data.fill(0xff, 2, 8);
    return pngOf(ihdr(small), chunk('IDAT', data), chunk('IEND'));
  },
  'image data cut short (zlib stream never ends)': () => pngOf(ihdr(small), chunk('IDAT', deflateSync(blankRows(small)).subarray(0, 6)), chunk('IEND')),
  'less image data than its size needs': () => blankPng(small, { rows: blankRows(small).subarray(0, 100) }),
  'more image data than its size needs': () => blankPng(small, { rows: Buffer.alloc(blankRows(small).length * 50) }),
  'a row filter that does not exist': () => {
    const rows = blankRows(small);
    rows[61 * 3] = 9;
    return blankPng(small, { rows });
  },
  'interlaced in its header, not in its data': () => blankPng({ ...small, interlace: 1 }, { rows: blankRows(small) }),
  'a damaged chunk (CRC mismatch)': () => pngOf(ihdr(small), chunk('IDAT', deflateSync(blankRows(small)), true), chunk('IEND')),
  'no IHDR first': () => pngOf(chunk('IDAT', deflateSync(blankRows(small))), ihdr(small), chunk('IEND')),
  'no image data': () => pngOf(ihdr(small), chunk('IEND')),
  'an impossible colour type': () => blankPng({ ...small, colorType: 5 }),
  'an impossible bit depth': () => blankPng({ ...small, depth: 7 }),
  'a palette image without a palette': () => pngOf(ihdr({ ...small, colorType: 3 }), chunk('IDAT', deflateSync(blankRows({ ...small, colorType: 3 }))), chunk('IEND')),
  'transparency on an image with an alpha channel': () => blankPng({ ...small, colorType: 6 }, { extra: [chunk('tRNS', Buffer.from([0, 0]))] }),
  'an interlaced image of 1 bit per pixel (the PDF engine cannot draw it)': () => blankPng({ ...small, depth: 1, colorType: 0, interlace: 1 }, { rows: interlacedRows({ ...small, depth: 1, colorType: 0 }) }),
  'a colour profile that does not decompress': () => blankPng(small, { extra: [chunk('iCCP', Buffer.concat([Buffer.from('icc\0\0', 'latin1'), Buffer.from('notzlib')]))] }),
  'a text chunk without a keyword end': () => blankPng(small, { extra: [chunk('tEXt', Buffer.from('Comment', 'latin1'))] }),
  'a physical size chunk of the wrong length': () => blankPng(small, { extra: [chunk('pHYs', Buffer.alloc(5))] }),
};

/** The image data of an interlaced (Adam7) image: seven passes, each a smaller image of its own. */
export function interlacedRows(header: Header): Buffer {
  const passes = [
    [0, 0, 8, 8],
    [4, 0, 8, 8],
    [0, 4, 4, 8],
    [2, 0, 4, 4],
    [0, 2, 2, 4],
    [1, 0, 2, 2],
    [0, 1, 1, 2],
  ] as const;
  return rowsOf(
    passes
      .map(([x0, y0, dx, dy]) => ({ columns: Math.ceil((header.width - x0) / dx), rows: Math.ceil((header.height - y0) / dy) }))
      .filter((p) => p.columns > 0 && p.rows > 0)
      .map((p) => ({ rows: p.rows, rowBytes: rowBytes(p.columns, header) })),
    fillOf(header),
  );
}

/** PNGs a decoder draws: the kinds a logo comes as (grey, palette with transparency, 16-bit RGBA, interlaced). */
export const goodPngs: Record<string, () => Uint8Array> = {
  'RGB, 8 bits': () => blankPng(small),
  '1-bit grey': () => blankPng({ ...small, depth: 1, colorType: 0 }),
  'palette with transparency': () =>
    pngOf(
      ihdr({ ...small, colorType: 3, depth: 4 }),
      chunk('PLTE', Buffer.from([0, 0, 0, 255, 255, 255])),
      chunk('tRNS', Buffer.from([0])),
      chunk('IDAT', deflateSync(blankRows({ ...small, colorType: 3, depth: 4 }))),
      chunk('IEND'),
    ),
  'RGBA, 16 bits, with text and a physical size': () =>
    blankPng({ ...small, depth: 16, colorType: 6 }, { extra: [chunk('tEXt', Buffer.from('Software\0Groundwork', 'latin1')), chunk('pHYs', Buffer.alloc(9))] }),
  'interlaced RGB, 8 bits, image data in two IDAT chunks': () => {
    const data = deflateSync(interlacedRows({ width: 13, height: 11, interlace: 1 }));
    return pngOf(ihdr({ width: 13, height: 11, interlace: 1 }), chunk('IDAT', data.subarray(0, 5)), chunk('IDAT', data.subarray(5)), chunk('IEND'));
  },
  'with a colour profile': () => blankPng(small, { extra: [chunk('iCCP', Buffer.concat([Buffer.from('sRGB\0\0', 'latin1'), deflateSync(Buffer.alloc(300))]))] }),
};

/**
 * A decompression bomb: a plain grey image of `width` × `height` pixels, a few KB on disk but
 * `width` × `height` bytes once decoded (the reviewer's bomb17k.png is 17500 × 17500 RGB, 893 KB).
 */
export function bombPng(width: number, height: number): Uint8Array {
  const header = { width, height, depth: 8, colorType: 0 };
  return blankPng(header);
}

/** A JPEG's first bytes: SOI, a JFIF APP0 segment, then a baseline SOF0 of `width` × `height`. */
export function jpegOf(width: number, height: number): Uint8Array {
  return new Uint8Array([
    0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00,
    0xff, 0xc0, 0x00, 0x11, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01, 0xff, 0xd9,
  ]);
}
