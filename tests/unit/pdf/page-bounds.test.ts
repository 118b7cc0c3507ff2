import { afterAll, describe, expect, it } from 'vitest';
import { exportWorkshopPdf } from '../../../renderer/src/export/pdf/export-pdf';
import type { Handout, Preset } from '../../../renderer/src/export/pdf/handout';
import { renderHandout } from '../../../renderer/src/export/pdf/render-handout';
import { margins, paperSizes } from '../../../renderer/src/export/pdf/theme';
import { sampleWorkshops } from '../../../shared/samples';
import { nodeFontSource, nodeFonts } from '../../mocks/pdf-fonts';
import { layoutHandout } from './layout-handout';
import { outOfBounds, outsideMargins } from './page-checks';
import { contentUse, pdfImagePages, pdfOutline, pdfPages, qpdfCheck, squash, tempDir, writePdf } from './pdf-tools';

/**
 * Nothing the body draws may reach the footer: every word of pages 2… (pdftotext -bbox) is either
 * inside the content area or one of the footer's own words, on the footer's line. No word of any
 * page reaches into the side margins.
 */
const tmp = tempDir('gw-bounds-');
afterAll(() => tmp.remove());

/** The least share of its content area a page must fill, but the last (a figure's page aside). */
const leastUse = 0.15;

/** Pages (from `first`) other than the document's last whose words fill less than `leastUse` of the content area. */
function nearlyEmpty(file: string, first = 2): string[] {
  const pictures = new Set(pdfImagePages(file));
  const use = contentUse(file, margins);
  const last = Math.max(...use.keys());
  return [...use].filter(([page, share]) => page >= first && page < last && !pictures.has(page) && share < leastUse).map(([page, share]) => `page ${page}: ${Math.round(share * 100)} % used`);
}

const cases = sampleWorkshops.flatMap((sample) => (['handout', 'full'] as const).map((preset) => ({ sample, preset, name: `${sample.file} (${preset})` })));

describe.each(cases)('$name', { timeout: 60_000 }, ({ sample, preset }: { sample: (typeof sampleWorkshops)[number]; preset: Preset }) => {
  it('draws nothing below the content area, on any page', async () => {
    const result = await exportWorkshopPdf(sample.build(), { language: sample.language, preset, paper: 'a4', generatedAt: '2026-01-16T10:00:00.000+08:00' }, nodeFontSource);
    const file = writePdf(tmp.file(`${sample.id}-${preset}.pdf`), result.bytes);
    expect(qpdfCheck(file).status).toBe(0);
    expect(outOfBounds(file)).toEqual([]);
    expect(outsideMargins(file, paperSizes.a4.width)).toEqual([]);
    expect(nearlyEmpty(file)).toEqual([]);
  });
});

function handoutWith(blocks: Handout['sections'][number]['blocks'], more: Handout['sections'] = []): Handout {
  return layoutHandout([{ key: 's', number: '01', title: '分页', blocks }, ...more]);
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

describe('where a section starts', { timeout: 60_000 }, () => {
  const section = (n: number, blocks: Handout['sections'][number]['blocks']) => ({ key: `s${n}`, number: `0${n}`, title: `第 ${n} 节`, blocks });

  it('goes on below a rule on the page where the previous section spilled a little', () => {
    // 33 one-line paragraphs fill the first body page and spill a few lines onto the next.
    const result = renderHandout(handoutWith(filler(33), [section(2, [{ kind: 'paragraph', text: '第二节正文' }, ...filler(3)])]), nodeFonts());
    const file = writePdf(tmp.file('spill.pdf'), result.bytes);
    expect(qpdfCheck(file).status).toBe(0);
    const pages = pdfPages(file).map(squash);
    const spill = pages.findIndex((p) => p.includes(squash('填充段落 33')));
    expect(spill).toBeGreaterThan(2);
    expect(pages[spill - 1], 'the spill is short').not.toContain(squash('填充段落 33'));
    expect(pages[spill]).toContain(squash('02第 2 节第二节正文'));
    const outline = pdfOutline(file);
    expect(outline.map((o) => o.page)).toEqual([2, 3, spill + 1]);
    // The body's pages (the contents page of two entries is short by nature).
    expect(nearlyEmpty(file, 3)).toEqual([]);
  });

  it('starts on a new page when less than about 45 % of the page is left', () => {
    // 20 paragraphs leave about a third of the first body page.
    const result = renderHandout(handoutWith(filler(20), [section(2, [{ kind: 'paragraph', text: '第二节正文' }])]), nodeFonts());
    const file = writePdf(tmp.file('fresh.pdf'), result.bytes);
    const pages = pdfPages(file).map(squash);
    expect(pages[2]).toContain(squash('填充段落 20'));
    expect(pages[2]).not.toContain(squash('第二节正文'));
    // The page's first words after the running header.
    expect(pages[3]).toMatch(new RegExp(`^${squash('版式测试 02第 2 节第二节正文')}`));
    expect(pdfOutline(file).map((o) => o.page)).toEqual([2, 3, 4]);
  });
});
