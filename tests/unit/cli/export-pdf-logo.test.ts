import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../../cli/command';
import { main } from '../../../cli/main';
import { serializeWorkshop } from '../../../shared/model/codec';
import { chineseWorkshop } from '../../mocks/chinese-workshop';
import { useTempDirs } from '../../mocks/temp-dir';
import { bombPng, brokenPngs, ihdr, pngOf } from '../pdf/logo-fixtures';
import { chunk } from '../pdf/png-encode';

/**
 * `groundwork export-pdf --logo <file>`: a logo that cannot be drawn (cut off, damaged) or that
 * would take minutes and gigabytes to decode (a decompression bomb) is refused up front, with a
 * message naming --logo and the file, and no PDF is written.
 */
const tempDir = useTempDirs('groundwork-cli-logo-');

function buffered(): CliIo & { outLines: string[]; errLines: string[] } {
  const outLines: string[] = [];
  const errLines: string[] = [];
  return { outLines, errLines, out: (l) => void outLines.push(l), err: (l) => void errLines.push(l) };
}

async function exportWithLogo(logoBytes: Uint8Array) {
  const dir = await tempDir();
  const file = path.join(dir, 'w.groundwork');
  await fsp.writeFile(file, serializeWorkshop(chineseWorkshop()));
  const logo = path.join(dir, 'logo.png');
  await fsp.writeFile(logo, logoBytes);
  const io = buffered();
  const started = performance.now();
  const status = await main(['export-pdf', file, '--out', path.join(dir, 'out.pdf'), '--logo', logo], io);
  return { status, logo, seconds: (performance.now() - started) / 1000, err: io.errLines, out: io.outLines, files: (await fsp.readdir(dir)).sort() };
}

describe('groundwork export-pdf --logo', { timeout: 60_000 }, () => {
  it('refuses a decompression bomb by its size in pixels, at once', async () => {
    // 5000 × 5000 grey: 30 KB on disk, 25 MB decoded (the reviewer's 17500 × 17500 took 56 s and 3.2 GB).
    const result = await exportWithLogo(bombPng(5000, 5000));
    expect(result.status).toBe(1);
    expect(result.err).toEqual([`groundwork export-pdf: --logo ${result.logo}: too many pixels (5000 × 5000 pixels; at most 4096 on a side and 16 megapixels)`]);
    expect(result.seconds).toBeLessThan(5);
    expect(result.files).toEqual(['logo.png', 'w.groundwork']);
  });

  it('refuses the reviewer’s broken logos with a clear message instead of the PDF engine’s error', async () => {
    const logos: Record<string, Uint8Array> = {
      // trunc.png: cut off inside its IDAT chunk ("Offset is outside the bounds of the DataView").
      'trunc.png': brokenPngs['cut off inside its image data']!(),
      // garbage-idat.png: image data that is not zlib ("Error while decompressing the data: -3").
      'garbage-idat.png': brokenPngs['image data that is not zlib']!(),
      // huge-dims.png: 60000 × 60000 in 74 bytes ("Invalid typed array length: 10800000000").
      'huge-dims.png': pngOf(ihdr({ width: 60000, height: 60000 }), chunk('IDAT', deflateSync(Buffer.alloc(1))), chunk('IEND')),
      'damaged-deflate.png': brokenPngs['image data damaged after a valid zlib header']!(),
      'short.png': brokenPngs['less image data than its size needs']!(),
      'filter.png': brokenPngs['a row filter that does not exist']!(),
    };
    for (const [name, bytes] of Object.entries(logos)) {
      const result = await exportWithLogo(bytes);
      expect(result.status, name).toBe(1);
      expect(result.err, name).toHaveLength(1);
      const expected = name === 'huge-dims.png' ? 'too many pixels (60000 × 60000 pixels' : 'an image that cannot be read (';
      expect(result.err[0], name).toContain(`groundwork export-pdf: --logo ${result.logo}: ${expected}`);
      expect(result.err[0], name).not.toMatch(/DataView|decompressing the data|typed array|Unsupported filter/);
      expect(result.files, name).toEqual(['logo.png', 'w.groundwork']);
    }
  });
});
