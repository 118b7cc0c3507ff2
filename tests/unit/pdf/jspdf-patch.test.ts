import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { jsPDF } from 'jspdf';
import { afterAll, describe, expect, it } from 'vitest';
import { fontBinary } from '../../mocks/pdf-fonts';
import { embeddedFonts, pdfText, qpdfCheck, squash, tempDir, ttfTables, writePdf } from './pdf-tools';

/**
 * patches/jspdf+4.2.1.patch (applied by `postinstall: patch-package`) fixes jsPDF's TrueType subsetter:
 * 1. `GlyfTable.prototype.encode` grew the glyph table with `table = table.concat(...)` per glyph —
 *    quadratic (3,000 CJK glyphs: ~14 s here; 6,000: ~40 s and 1.3 GB). It now appends in place, and
 *    so does `Directory.prototype.encode`, which copied the whole font once per table.
 * 2. The subset kept the whole font's cmap, hmtx and post (glyph names) tables: ~190 KB compressed
 *    per CJK face. It now keeps the used characters and metrics, and writes post format 3.
 * These tests fail when the patch is not applied (e.g. `npm ci --ignore-scripts`).
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const dist = path.join(root, 'node_modules/jspdf/dist');
const distFiles = readdirSync(dist).filter((f) => /^jspdf\..*\.js$/.test(f));

describe('the jsPDF patch', () => {
  it('is applied on install', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.postinstall).toBe('patch-package');
    expect(readdirSync(path.join(root, 'patches'))).toContain('jspdf+4.2.1.patch');
  });

  it('covers the builds node and the browser bundle load', () => {
    const require = createRequire(import.meta.url);
    const pkg = JSON.parse(readFileSync(path.join(dist, '../package.json'), 'utf8')) as { exports: { '.': { browser: string } } };
    expect(distFiles).toContain(path.basename(require.resolve('jspdf')));
    expect(distFiles).toContain(path.basename(pkg.exports['.'].browser));
    expect(distFiles.length).toBe(6);
  });

  it.each(distFiles)('%s grows the glyph table in place and subsets the per-glyph tables', (file) => {
    const source = readFileSync(path.join(dist, file), 'utf8');
    // `table = table.concat(glyph.encode(old2new))`, minified `a=a.concat(n.encode(r))`.
    expect(source).not.toMatch(/\b(\w+)\s*=\s*\1\.concat\(\s*\w+\.encode\(/);
    // `tableData = tableData.concat(table)`, minified `d=d.concat(h)`.
    expect(source).not.toMatch(/\b([\w$]+)\s*=\s*\1\.concat\(\s*[\w$]+\s*\)/);
    expect(source).not.toMatch(/\b(cmap|hmtx|post)\s*:\s*this\.font\.\1\.raw\(\)/);
  });

  describe('with 3,000 distinct Chinese characters from the real font', () => {
    const tmp = tempDir('gw-glyphs-');
    afterAll(() => tmp.remove());

    it('builds the PDF in seconds, and qpdf, poppler and the subset agree', () => {
      const start = performance.now();
      const doc = new jsPDF({ unit: 'pt', format: 'a4', compress: true });
      doc.addFileToVFS('LXGWWenKai-Regular.ttf', fontBinary('regular'));
      doc.addFont('LXGWWenKai-Regular.ttf', 'WenKai', 'normal');
      doc.setFont('WenKai', 'normal');
      const codeMap = (doc.getFont().metadata as { cmap: { unicode: { codeMap: Record<number, number> } } }).cmap.unicode.codeMap;
      const chars: string[] = [];
      for (let cp = 0x4e00; chars.length < 3000; cp++) if ((codeMap[cp] ?? 0) > 0) chars.push(String.fromCharCode(cp));
      doc.setFontSize(11);
      const perLine = 36;
      const perPage = perLine * 46;
      for (let at = 0; at < chars.length; at += perLine) {
        if (at > 0 && at % perPage === 0) doc.addPage();
        doc.text(chars.slice(at, at + perLine).join(''), 40, 50 + ((at % perPage) / perLine) * 16);
      }
      const file = writePdf(tmp.file('glyphs.pdf'), new Uint8Array(doc.output('arraybuffer')));
      const elapsed = performance.now() - start;

      // Unpatched: ~14 s on this machine. Patched: ~1 s. The margin absorbs slow CI runners.
      expect(elapsed).toBeLessThan(6000);
      expect(qpdfCheck(file).status).toBe(0);
      expect(squash(pdfText(file))).toBe(chars.join(''));

      const [font] = embeddedFonts(file);
      expect(font).toBeDefined();
      const tables = ttfTables(font ?? Buffer.alloc(0));
      expect(tables.get('post')?.readUInt32BE(0)).toBe(0x00030000);
      expect(tables.get('post')?.length).toBe(32);
      // A format 4 cmap of the used characters only: far below the font's own (~60 KB).
      expect(tables.get('cmap')?.readUInt16BE(12)).toBe(4);
      expect(tables.get('cmap')?.length ?? Infinity).toBeLessThan(8 * 3000 + 64);
      // The font program holds the used glyphs: ~1.2 MB for 3,000 WenKai glyphs, not the 15.7 MB font.
      expect(font?.length ?? Infinity).toBeLessThan(2_000_000);
    });
  });
});
