import { afterAll, describe, expect, it } from 'vitest';
import { exportWorkshopPdf } from '../../../renderer/src/export/pdf/export-pdf';
import type { Handout, Preset } from '../../../renderer/src/export/pdf/handout';
import { renderHandout } from '../../../renderer/src/export/pdf/render-handout';
import { frame, margins, sizes } from '../../../renderer/src/export/pdf/theme';
import { sampleWorkshops } from '../../../shared/samples';
import { nodeFontSource, nodeFonts } from '../../mocks/pdf-fonts';
import type { PdfWord } from './pdf-tools';
import { pdfPages, pdfWords, qpdfCheck, squash, tempDir, writePdf } from './pdf-tools';

/**
 * Nothing the body draws may reach the footer: every word of pages 2… (pdftotext -bbox) is either
 * inside the content area or one of the footer's own words, on the footer's line.
 */
const tmp = tempDir('gw-bounds-');
afterAll(() => tmp.remove());

/** A glyph's box reaches a little below its baseline; a line set at the very bottom stays within this. */
const slack = 2;

function outOfBounds(file: string): string[] {
  const { heights, words } = pdfWords(file);
  const byPage = new Map<number, PdfWord[]>();
  for (const w of words) if (w.page > 1) byPage.set(w.page, [...(byPage.get(w.page) ?? []), w]);
  return [...byPage.entries()].flatMap(([page, list]) => {
    const height = heights[page - 1] ?? 0;
    const bottom = height - margins.bottom + slack;
    const footerRule = height - frame.footerBaseline - sizes.small - frame.ruleGap + 2;
    const below = list.filter((w) => w.yMax > bottom);
    // The footer: one line under its rule, all its words on the same baseline.
    const footerTop = Math.min(...below.filter((w) => w.yMin >= footerRule).map((w) => w.yMin));
    return below.filter((w) => w.yMin < footerRule || Math.abs(w.yMin - footerTop) > 0.5).map((w) => `page ${page}: "${w.text}" at y ${w.yMin.toFixed(1)}–${w.yMax.toFixed(1)} (content ends at ${(bottom - slack).toFixed(1)})`);
  });
}

const cases = sampleWorkshops.flatMap((sample) => (['handout', 'full'] as const).map((preset) => ({ sample, preset, name: `${sample.file} (${preset})` })));

describe.each(cases)('$name', { timeout: 60_000 }, ({ sample, preset }: { sample: (typeof sampleWorkshops)[number]; preset: Preset }) => {
  it('draws nothing below the content area, on any page', async () => {
    const result = await exportWorkshopPdf(sample.build(), { language: sample.language, preset, paper: 'a4', generatedAt: '2026-01-16T10:00:00.000+08:00' }, nodeFontSource);
    const file = writePdf(tmp.file(`${sample.id}-${preset}.pdf`), result.bytes);
    expect(qpdfCheck(file).status).toBe(0);
    expect(outOfBounds(file)).toEqual([]);
  });
});

function handoutWith(blocks: Handout['sections'][number]['blocks']): Handout {
  return {
    language: 'zh-CN',
    paper: 'a4',
    createdAt: '2026-01-16T10:00:00.000+08:00',
    meta: { title: '版式测试', author: '测试', subject: '版式', keywords: '' },
    cover: { kicker: '工作坊讲义', title: '版式测试', facts: [], participants: [], footnote: '' },
    sections: [{ key: 's', number: '01', title: '分页', blocks }],
  };
}

/** `n` one-line paragraphs: about 30 fill the first page, so 22…30 leave every amount of room at its foot. */
const filler = (n: number) => Array.from({ length: n }, (_, i) => ({ kind: 'paragraph' as const, text: `填充段落 ${i + 1}` }));
const fillings = [22, 23, 24, 25, 26, 27, 28, 29, 30];

describe('page breaks', { timeout: 60_000 }, () => {
  it('moves one-line table rows that reach the foot of a page to the next page, under a repeated header', () => {
    for (const left of fillings) {
      const rows = Array.from({ length: 12 }, (_, i) => [`准则 ${i + 1}`, `${10 + i}%`]);
      const result = renderHandout(handoutWith([...filler(left), { kind: 'table', columns: [{ header: '准则' }, { header: '权重', align: 'right' }], rows }]), nodeFonts());
      const file = writePdf(tmp.file(`rows-${left}.pdf`), result.bytes);
      expect(qpdfCheck(file).status).toBe(0);
      expect(outOfBounds(file), `${left} paragraphs before`).toEqual([]);
      const text = squash(pdfPages(file).slice(2).join(''));
      for (let i = 1; i <= 12; i++) expect(text, `${left} paragraphs before: row ${i}`).toContain(squash(`准则 ${i}${10 + i - 1}%`));
    }
  });

  it('keeps a heading with its table’s header and first two rows', () => {
    for (const left of fillings) {
      const result = renderHandout(
        handoutWith([
          ...filler(left),
          { kind: 'heading', text: '评估标准与权重', level: 3 },
          { kind: 'table', columns: [{ header: '准则' }, { header: '权重', align: 'right' }], rows: [['第一行\n说明', '25%'], ['第二行\n说明', '15%'], ['第三行\n说明', '10%']] },
        ]),
        nodeFonts(),
      );
      const file = writePdf(tmp.file(`keep-${left}.pdf`), result.bytes);
      const pages = pdfPages(file).map(squash);
      const headingPage = pages.findIndex((p) => p.includes('评估标准与权重'));
      expect(pages[headingPage], `${left} paragraphs before`).toMatch(/评估标准与权重准则权重第一行说明25%第二行说明15%/);
    }
  });
});
