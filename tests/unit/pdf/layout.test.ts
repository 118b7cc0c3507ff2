import { afterAll, describe, expect, it } from 'vitest';
import type { Handout, HandoutSection } from '../../../renderer/src/export/pdf/handout';
import { renderHandout } from '../../../renderer/src/export/pdf/render-handout';
import { nodeFonts } from '../../mocks/pdf-fonts';
import { layoutHandout } from './layout-handout';
import { pdfOutline, pdfPages, pdfText, qpdfCheck, squash, tempDir, writePdf } from './pdf-tools';

/** The layout engine on made-up handouts: long contents, long tables, a mix of blocks. */
const tmp = tempDir('gw-layout-');
afterAll(() => tmp.remove());

function handoutWith(sections: Omit<HandoutSection, 'key'>[]): Handout {
  return layoutHandout(sections.map((s, i) => ({ key: `s${i}`, ...s })));
}

describe('the layout', () => {
  it('runs the contents over several pages and still numbers every entry right', () => {
    const sections = Array.from({ length: 70 }, (_, i) => ({
      number: String(i + 1).padStart(2, '0'),
      title: `第 ${i + 1} 节：${'很长的标题'.repeat(i % 7 === 0 ? 12 : 1)}`,
      blocks: [{ kind: 'paragraph' as const, text: `正文 ${i + 1}` }],
    }));
    const result = renderHandout(handoutWith(sections), nodeFonts());
    const file = writePdf(tmp.file('contents.pdf'), result.bytes);
    expect(qpdfCheck(file).status).toBe(0);
    const outline = pdfOutline(file);
    expect(outline).toHaveLength(71);
    const contentsPages = (outline[1]?.page ?? 0) - 2;
    expect(contentsPages).toBeGreaterThanOrEqual(2);
    // Short sections share pages (below a rule), so there are far fewer pages than sections.
    expect(result.pageCount).toBeLessThan(1 + contentsPages + 70 / 3);
    const pages = pdfPages(file).map(squash);
    const contents = pages.slice(1, 1 + contentsPages).join('');
    let previous = 2 + contentsPages;
    outline.slice(1).forEach((entry, i) => {
      expect(entry.page).toBeGreaterThanOrEqual(previous);
      previous = entry.page;
      // In the contents, each entry is followed by its page number.
      expect(contents).toContain(squash(`${String(i + 1).padStart(2, '0')}第 ${i + 1} 节`));
      expect(contents).toMatch(new RegExp(`第${i + 1}节：[^第]*?${entry.page}`));
      expect(pages[entry.page - 1]).toContain(squash(`第 ${i + 1} 节`));
      expect(pages[entry.page - 1]).toContain(squash(`正文 ${i + 1}`));
    });
  });

  it('repeats a table’s header on every page it runs onto, and keeps each short row whole', () => {
    const rows = Array.from({ length: 90 }, (_, i) => [String(i + 1), `第 ${i + 1} 行：数据采集与清洗，检查缺失值与噪声。`, i % 5 === 0 ? '多行\n第二行\n第三行' : '单行']);
    const result = renderHandout(
      handoutWith([{ title: '长表格', blocks: [{ kind: 'table', columns: [{ header: '序号', align: 'right' }, { header: '内容说明' }, { header: '备注' }], rows }] }]),
      nodeFonts(),
    );
    const file = writePdf(tmp.file('table.pdf'), result.bytes);
    expect(qpdfCheck(file).status).toBe(0);
    const bodyPages = Array.from({ length: result.pageCount - 2 }, (_, i) => i + 3);
    expect(bodyPages.length).toBeGreaterThanOrEqual(3);
    const pages = pdfPages(file).map(squash);
    for (const page of bodyPages) expect(pages[page - 1], `page ${page}`).toContain('序号内容说明备注');
    // Every row once, in order, across the pages.
    const all = squash(pdfText(file, 3, result.pageCount));
    let at = 0;
    for (let i = 1; i <= 90; i++) {
      const found = all.indexOf(squash(`第 ${i} 行`), at);
      expect(found, `row ${i}`).toBeGreaterThan(at - 1);
      at = found;
    }
  });

  it('draws every kind of block, and splits a cell taller than a page', () => {
    const tall = Array.from({ length: 80 }, (_, i) => `第 ${i + 1} 段`).join('\n');
    const result = renderHandout(
      handoutWith([
        {
          title: '各种块',
          blocks: [
            { kind: 'heading', text: '二级标题' },
            { kind: 'paragraph', text: '普通段落，含 English words 与数字 3,000。', tone: 'lead' },
            { kind: 'list', items: ['第一项', '第二项'], ordered: true },
            { kind: 'keyValue', pairs: [{ key: '日期', value: '2026年1月15日' }] },
            { kind: 'chart', title: '条形图', bars: [{ label: '甲', value: 3 }, { label: '乙', value: 0 }, { label: '丙', value: 12.5 }] },
            { kind: 'table', columns: [{ header: '项' }, { header: '很长的单元格' }], rows: [['一', tall]] },
          ],
        },
      ]),
      nodeFonts(),
    );
    const file = writePdf(tmp.file('blocks.pdf'), result.bytes);
    expect(qpdfCheck(file).status).toBe(0);
    const text = squash(pdfText(file));
    for (const s of ['二级标题', '普通段落，含English words与数字3,000。', '1.第一项', '日期2026年1月15日', '条形图', '第 80 段']) expect(text).toContain(squash(s));
    // Cover, contents, and the section over two pages: the tall cell continues under a repeated header.
    expect(result.pageCount).toBe(4);
    expect(squash(pdfText(file, 4))).toMatch(/^.*项很长的单元格第\d+段/);
  });
});
