#!/usr/bin/env node
/**
 * Draws the app icon, build/icon.png (512 × 512 RGBA), with no dependency: a rounded tile with
 * three stacked foundation blocks under a point of light — an idea landing on solid ground.
 * electron-builder derives the Windows .ico, the macOS .icns and the Linux sizes from it.
 *
 *   node scripts/make-icon.mjs [output.png]
 *
 * The output is deterministic; the PNG is committed, so run this only to change the design.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const size = 512;
const samples = 4; // per axis, for anti-aliased edges

const hex = (value) => [1, 3, 5].map((i) => parseInt(value.slice(i, i + 2), 16));
const mix = (a, b, t) => a.map((v, i) => v + (b[i] - v) * t);

/** Inside a rounded rectangle? */
function inRoundedRect(x, y, { x0, y0, x1, y1, r }) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

const tile = { x0: 32, y0: 32, x1: 480, y1: 480, r: 100 };
const top = hex('#1f5666');
const bottom = hex('#102c38');
const blocks = [
  { x0: 104, y0: 336, x1: 408, y1: 388, r: 12, color: hex('#f0a830') },
  { x0: 152, y0: 272, x1: 360, y1: 324, r: 12, color: hex('#f5c156') },
  { x0: 200, y0: 208, x1: 312, y1: 260, r: 12, color: hex('#f9d98a') },
];
const light = { cx: 256, cy: 140, r: 30, color: hex('#fff6dc') };

/** The colour (RGBA, 0–255 floats) at one sample point. */
function sample(x, y) {
  if (!inRoundedRect(x, y, tile)) return [0, 0, 0, 0];
  for (const block of blocks) if (inRoundedRect(x, y, block)) return [...block.color, 255];
  if ((x - light.cx) ** 2 + (y - light.cy) ** 2 <= light.r ** 2) return [...light.color, 255];
  return [...mix(top, bottom, (y - tile.y0) / (tile.y1 - tile.y0)), 255];
}

function render() {
  // One filter byte (0: none) before each row of RGBA pixels.
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let py = 0; py < size; py += 1) {
    const row = py * (size * 4 + 1);
    raw[row] = 0;
    for (let px = 0; px < size; px += 1) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          const [cr, cg, cb, ca] = sample(px + (sx + 0.5) / samples, py + (sy + 0.5) / samples);
          // Premultiplied, so transparent samples do not darken the edges.
          r += (cr * ca) / 255;
          g += (cg * ca) / 255;
          b += (cb * ca) / 255;
          a += ca;
        }
      }
      const n = samples * samples;
      const alpha = a / n;
      const at = row + 1 + px * 4;
      const un = (value) => (alpha === 0 ? 0 : Math.round(Math.min(255, ((value / n) * 255) / alpha)));
      raw[at] = un(r);
      raw[at + 1] = un(g);
      raw[at + 2] = un(b);
      raw[at + 3] = Math.round(alpha);
    }
  }
  return raw;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function iconPng() {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  header[10] = 0; // compression
  header[11] = 0; // filter
  header[12] = 0; // no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(render(), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const output = resolve(process.argv[2] ?? resolve(repoRoot, 'build', 'icon.png'));
mkdirSync(dirname(output), { recursive: true });
writeFileSync(output, iconPng());
console.log(`wrote ${output}`);
