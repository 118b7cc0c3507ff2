import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { exportWorkshopPdf } from '../../../renderer/src/export/pdf/export-pdf';
import type { Preset } from '../../../renderer/src/export/pdf/handout';
import { chineseMethodWorkshop, mermaidSources } from '../../mocks/chinese-method-workshop';
import { nodeFontSource } from '../../mocks/pdf-fonts';
import { renderPages, tempDir, writePdf } from './pdf-tools';
import { compareRasters, decodePng } from './png';
import { diagramPng, logoPng } from './png-encode';

/**
 * Regression check of the look: one small gray render per preset, kept in tests/fixtures/pdf/,
 * compared loosely (page count, and pixels mostly alike), so a layout change that moves or drops
 * things fails while anti-aliasing noise does not. After an intended change, look at the new
 * renders and refresh them with: UPDATE_PDF_REFERENCES=1 npx vitest run tests/unit/pdf/visual.test.ts
 */
const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/pdf');
const update = process.env.UPDATE_PDF_REFERENCES === '1';
const tmp = tempDir('gw-visual-');
afterAll(() => tmp.remove());

/**
 * The pages kept: the summary (key outcomes, agenda, the logo in the header), the matrix result
 * (ranking, the weighted totals as vector bars), and the risk register's heat map in the full record.
 */
const references: { preset: Preset; page: number }[] = [
  { preset: 'handout', page: 3 },
  { preset: 'handout', page: 8 },
  { preset: 'full', page: 18 },
];

interface Expected {
  pages: number;
}

describe.each(references)('the $preset preset, page $page', { timeout: 60_000 }, ({ preset, page }) => {
  it(`renders page ${page} like the reference, with the same page count`, async () => {
    const result = await exportWorkshopPdf(
      chineseMethodWorkshop(),
      {
        language: 'zh-CN',
        preset,
        paper: 'a4',
        organisation: '华东客服中心',
        marking: '内部资料 · Internal',
        generatedAt: '2026-01-16T10:00:00.000+08:00',
        logo: { bytes: logoPng(), format: 'PNG', width: 160, height: 64 },
        diagrams: [{ source: mermaidSources.flow, image: { bytes: diagramPng(), format: 'PNG', width: 480, height: 120 } }],
      },
      nodeFontSource,
    );
    const pdf = writePdf(tmp.file(`${preset}.pdf`), result.bytes);
    const [png] = renderPages(pdf, tmp.file(preset), page, page, { dpi: 40, gray: true });
    const reference = path.join(fixtures, `${preset}-page-${page}.png`);
    const expectedFile = path.join(fixtures, `${preset}.json`);
    if (update || !existsSync(reference)) {
      mkdirSync(fixtures, { recursive: true });
      copyFileSync(png ?? '', reference);
      writeFileSync(expectedFile, `${JSON.stringify({ pages: result.pageCount } satisfies Expected, null, 2)}\n`);
      if (!update) throw new Error(`no reference for ${preset}: wrote ${reference}; look at it, then run again`);
      return;
    }
    const expected = JSON.parse(readFileSync(expectedFile, 'utf8')) as Expected;
    expect(result.pageCount).toBe(expected.pages);
    const diff = compareRasters(decodePng(readFileSync(png ?? '')), decodePng(readFileSync(reference)));
    expect(diff.meanDifference).toBeLessThan(0.015);
    expect(diff.changedShare).toBeLessThan(0.02);
  });
});
