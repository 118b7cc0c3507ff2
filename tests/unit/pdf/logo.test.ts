import { deflateSync } from 'node:zlib';
import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { exportSettingsSchema } from '../../../shared/export/export-settings';
import { checkLogo, fromBase64, maxLogoBytes, maxLogoPixels, maxLogoSide, toBase64, verifyLogo } from '../../../shared/export/logo';
import { toHandoutOptions, toSettings } from '../../../renderer/src/features/export/export-choices';
import type { ExportChoices } from '../../../renderer/src/features/export/export-choices';
import { logoImage, readLogoFile } from '../../../renderer/src/features/export/export-logo';
import { chineseWorkshop } from '../../mocks/chinese-workshop';
import { bombPng, brokenPngs, goodPngs, ihdr, jpegOf, pngOf } from './logo-fixtures';
import { chunk } from './png-encode';
import { logoPng } from './png-encode';

/** A well-formed PNG claiming any size in pixels, with a few bytes of image data: its header alone must refuse it. */
const bombHeader = (width: number, height: number): Uint8Array => pngOf(ihdr({ width, height, colorType: 0 }), chunk('IDAT', deflateSync(Buffer.alloc(16))), chunk('IEND'));

/** A JPEG's first bytes: SOI, a JFIF APP0 segment, then a baseline SOF0 of 300 × 120. */
const jpeg = (): Uint8Array => jpegOf(300, 120);
const file = (bytes: Uint8Array, name: string) => Object.assign(new Blob([new Uint8Array(bytes)]), { name });

describe('the organisation logo', () => {
  it('is a PNG or JPEG by its bytes, with its size in pixels read from the header', () => {
    expect(checkLogo(logoPng())).toEqual({ ok: true, format: 'PNG', width: 160, height: 64 });
    expect(checkLogo(jpeg())).toEqual({ ok: true, format: 'JPEG', width: 300, height: 120 });
  });

  it('refuses anything else: a GIF or SVG renamed .png, a cut-off header, an empty or too large file', () => {
    expect(checkLogo(new TextEncoder().encode('GIF89a……'))).toEqual({ ok: false, error: 'not-an-image' });
    expect(checkLogo(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toEqual({ ok: false, error: 'not-an-image' });
    expect(checkLogo(logoPng().slice(0, 12))).toMatchObject({ ok: false, error: 'unreadable' });
    expect(checkLogo(jpeg().slice(0, 20))).toMatchObject({ ok: false, error: 'unreadable' });
    expect(checkLogo(new Uint8Array())).toEqual({ ok: false, error: 'empty' });
    const big = new Uint8Array(maxLogoBytes + 1);
    big.set(logoPng());
    expect(checkLogo(big)).toEqual({ ok: false, error: 'too-large' });
  });

  it('refuses an image of too many pixels by its header, before any of it is decoded', () => {
    expect([maxLogoSide, maxLogoPixels]).toEqual([4096, 16_000_000]);
    // The reviewer's bombs: 17500 × 17500 (893 KB; 56 s and 3.2 GB to export) and 12000 × 12000.
    for (const [width, height] of [[17500, 17500], [12000, 12000], [60000, 60000], [4097, 1], [1, 4097], [4000, 4001]] as const) {
      expect(checkLogo(bombHeader(width, height)), `PNG ${width} × ${height}`).toEqual({ ok: false, error: 'too-many-pixels', detail: `${width} × ${height} pixels` });
      expect(checkLogo(jpegOf(width, height)), `JPEG ${width} × ${height}`).toMatchObject({ ok: false, error: 'too-many-pixels' });
    }
    expect(checkLogo(bombHeader(4096, 3906))).toMatchObject({ ok: true, width: 4096, height: 3906 });
    expect(checkLogo(jpegOf(4096, 3906))).toMatchObject({ ok: true, width: 4096, height: 3906 });
  });

  it('checks the whole file and decompresses the image data (bounded) before it is accepted', async () => {
    const started = performance.now();
    expect(await verifyLogo(bombHeader(17500, 17500))).toMatchObject({ ok: false, error: 'too-many-pixels' });
    expect(performance.now() - started).toBeLessThan(2000);
    for (const [name, make] of Object.entries(brokenPngs)) {
      expect(await verifyLogo(make()), name).toMatchObject({ ok: false, error: 'unreadable', detail: expect.any(String) });
    }
    // The largest image within the budget is decoded, not refused.
    expect(await verifyLogo(bombPng(4096, 3906))).toEqual({ ok: true, format: 'PNG', width: 4096, height: 3906 });
  });

  it('accepts the kinds of PNG a logo comes as, and the PDF engine draws each of them', async () => {
    for (const [name, make] of Object.entries(goodPngs)) {
      const bytes = make();
      expect(await verifyLogo(bytes), name).toMatchObject({ ok: true, format: 'PNG' });
      expect(() => new jsPDF().addImage(bytes, 'PNG', 0, 0, 10, 10), name).not.toThrow();
    }
    expect(await verifyLogo(logoPng())).toEqual({ ok: true, format: 'PNG', width: 160, height: 64 });
    expect(await verifyLogo(jpeg())).toEqual({ ok: true, format: 'JPEG', width: 300, height: 120 });
  });

  it('is refused in the dialog with the reason the facilitator can act on', async () => {
    expect(await readLogoFile(file(bombHeader(17500, 17500), 'bomb.png'))).toEqual({ ok: false, error: 'too-many-pixels' });
    for (const [name, make] of Object.entries(brokenPngs)) expect(await readLogoFile(file(make(), 'broken.png')), name).toEqual({ ok: false, error: 'unreadable' });
  });

  it('is read from the chosen file and kept as base64 within the settings schema', async () => {
    const read = await readLogoFile(file(logoPng(), 'logo.png'));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(fromBase64(read.logo.base64)).toEqual(logoPng());
    expect(await readLogoFile(file(new TextEncoder().encode('not an image'), 'logo.png'))).toEqual({ ok: false, error: 'not-an-image' });
    expect(await readLogoFile(file(new Uint8Array(maxLogoBytes + 10), 'huge.jpg'))).toEqual({ ok: false, error: 'too-large' });

    const choices: ExportChoices = { preset: 'handout', language: 'zh-CN', paper: 'a4', organisation: '', marking: '', excludedSections: [], logo: read.logo };
    const settings = toSettings(choices);
    expect(exportSettingsSchema.parse(settings).logo).toEqual(read.logo);
    expect(toHandoutOptions(chineseWorkshop(), choices).logo).toEqual({ bytes: logoPng(), format: 'PNG', width: 160, height: 64 });
  });

  it('is left out of the PDF when the remembered copy no longer checks out', () => {
    expect(logoImage({ name: 'x.png', base64: toBase64(new TextEncoder().encode('garbage')) })).toBeNull();
    expect(logoImage({ name: 'x.png', base64: '***' })).toBeNull();
    // Remembered before the pixel budget and the structure checks: left out rather than decoded or thrown on.
    expect(logoImage({ name: 'bomb.png', base64: toBase64(bombHeader(17500, 17500)) })).toBeNull();
    expect(logoImage({ name: 'cut.png', base64: toBase64(brokenPngs['cut off inside its image data']!()) })).toBeNull();
    expect(logoImage(undefined)).toBeNull();
  });

  it('round-trips any bytes through base64 like the platform does', () => {
    for (const length of [0, 1, 2, 3, 4, 5, 255]) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 37 + 11) % 256);
      expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
      expect(fromBase64(toBase64(bytes))).toEqual(bytes);
    }
  });
});
