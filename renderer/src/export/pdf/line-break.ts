/**
 * Line breaking for mixed Chinese / Latin text (a small subset of UAX #14 plus the Chinese
 * kinsoku rules). Pure: widths come from the caller's `measure`, so it runs in tests, workers and
 * the PDF engine alike.
 *
 * - Latin words and numbers (as `Intl.Segmenter` finds them: "Qwen2.5", "3,000") are never split,
 *   unless one alone is wider than the line.
 * - Every CJK ideograph, kana or Hangul syllable is a break opportunity on both sides.
 * - No line starts with closing punctuation (，。、；：？！）」』》 …) and no line ends with opening
 *   punctuation (（「『《 …): such a character is kept with its neighbour, so the neighbour moves to
 *   the next line with it (the "pull back one character" rule).
 * - Explicit newlines are kept; spaces at a wrapped line's end are dropped.
 */

/** Width of a piece of text, in whatever unit `maxWidth` is given in. Must be additive. */
export type Measure = (text: string) => number;

/** Characters that must not start a line. */
const noStart = new Set([
  ...'，。、；：？！）」』》】〕〉〗〙〛｝］’”…—–·・～‰％%,.;:!?)]}>»›',
  ...'ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ々ゝゞヽヾー℃¢°′″',
]);
/** Characters that must not end a line. */
const noEnd = new Set([...'（「『《【〔〈〖〘〚｛［‘“([{<«‹£¥$￥＄']);
const hyphens = new Set(['-', '\u2010']);

const cjk = /[\u1100-\u11ff\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u3130-\u318f\u31a0-\u31ff\u3200-\u32ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]|[\ud840-\ud87f][\udc00-\udfff]/;
const cjkPunctuation = /^[\u3000-\u303f\uff00-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2026\u2014\u00b7\u30fb]$/;
const space = /^\s+$/;
const startsWithLetter = /^\p{L}/u;

type AtomKind = 'space' | 'ideograph' | 'word';
interface Atom {
  text: string;
  kind: AtomKind;
}

const words = new Intl.Segmenter('en', { granularity: 'word' });
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** What can make a grapheme longer than one code unit: marks, joiners, conjoining jamo, surrogates. */
const clustering = /\p{M}|\u200c|\u200d|[\u1160-\u11ff]/u;
const surrogate = /[\ud800-\udfff]/;

/** Grapheme clusters of a string (an emoji with modifiers, a letter with accents, count as one). */
export function splitGraphemes(text: string): string[] {
  // Most text has one code unit per grapheme; the segmenter is only needed when it does not.
  if (!clustering.test(text) && !surrogate.test(text)) return text.split('');
  return Array.from(graphemes.segment(text), (s) => s.segment);
}

function atomsOf(line: string): Atom[] {
  const atoms: Atom[] = [];
  for (const { segment } of words.segment(line)) {
    if (space.test(segment)) atoms.push({ text: segment, kind: 'space' });
    else if (cjk.test(segment)) {
      for (const g of splitGraphemes(segment)) atoms.push({ text: g, kind: cjk.test(g) && !cjkPunctuation.test(g) ? 'ideograph' : 'word' });
    } else atoms.push({ text: segment, kind: 'word' });
  }
  return atoms;
}

const first = (text: string): string => String.fromCodePoint(text.codePointAt(0) ?? 0);
const last = (text: string): string => {
  const chars = Array.from(text);
  return chars[chars.length - 1] ?? '';
};

/** Whether a line may break between two adjacent atoms. */
function canBreakBetween(a: Atom, b: Atom): boolean {
  if (b.kind === 'space') return false;
  if (noStart.has(first(b.text))) return false;
  if (a.kind === 'space') return true;
  if (noEnd.has(last(a.text))) return false;
  if (a.kind === 'ideograph' || b.kind === 'ideograph') return true;
  // Around full-width punctuation (，。）「 …) a line may break, Latin neighbours or not.
  if (cjkPunctuation.test(last(a.text)) || cjkPunctuation.test(first(b.text))) return true;
  // "72B-Instruct" may break after the hyphen; "2026-03-31" and "Qwen2.5-72B" may not.
  return hyphens.has(a.text) && startsWithLetter.test(b.text);
}

/** A run of atoms with no break opportunity inside, plus the spaces after it. */
interface Chunk {
  text: string;
  trail: string;
}

function chunksOf(line: string): Chunk[] {
  const chunks: Chunk[] = [];
  let current: Chunk | null = null;
  let previous: Atom | null = null;
  for (const atom of atomsOf(line)) {
    if (current && previous && !canBreakBetween(previous, atom)) {
      if (atom.kind === 'space') current.trail += atom.text;
      else {
        // A mark that may not start a line ("word — word"): its spaces stay where they were.
        current.text += current.trail + atom.text;
        current.trail = '';
      }
    } else if (atom.kind === 'space' && !current) {
      // Leading spaces of a line: dropped.
    } else {
      current = { text: atom.kind === 'space' ? '' : atom.text, trail: atom.kind === 'space' ? atom.text : '' };
      chunks.push(current);
    }
    previous = atom;
  }
  return chunks;
}

