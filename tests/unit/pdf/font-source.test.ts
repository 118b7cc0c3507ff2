import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { cachedFontSource, loadFonts, toVfsString } from '../../../renderer/src/export/pdf/font-source';
import { hostFontSource } from '../../../renderer/src/export/pdf/font-source-host';
import { fontBinary, fontFiles } from '../../mocks/pdf-fonts';

describe('font sources', () => {
  it('take the host’s bytes for a TrueType font and turn them into what jsPDF stores', async () => {
    const read = vi.fn(async (face: 'regular' | 'bold') => new Uint8Array(readFileSync(fontFiles[face])));
    const fonts = await loadFonts(hostFontSource(read));
    expect(read).toHaveBeenCalledTimes(2);
    expect(fonts.regular).toBeInstanceOf(Uint8Array);
    expect(toVfsString(fonts.regular)).toBe(fontBinary('regular'));
    // Converted once per byte array, then cached.
    expect(toVfsString(fonts.regular)).toBe(toVfsString(fonts.regular));
  });

  it('refuse what is not a TrueType font (a TTC collection or CFF OpenType breaks jsPDF silently)', async () => {
    const ttc = new Uint8Array([0x74, 0x74, 0x63, 0x66, 0, 1, 0, 0, 0, 0, 0, 0]);
    const otf = new Uint8Array([0x4f, 0x54, 0x54, 0x4f, 0, 1, 0, 0, 0, 0, 0, 0]);
    await expect(hostFontSource(async () => ttc).load('regular')).rejects.toThrow('not a TrueType');
    await expect(hostFontSource(async () => otf).load('bold')).rejects.toThrow('not a TrueType');
  });

  it('load each face once when cached, and try again after a failure', async () => {
    let calls = 0;
    const source = cachedFontSource({
      load: async (face) => {
        calls += 1;
        if (calls === 1) throw new Error('disk busy');
        return `font ${face}`;
      },
    });
    await expect(source.load('regular')).rejects.toThrow('disk busy');
    expect(await source.load('regular')).toBe('font regular');
    expect(await source.load('regular')).toBe('font regular');
    expect(calls).toBe(2);
  });
});
