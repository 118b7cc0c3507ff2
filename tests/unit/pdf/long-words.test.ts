import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workshop } from '../../../shared/model/workshop';
import { exportWorkshopPdf } from '../../../renderer/src/export/pdf/export-pdf';
import type { HandoutOptions } from '../../../renderer/src/export/pdf/handout';
import { paperSizes } from '../../../renderer/src/export/pdf/theme';
import { sampleWorkshops } from '../../../shared/samples';
import { nodeFontSource } from '../../mocks/pdf-fonts';
import { outOfBounds, outsideMargins } from './page-checks';
import { pdfText, squash, tempDir, writePdf } from './pdf-tools';

/**
 * One long unbreakable word — a URL, a code, a name typed without spaces — in a table cell or a
 * title: the export finishes in seconds (it once looped without end, growing until V8 gave up),
 * keeps every word inside the page, cuts the long word inside its cell without starving the other
 * columns, and so adds about as many pages as the word's own lines need.
 */
const tmp = tempDir('gw-long-words-');
afterAll(() => tmp.remove());

const sample = sampleWorkshops.find((s) => s.id === 'customer-service-zh');
if (!sample) throw new Error('no customer-service sample');
const options: HandoutOptions = { language: 'zh-CN', preset: 'handout', paper: 'a4', generatedAt: '2026-01-16T10:00:00.000+08:00' };
const pageWidth = paperSizes.a4.width;

/** The sample with its first cards board's first card saying `text`. */
function withCardText(doc: Workshop, text: string): Workshop {
  let done = false;
  return {
    ...doc,
    stages: doc.stages.map((s) => {
      if (s.kind !== 'cards' || done) return s;
      done = true;
      return { ...s, cards: s.cards.map((c, i) => (i === 0 ? { ...c, text } : c)) };
    }),
  };
}

/** The sample with its risk register's first risk owned by `owner` and mitigated by `mitigation`. */
function withRisk(doc: Workshop, owner: string, mitigation: string): Workshop {
  return { ...doc, stages: doc.stages.map((s) => (s.kind === 'risks' ? { ...s, risks: s.risks.map((r, i) => (i === 0 ? { ...r, owner, mitigation } : r)) } : s)) };
}

function withStageTitle(doc: Workshop, index: number, title: string): Workshop {
  return { ...doc, stages: doc.stages.map((s, i) => (i === index ? { ...s, title } : s)) };
}

const url = (n: number) => `see https://example.com/${'a'.repeat(n)}`;

const cases: { name: string; doc: () => Workshop; word: string; morePages: number }[] = [
  { name: 'a card with a 100-character URL', doc: () => withCardText(sample.build(), url(100)), word: url(100), morePages: 1 },
  { name: 'a card with a 120-character URL', doc: () => withCardText(sample.build(), url(120)), word: url(120), morePages: 1 },
  { name: 'a risk owned by 200 × B, mitigated by 200 × C', doc: () => withRisk(sample.build(), 'B'.repeat(200), 'C'.repeat(200)), word: 'C'.repeat(200), morePages: 1 },
  { name: 'a stage titled 500 × W', doc: () => withStageTitle(sample.build(), 2, 'W'.repeat(500)), word: 'W'.repeat(60), morePages: 2 },
  // Some 150 lines of its own in the card column: three pages more, not dozens.
  { name: 'a card of one 10,000-character word', doc: () => withCardText(sample.build(), 'x'.repeat(10_000)), word: 'x'.repeat(200), morePages: 4 },
];

describe('one long unbreakable word', { timeout: 60_000 }, () => {
  let basePages = 0;
  beforeAll(async () => {
    basePages = (await exportWorkshopPdf(sample.build(), options, nodeFontSource)).pageCount;
  }, 60_000);

  it.each(cases)('$name: finishes, stays on the page and adds few pages', async ({ name, doc, word, morePages }) => {
    const started = performance.now();
    const result = await exportWorkshopPdf(doc(), options, nodeFontSource);
    expect(performance.now() - started, 'seconds, not minutes').toBeLessThan(20_000);
    const file = writePdf(tmp.file(`${name.replace(/\W+/g, '-')}.pdf`), result.bytes);
    expect(outsideMargins(file, pageWidth)).toEqual([]);
    expect(outOfBounds(file)).toEqual([]);
    expect(result.pageCount).toBeGreaterThanOrEqual(basePages);
    expect(result.pageCount).toBeLessThanOrEqual(basePages + morePages);
    // Nothing of the word is lost: it is cut into lines, not clipped.
    expect(squash(pdfText(file)).includes(squash(word)), 'the word, line after line, in the text').toBe(true);
  });
});
