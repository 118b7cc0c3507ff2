import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnWidths } from '../../../renderer/src/export/pdf/column-widths';
import { countLines, measureText, textWidths } from '../../../renderer/src/export/pdf/line-break';

/** Widths follow what the columns hold: short columns get one line, text columns share the rest. */
const total = 471;
/** One point per character: easy sums. */
const measure = (text: string): number => text.length;
const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);

describe('column widths', () => {
  it('give short columns one line and share the rest by the text columns’ longest lines', () => {
    const columns = [
      { min: 20, max: 20, header: 20 }, // #
      { min: 60, max: 200, header: 40 }, // risk
      { min: 40, max: 40, header: 50 }, // owner
      { min: 70, max: 800, header: 60 }, // mitigation
      { min: 55, max: 55, header: 45 }, // status
    ];
    const widths = columnWidths(columns, total);
    expect(sum(widths)).toBeCloseTo(total);
    expect(widths[0]).toBe(20);
    expect(widths[2]).toBe(50);
    expect(widths[4]).toBe(55);
    // The rest, 346, by 200 : 800 — but never under a readable share of the table.
    expect(widths[1]).toBeCloseTo(total * 0.15);
    expect(widths[3]).toBeCloseTo(346 - total * 0.15);
  });

  it('give spare room to the text columns when everything fits on one line', () => {
    const widths = columnWidths([{ min: 20, max: 20, header: 20 }, { min: 40, max: 120, header: 40 }, { min: 30, max: 60, header: 50 }], total);
    expect(widths[0]).toBe(20);
    expect(sum(widths)).toBeCloseTo(total);
    expect(widths[1] ?? 0).toBeGreaterThan(200);
  });

  it('trade width towards the column that makes the rows tall', () => {
    // A paragraph beside "label: value" lines: the lines are better whole, the paragraph wraps once more.
    const paragraph = measureText('word '.repeat(120).trim(), measure);
    const details = measureText(Array.from({ length: 7 }, () => 'label: a value that is rather longer than the short limit here').join('\n'), measure);
    const needs = [paragraph, details].map((t) => {
      const w = textWidths(t);
      return { min: w.min + 10, max: w.max + 10, header: 20 };
    });
    const rowLines = (column: number, width: number) => [1, countLines(column === 0 ? paragraph : details, width - 10)];
    const proportional = columnWidths(needs, 300);
    const balanced = columnWidths(needs, 300, rowLines);
    const height = (w: number[]) => Math.max(rowLines(0, w[0] ?? 0)[1] ?? 0, rowLines(1, w[1] ?? 0)[1] ?? 0);
    expect(height(balanced)).toBeLessThan(height(proportional));
    expect(height(balanced)).toBe(7);
    expect(sum(balanced)).toBeCloseTo(300);
  });

  it('never go below the longest word when the minimums fit', () => {
    const widths = columnWidths(Array.from({ length: 6 }, () => ({ min: 70, max: 400, header: 30 })), total);
    widths.forEach((w) => expect(w).toBeGreaterThanOrEqual(70));
    expect(sum(widths)).toBeCloseTo(total);
  });
});

describe('column widths with a long unbreakable word', () => {
  // A card table: "#", the card, "Details", votes; one card is a 100-character URL (560 pt on one line).
  const cardTable = [
    { min: 22, max: 22, header: 16 }, // #
    { min: 571, max: 600, header: 40 }, // card, with the URL
    { min: 70, max: 320, header: 40 }, // details
    { min: 30, max: 30, header: 35 }, // votes
  ];

  it('let the URL be cut in its cell rather than squeeze the other columns', () => {
    const widths = columnWidths(cardTable, total);
    expect(sum(widths)).toBeCloseTo(total);
    // The short columns keep their one line, the details their longest word and more.
    expect(widths[0]).toBeGreaterThanOrEqual(22);
    expect(widths[3]).toBeGreaterThanOrEqual(35);
    expect(widths[2] ?? 0).toBeGreaterThan(100);
    // The URL's column is wide, but not the whole table.
    expect(widths[1] ?? 0).toBeGreaterThan(total * 0.35);
    expect(widths[1] ?? 0).toBeLessThan(total * 0.75);
  });

  it('keep every column a few characters wide, whatever its neighbours’ words', () => {
    const widths = columnWidths(
      Array.from({ length: 8 }, (_, i) => ({ min: i === 3 ? 20 : 900, max: 1000, header: 30 })),
      total,
    );
    expect(sum(widths)).toBeCloseTo(total);
    for (const w of widths) expect(w).toBeGreaterThanOrEqual(38);
  });

  it('give any table widths that add up and leave every column room for its padding', () => {
    const need = fc.record({ min: fc.double({ min: 0, max: 2000, noNaN: true }), extra: fc.double({ min: 0, max: 2000, noNaN: true }), header: fc.double({ min: 0, max: 300, noNaN: true }) });
    fc.assert(
      fc.property(fc.array(need, { minLength: 1, maxLength: 9 }), fc.double({ min: 100, max: 600, noNaN: true }), (columns, width) => {
        const widths = columnWidths(
          columns.map((c) => ({ min: c.min, max: c.min + c.extra, header: c.header })),
          width,
        );
        expect(sum(widths)).toBeCloseTo(width, 6);
        // Padding is 11 points: a column gets room for it and a few characters (or an equal share, or all its text).
        widths.forEach((w, i) => expect(w).toBeGreaterThanOrEqual(Math.min(38, width / columns.length, (columns[i]?.min ?? 0) + (columns[i]?.extra ?? 0)) - 1e-6));
      }),
      { numRuns: 300 },
    );
  });
});

describe('measured text', () => {
  it('counts the lines the breaker makes', () => {
    const text = 'Liability, indemnity, IP and governing-law clauses are always shown to Legal.\nSecond line';
    for (const width of [30, 60, 120, 500]) {
      const breaker = text.split('\n').flatMap((line) => {
        const lines: string[] = [];
        let current = '';
        for (const word of line.split(' ')) {
          if (current && (current + ' ' + word).length > width) {
            lines.push(current);
            current = word;
          } else current = current ? `${current} ${word}` : word;
        }
        return [...lines, current];
      });
      expect(countLines(measureText(text, measure), width), `at ${width}`).toBe(breaker.length);
    }
  });
});
