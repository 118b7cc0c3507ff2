import { crc32, deflateSync } from 'node:zlib';

/** One chunk: length, type, body and its CRC (a wrong one when `badCrc`). */
export function chunk(type: string, body: Uint8Array = new Uint8Array(), badCrc = false): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE((crc32(Buffer.concat([head.subarray(4), body])) ^ (badCrc ? 1 : 0)) >>> 0, 0);
  return Buffer.concat([head, body, crc]);
}

/**
 * A small RGB PNG drawn by a function of the pixel: stand-ins for a logo and for a diagram drawn
 * by Mermaid (which needs a browser) in the Node tests.
 */
export function encodePng(width: number, height: number, pixel: (x: number, y: number) => [number, number, number]): Uint8Array {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) raw.set(pixel(x, y), y * (width * 3 + 1) + 1 + x * 3);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Uint8Array(Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]));
}

/** A logo-like mark: a blue square with a white diagonal band, on white. */
export const logoPng = (): Uint8Array =>
  encodePng(160, 64, (x, y) => (x < 64 ? (Math.abs(x - y) < 10 ? [255, 255, 255] : [11, 92, 173]) : y > 24 && y < 40 ? [224, 123, 57] : [255, 255, 255]));

/** A diagram-like picture: three boxes joined by a line, on white. */
export const diagramPng = (width = 480, height = 120): Uint8Array =>
  encodePng(width, height, (x, y) => {
    const box = [40, 200, 360].some((left) => x >= left && x < left + 90 && y >= 35 && y < 85);
    const edge = (x === 40 || x === 129 || x === 200 || x === 289 || x === 360 || x === 449) && y >= 35 && y < 85;
    if (edge) return [40, 60, 90];
    if (box) return [230, 239, 248];
    return y === 60 && x > 40 && x < 450 ? [40, 60, 90] : [255, 255, 255];
  });
