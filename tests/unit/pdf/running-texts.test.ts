import { afterAll, describe, expect, it } from 'vitest';
import { coverTitle } from '../../../renderer/src/export/pdf/draw-cover';
import type { Handout } from '../../../renderer/src/export/pdf/handout';
import { PdfSurface } from '../../../renderer/src/export/pdf/pdf-surface';
import { renderHandout } from '../../../renderer/src/export/pdf/render-handout';
import { margins, paperSizes } from '../../../renderer/src/export/pdf/theme';
import { nodeFonts } from '../../mocks/pdf-fonts';
import { layoutHandout } from './layout-handout';
import { outsideMargins, overlaps } from './page-checks';
import { pdfText, squash, tempDir, writePdf } from './pdf-tools';

/**
 * The texts of the cover and of every page's header and footer that come from the user — the
 * marking, the organisation, the title, the participants — are each cut to the room they have,
 * with an ellipsis: none runs off the page or prints over another.
 */
const tmp = tempDir('gw-running-');
afterAll(() => tmp.remove());

const pageWidth = paperSizes.a4.width;
const width = pageWidth - margins.left - margins.right;
const body: Handout['sections'] = [{ key: 's', number: '01', title: '正文', blocks: Array.from({ length: 40 }, (_, i) => ({ kind: 'paragraph' as const, text: `第 ${i + 1} 段正文` })) }];

function render(name: string, change: (h: Handout) => Handout): string {
  const result = renderHandout(change(layoutHandout(body)), nodeFonts());
  return writePdf(tmp.file(`${name}.pdf`), result.bytes);
}

describe('the running header and footer', { timeout: 60_000 }, () => {
  const marking = '内部资料·'.repeat(40);

  it('cut a long marking to the room between the organisation, the title and the page number', () => {
    const file = render('marking', (h) => ({ ...h, marking, organisation: '华东客服中心', meta: { ...h.meta, title: '智能客服落地工作坊——海川银行信用卡中心' } }));
    expect(outsideMargins(file, pageWidth)).toEqual([]);
    for (const page of [2, 3]) expect(overlaps(file, page)).toEqual([]);
    const text = squash(pdfText(file, 2));
    expect(text).toContain('华东客服中心');
    expect(text).toContain('第2页');
    // Cut (between ideographs) with an ellipsis, in the header and in the footer.
    expect(text.match(/(?:内部资料·)+[内部资料]*…/g)?.length).toBe(2);
  });

  it('leave a marking that fits as it is', () => {
    const file = render('short-marking', (h) => ({ ...h, marking: '内部资料 · Internal', organisation: '华东客服中心' }));
    expect(squash(pdfText(file, 2)).match(/内部资料·Internal/g)?.length).toBe(2);
    expect(overlaps(file, 2)).toEqual([]);
  });
});

describe('the cover', { timeout: 60_000 }, () => {
  it('ends a title too long for the band with an ellipsis, in smaller type', () => {
    const title = '智能客服落地工作坊，'.repeat(30);
    const file = render('long-title', (h) => ({ ...h, cover: { ...h.cover, title } }));
    expect(outsideMargins(file, pageWidth)).toEqual([]);
    expect(overlaps(file, 1)).toEqual([]);
    const cover = squash(pdfText(file, 1, 1));
    expect(cover).toMatch(/(?:智能客服落地工作坊，)+[^，]*…/);
    expect(cover).not.toContain(squash(title));
  });

  it('keeps a long title whole in as many lines as the band holds', () => {
    const surface = new PdfSurface('a4', nodeFonts());
    const fits = coverTitle(surface, 'Contract review assistant for Halden & Roe LLP, commercial team', width);
    expect(fits.lines.join(' ')).toBe('Contract review assistant for Halden & Roe LLP, commercial team');
    // Five lines in the smaller type rather than four cut ones in the larger.
    const longer = coverTitle(surface, 'A workshop title that goes on and on about the many things it covers, far longer than any title should be, yet whole', width);
    expect(longer.lines.at(-1)?.endsWith('…')).toBe(false);
    expect(longer.lines.length).toBeLessThanOrEqual(5);
    const cut = coverTitle(surface, 'W'.repeat(500), width);
    expect(cut.lines).toHaveLength(5);
    expect(cut.lines.at(-1)?.endsWith('…')).toBe(true);
    surface.setStyle({ style: 'bold', size: cut.size });
    for (const line of cut.lines) expect(surface.measure(line)).toBeLessThanOrEqual(width);
  });

  it('cuts a long marking, organisation, participant and role to their room', () => {
    const file = render('cover-texts', (h) => ({
      ...h,
      marking: '内部资料·'.repeat(40),
      organisation: 'Organisation'.repeat(20),
      cover: { ...h.cover, footnote: '由落地工坊于 2026年1月16日 生成', participants: [{ name: 'W'.repeat(500), role: 'R'.repeat(500) }, { name: '孙悦', role: '主持人'.repeat(40) }] },
    }));
    expect(outsideMargins(file, pageWidth)).toEqual([]);
    expect(overlaps(file, 1)).toEqual([]);
    const cover = squash(pdfText(file, 1, 1));
    expect(cover).toContain('由落地工坊于2026年1月16日生成');
    expect(cover).toMatch(/孙悦(?:主持人)+…/);
  });
});