/**
 * Cuts text that is wider than the line by grapheme (the emergency break): the only place a word
 * or number is split. Every piece but the last is as long as fits, and never empty: at a width too
 * small for one grapheme (or at none) each piece is one grapheme, so breaking always ends. The last
 * piece is what is left, and fits. Kinsoku still holds where it can: a closing mark is not left to
 * start the next piece, nor an opening mark to end one.
 */
function cutOverlong(text: string, maxWidth: number, measure: Measure): string[] {
  const parts = splitGraphemes(text);
  const widths = parts.map((p) => measure(p));
  const pieces: string[] = [];
  let start = 0;
  while (start < parts.length) {
    let end = start;
    let width = 0;
    for (; end < parts.length; end++) {
      const w = widths[end] ?? 0;
      if (width + w > maxWidth && end > start) break;
      width += w;
    }
    if (end < parts.length) {
      while (end > start + 1 && (noStart.has(first(parts[end] ?? '')) || noEnd.has(last(parts[end - 1] ?? '')))) end--;
    }
    pieces.push(parts.slice(start, end).join(''));
    start = end;
  }
  return pieces;
}

/**
 * Breaks one explicit line (no '\n') into lines no wider than `maxWidth`; only a single grapheme
 * wider than the line (any grapheme when `maxWidth` ≤ 0) makes a line that is wider. Every line
 * holds at least one grapheme.
 */
function breakLine(line: string, maxWidth: number, measure: Measure): string[] {
  const lines: string[] = [];
  let text = '';
  let width = 0;
  /** Spaces after the last chunk: drawn only if another chunk follows on the same line. */
  let trail = '';
  for (const chunk of chunksOf(line)) {
    let rest = chunk.text;
    let restWidth = measure(rest);
    if (text !== '' && width + measure(trail) + restWidth > maxWidth) {
      lines.push(text);
      text = '';
    }
    if (text === '') {
      if (restWidth > maxWidth) {
        const pieces = cutOverlong(rest, maxWidth, measure);
        rest = pieces.pop() ?? '';
        for (const piece of pieces) lines.push(piece);
        restWidth = measure(rest);
      }
      text = rest;
      width = restWidth;
    } else {
      text += trail + rest;
      width += measure(trail) + restWidth;
    }
    trail = chunk.trail;
  }
  if (text !== '' || lines.length === 0) lines.push(text);
  return lines;
}

/** Breaks text into lines for a column `maxWidth` wide; '\n' starts a new line, blank lines stay. */
export function breakLines(text: string, maxWidth: number, measure: Measure): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .flatMap((line) => breakLine(line.replace(/\t/g, '    '), maxWidth, measure));
}

/** A text measured once for counting its lines at many widths: per explicit line, its unbreakable pieces. */
export type MeasuredText = { width: number; trail: number }[][];

export function measureText(text: string, measure: Measure): MeasuredText {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => chunksOf(line.replace(/\t/g, '    ')).map((c) => ({ width: measure(c.text), trail: measure(c.trail) })));
}

/**
 * How many lines `breakLines` makes of a measured text at `maxWidth`, without breaking it again
 * (the same greedy fill; a piece wider than the line counts as the lines it is cut into).
 */
export function countLines(text: MeasuredText, maxWidth: number): number {
  let count = 0;
  for (const chunks of text) {
    let filled = false;
    let width = 0;
    let trail = 0;
    for (const chunk of chunks) {
      if (filled && width + trail + chunk.width > maxWidth) {
        count += 1;
        filled = false;
      }
      if (!filled) {
        const cuts = maxWidth > 0 && chunk.width > maxWidth ? Math.ceil(chunk.width / maxWidth) - 1 : 0;
        count += cuts;
        width = chunk.width - cuts * maxWidth;
        filled = true;
      } else width += trail + chunk.width;
      trail = chunk.trail;
    }
    count += 1;
  }
  return count;
}

/**
 * The widths a column needs for measured text: `min`, its widest piece that no line may break
 * inside (a word, a number, an ideograph with the punctuation kept with it), and `max`, its
 * longest explicit line set without wrapping.
 */
export function textWidths(text: MeasuredText): { min: number; max: number } {
  let min = 0;
  let max = 0;
  for (const chunks of text) {
    let line = 0;
    chunks.forEach((c, i) => {
      min = Math.max(min, c.width);
      line += c.width + (i < chunks.length - 1 ? c.trail : 0);
    });
    max = Math.max(max, line);
  }
  return { min, max };
}
