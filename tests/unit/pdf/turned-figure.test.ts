import { afterAll, describe, expect, it } from 'vitest';
import type { Block, Handout } from '../../../renderer/src/export/pdf/handout';
import { renderHandout } from '../../../renderer/src/export/pdf/render-handout';
import { nodeFonts } from '../../mocks/pdf-fonts';
import { layoutHandout } from './layout-handout';
import { pageContent, pdfImagePages, pdfPages, pdfWords, qpdfCheck, squash, tempDir, writePdf } from './pdf-tools';
import { diagramPng } from './png-encode';

/**
 * A diagram too wide to read at the text width gets a page of its own, turned a quarter (landscape
 * on the portrait page), with its caption; the text goes on on the page it was reached from.
 */
const tmp = tempDir('gw-turned-');
afterAll(() => tmp.remove());

/** jsPDF's matrix for an image turned 90° anticlockwise (cos, sin, −sin, cos to four places). */
const quarterTurn = '0.0000 1.0000 -1.0000 0.0000 0 0 cm';

/** A drawing of `width` × `height` CSS pixels, drawn at 2× as the app draws its diagrams. */
const figure = (width: number, height: number, caption: string): Block => ({
  kind: 'figure',
  caption,
  image: { bytes: diagramPng(width * 2, height * 2), format: 'PNG', width, height },
});

function handoutWith(blocks: Block[]): Handout {
  return layoutHandout([
    { key: 's1', number: '01', title: '系统架构', blocks },
    { key: 's2', number: '02', title: '下一节', blocks: [{ kind: 'paragraph', text: '下一节正文' }] },
  ]);
}

describe('a diagram', { timeout: 60_000 }, () => {
  it('too wide for the text width lands turned on a page of its own, after the page it was reached from', () => {
    // 1,200 CSS px across the 471 pt text width: its 16 px text would be 6.3 pt.
    const result = renderHandout(
      handoutWith([{ kind: 'paragraph', text: '图前文字' }, figure(1200, 100, '图 1 · 很宽的流程图'), { kind: 'paragraph', text: '图后文字' }]),
      nodeFonts(),
    );
    const file = writePdf(tmp.file('wide.pdf'), result.bytes);
    expect(qpdfCheck(file).status).toBe(0);
    const pages = pdfPages(file).map(squash);
    expect(pdfImagePages(file)).toEqual([4]);
    // The text before and after the diagram stays together on page 3; the diagram's page holds its caption only.
    expect(pages[2]).toContain(squash('图前文字图后文字'));
    expect(pages[3]?.replaceAll('版式测试', '').replace(squash('第 4 页，共 5 页'), '')).toBe(squash('图 1 · 很宽的流程图'));
    expect(pageContent(file, 4)).toContain(quarterTurn);
    // The next section waits for the diagram's page.
    expect(pages[4]).toContain(squash('02下一节下一节正文'));
    // The caption reads up the page: its box is taller than wide, right of the page's middle.
    const caption = pdfWords(file).words.filter((w) => w.page === 4 && w.text.includes('很宽的流程图'));
    expect(caption).toHaveLength(1);
    const [box] = caption;
    expect((box?.yMax ?? 0) - (box?.yMin ?? 0)).toBeGreaterThan(3 * ((box?.xMax ?? 0) - (box?.xMin ?? 0)));
  });

  it('that reads well at the text width stays in the text, unturned', () => {
    const result = renderHandout(handoutWith([{ kind: 'paragraph', text: '图前文字' }, figure(600, 150, '图 1 · 普通流程图'), { kind: 'paragraph', text: '图后文字' }]), nodeFonts());
    const file = writePdf(tmp.file('narrow.pdf'), result.bytes);
    expect(pdfImagePages(file)).toEqual([3]);
    expect(squash(pdfPages(file)[2] ?? '')).toContain(squash('图前文字图 1 · 普通流程图图后文字'));
    expect(pageContent(file, 3)).not.toContain(quarterTurn);
  });
});
