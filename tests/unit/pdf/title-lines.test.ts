import { describe, expect, it } from 'vitest';
import { PdfSurface } from '../../../renderer/src/export/pdf/pdf-surface';
import { margins, paperSizes, sizes } from '../../../renderer/src/export/pdf/theme';
import { sampleWorkshops } from '../../../shared/samples';
import { nodeFonts } from '../../mocks/pdf-fonts';

/** Titles set in balanced lines, and one-line texts cut with an ellipsis. */
const surface = new PdfSurface('a4', nodeFonts());
const width = paperSizes.a4.width - margins.left - margins.right;

describe('balancedLines', () => {
  it('sets the samples’ cover titles with no short last line', () => {
    surface.setStyle({ style: 'bold', size: sizes.coverTitle });
    for (const sample of sampleWorkshops) {
      const title = sample.build().title;
      const greedy = surface.lines(title, width);
      const balanced = surface.balancedLines(title, width);
      expect(balanced).toHaveLength(greedy.length);
      expect(balanced.join('').replace(/\s/g, '')).toBe(title.replace(/\s/g, ''));
      const last = balanced[balanced.length - 1] ?? '';
      if (balanced.length > 1) expect(surface.measure(last), `${title}: "${last}"`).toBeGreaterThan(width * 0.35);
    }
  });

  it('does not leave one character alone ("…信用卡中" / "心")', () => {
    surface.setStyle({ style: 'bold', size: sizes.coverTitle });
    const title = '智能客服落地工作坊——海川银行信用卡中心';
    let w = surface.measure(surface.clean(title)) - 1;
    // The widest line that forces the last character onto a line of its own.
    while (surface.lines(title, w).at(-1) !== '心') w -= 1;
    const balanced = surface.balancedLines(title, w);
    expect(balanced).toHaveLength(2);
    expect(Array.from(balanced[1] ?? '').length).toBeGreaterThanOrEqual(3);
    for (const line of balanced) expect(surface.measure(line)).toBeLessThanOrEqual(w);
  });
});

describe('oneLine', () => {
  it('keeps a text that fits, and cuts a longer one after a whole word with an ellipsis', () => {
    surface.setStyle({ size: sizes.small });
    expect(surface.oneLine('Contract review  assistant', 400)).toBe('Contract review assistant');
    const cut = surface.oneLine('Contract review assistant — Halden & Roe LLP, commercial team', 150);
    expect(cut).toMatch(/^Contract review assistant…$|^Contract review…$/);
    expect(surface.measure(cut)).toBeLessThanOrEqual(150);
    const zh = surface.oneLine('智能客服落地工作坊——海川银行信用卡中心', 60);
    expect(zh.endsWith('…')).toBe(true);
    expect(surface.measure(zh)).toBeLessThanOrEqual(60);
  });
});
