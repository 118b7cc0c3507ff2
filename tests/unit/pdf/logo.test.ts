import { describe, expect, it } from 'vitest';
import { exportSettingsSchema } from '../../../shared/export/export-settings';
import { checkLogo, fromBase64, maxLogoBytes, toBase64 } from '../../../shared/export/logo';
import { toHandoutOptions, toSettings } from '../../../renderer/src/features/export/export-choices';
import type { ExportChoices } from '../../../renderer/src/features/export/export-choices';
import { logoImage, readLogoFile } from '../../../renderer/src/features/export/export-logo';
import { chineseWorkshop } from '../../mocks/chinese-workshop';
import { logoPng } from './png-encode';

/** A JPEG's first bytes: SOI, a JFIF APP0 segment, then a baseline SOF0 of 300 × 120. */
const jpeg = (): Uint8Array =>
  new Uint8Array([
    0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00,
    0xff, 0xc0, 0x00, 0x11, 0x08, 0x00, 0x78, 0x01, 0x2c, 0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01, 0xff, 0xd9,
  ]);
const file = (bytes: Uint8Array, name: string) => Object.assign(new Blob([new Uint8Array(bytes)]), { name });

describe('the organisation logo', () => {
  it('is a PNG or JPEG by its bytes, with its size in pixels read from the header', () => {
    expect(checkLogo(logoPng())).toEqual({ ok: true, format: 'PNG', width: 160, height: 64 });
    expect(checkLogo(jpeg())).toEqual({ ok: true, format: 'JPEG', width: 300, height: 120 });
  });

  it('refuses anything else: a GIF or SVG renamed .png, a cut-off header, an empty or too large file', () => {
    expect(checkLogo(new TextEncoder().encode('GIF89a……'))).toEqual({ ok: false, error: 'not-an-image' });
    expect(checkLogo(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toEqual({ ok: false, error: 'not-an-image' });
    expect(checkLogo(logoPng().slice(0, 12))).toEqual({ ok: false, error: 'unreadable' });
    expect(checkLogo(jpeg().slice(0, 20))).toEqual({ ok: false, error: 'unreadable' });
    expect(checkLogo(new Uint8Array())).toEqual({ ok: false, error: 'empty' });
    const big = new Uint8Array(maxLogoBytes + 1);
    big.set(logoPng());
    expect(checkLogo(big)).toEqual({ ok: false, error: 'too-large' });
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
