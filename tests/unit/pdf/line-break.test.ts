import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breakLines } from '../../../renderer/src/export/pdf/line-break';

/** A monospaced stand-in for the font: CJK (and full-width) characters 2 units, everything else 1. */
const wide = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;
const measure = (text: string): number => Array.from(text).reduce((w, ch) => w + (wide.test(ch) ? 2 : 1), 0);
const lines = (text: string, width: number) => breakLines(text, width, measure);

const noStart = [...'，。、；：？！）」』》】〕…—·%,.;:!?)'];
const noEnd = [...'（「『《【〔('];

/** Kinsoku: what may not start or end a line, checked on every line of a result. */
function kinsokuViolations(result: string[]): string[] {
  return result.flatMap((line, i) => {
    const chars = Array.from(line);
    const out: string[] = [];
    if (i > 0 && noStart.includes(chars[0] ?? '')) out.push(`line ${i} starts with ${chars[0]}: ${line}`);
    if (i < result.length - 1 && noEnd.includes(chars[chars.length - 1] ?? '')) out.push(`line ${i} ends with ${chars[chars.length - 1]}: ${line}`);
    return out;
  });
}

describe('breakLines', () => {
  const target = '坐席平均处理时长 6 分钟 → 4 分钟（目标）。';

  it('keeps closing punctuation with the character before it (pulled back together)', () => {
    // Width 40: "…（目标" would fit and leave "）。" to start the next line; "标）。" moves down instead.
    expect(lines(target, 40)).toEqual(['坐席平均处理时长 6 分钟 → 4 分钟（目', '标）。']);
    for (let width = 6; width <= 44; width++) expect(kinsokuViolations(lines(target, width)), `width ${width}`).toEqual([]);
  });

  it('never ends a line with an opening bracket', () => {
    // Width 34: "（" fits at the end of the first line, but moves down with "目".
    expect(lines(target, 34)).toEqual(['坐席平均处理时长 6 分钟 → 4 分钟', '（目标）。']);
  });

  it('breaks between any two ideographs and loses nothing but the spaces at a break', () => {
    for (let width = 4; width <= 44; width++) {
      const result = lines(target, width);
      expect(result.join('').replace(/\s/g, ''), `width ${width}`).toBe(target.replace(/\s/g, ''));
      for (const line of result) expect(measure(line), `width ${width}: ${line}`).toBeLessThanOrEqual(width);
    }
  });

  it('handles the common Chinese punctuation cases', () => {
    expect(lines('用户原话：“我只想知道退款什么时候到账”，然后挂断。', 20)).toEqual(['用户原话：“我只想知', '道退款什么时候到', '账”，然后挂断。']);
    expect(lines('《个人信息保护法》第二十八条', 16)).toEqual(['《个人信息保护', '法》第二十八条']);
    expect(lines('数据、模型、算力……缺一不可', 12)).toEqual(['数据、模型、', '算力……缺一不', '可']);
    expect(kinsokuViolations(lines('他说：「好的。」『明白』【注意】〔一〕', 8))).toEqual([]);
  });

  it('never splits a Latin word or a number that fits on a line', () => {
    const text = 'RAG over Qwen2.5-72B-Instruct with 3,000 pages, first token < 800 ms on 2026-03-31.';
    for (let width = 16; width <= 60; width++) {
      const result = lines(text, width);
      for (const unit of ['Qwen2.5-72B-', 'Instruct', '3,000', 'pages,', '800', '2026-03-31.']) {
        expect(result.some((l) => l.includes(unit)), `width ${width}: "${unit}" in ${JSON.stringify(result)}`).toBe(true);
      }
    }
    // A hyphen before a word is a break opportunity; before a number ("2.5-72B", a date) it is not.
    expect(lines(text, 16)).toEqual(['RAG over', 'Qwen2.5-72B-', 'Instruct with', '3,000 pages,', 'first token <', '800 ms on', '2026-03-31.']);
  });

  it('mixes Chinese and Latin: breaks at the script boundary, not inside the word', () => {
    expect(lines('我们选择Qwen2.5-72B-Instruct私有化部署', 14)).toEqual(['我们选择', 'Qwen2.5-72B-', 'Instruct私有化', '部署']);
    expect(lines('基线 71%，目标 80%。', 8)).toEqual(['基线', '71%，目', '标 80%。']);
  });

  it('splits a word only when it alone is wider than the line', () => {
    expect(lines('see https://example.com/a/very/long/path ok', 12)).toEqual(['see', 'https://exam', 'ple.com/a/ve', 'ry/long/path', 'ok']);
    // Even then, a closing mark does not start the rest: "5" goes down with "。".
    expect(lines('tokensQwen2.5。', 13)).toEqual(['tokensQwen2.', '5。']);
  });

  it('keeps the spaces around a spaced dash where they were (“assistant — Halden”)', () => {
    expect(lines('Contract review assistant — Halden & Roe', 80)).toEqual(['Contract review assistant — Halden & Roe']);
    expect(lines('assistant — Halden', 12)).toEqual(['assistant —', 'Halden']);
    expect(lines('a – b, c — d', 80)).toEqual(['a – b, c — d']);
  });

  it('keeps explicit newlines and blank lines, and drops spaces at wrapped line ends', () => {
    expect(lines('第一行\n\n第三行 has words', 100)).toEqual(['第一行', '', '第三行 has words']);
    expect(lines('one two   three', 8)).toEqual(['one two', 'three']);
    expect(lines('', 10)).toEqual(['']);
    expect(lines('a\r\nb', 10)).toEqual(['a', 'b']);
  });

  it('holds its rules for any mix of Chinese, punctuation and Latin words', () => {
    const pieces = ['数据', '模型', '，', '。', '（目标）', '「引用」', 'RAG', 'Qwen2.5', '3,000', ' ', '、', '：', 'tokens', '%', '《手册》', '？'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), fc.integer({ min: 12, max: 40 }), (parts, width) => {
        const text = parts.join('');
        // A run of closing marks wider than a line cannot both fit and obey the rules: real text has none.
        fc.pre(!/[，。、：？」』）》%]{4,}/.test(text.replace(/\s/g, '')));
        const result = lines(text, width);
        expect(result.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
        expect(kinsokuViolations(result)).toEqual([]);
        for (const line of result) expect(measure(line)).toBeLessThanOrEqual(width);
      }),
      { numRuns: 300 },
    );
  });

  it('always makes progress: every line holds a grapheme, even at a width of nothing or less', () => {
    // Once, at a negative width (a table column narrower than its padding) it pushed empty lines forever.
    for (const width of [1, 0.5, 0, -0.5, -40]) {
      expect(guarded('ab', width), `width ${width}`).toEqual(['a', 'b']);
      expect(guarded('数据（目标）。', width), `width ${width}`).toEqual([...'数据（目标）。']);
      expect(guarded('one two', width), `width ${width}`).toEqual([...'onetwo']);
    }
    expect(guarded('a\n\nb', -1)).toEqual(['a', '', 'b']);
  });

  it('cuts a word longer than the line by grapheme, however long, and loses none of it', () => {
    const word = 'x'.repeat(10_000);
    const result = guarded(`see ${word} ok`, 30);
    expect(result[0]).toBe('see');
    expect(result.length).toBe(1 + Math.ceil(10_003 / 30));
    expect(result.slice(1, -1).every((line) => line === 'x'.repeat(30))).toBe(true);
    expect(result.at(-1)).toBe(`${'x'.repeat(10_000 % 30)} ok`);
    // An emoji with its modifiers, or a letter with its accents, is one grapheme: never split.
    expect(guarded('👍🏽👍🏽é́', 1)).toEqual(['👍🏽', '👍🏽', 'é́']);
  });

  it('holds its rules at any width for any text, and ends', () => {
    const pieces = ['数据', '，', '。', '（', '）', 'https://example.com/', 'a'.repeat(30), ' ', '\n', 'é́', '👍🏽', 'Qwen2.5', '-'];
    const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), fc.double({ min: -10, max: 60, noNaN: true }), (parts, width) => {
        const text = parts.join('');
        const result = guarded(text, width);
        expect(result.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
        // Only an explicit line of nothing (or of spaces) is empty; only a single grapheme is wider than the line.
        const blank = text.split('\n').filter((line) => line.trim() === '').length;
        expect(result.filter((line) => line === '').length).toBeLessThanOrEqual(blank);
        for (const line of result) if (line !== '' && measure(line) > width) expect(Array.from(graphemes.segment(line))).toHaveLength(1);
      }),
      { numRuns: 300 },
    );
  });
});

/** `lines`, stopped with an error instead of running away (the breaker once looped without end). */
function guarded(text: string, width: number): string[] {
  let calls = 0;
  return breakLines(text, width, (t) => {
    if (++calls > 1_000_000) throw new Error(`runaway breaking of ${JSON.stringify(text.slice(0, 20))} at width ${width}`);
    return measure(t);
  });
}
