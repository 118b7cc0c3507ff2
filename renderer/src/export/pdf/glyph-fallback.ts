import { splitGraphemes } from './line-break';

/**
 * jsPDF draws a character the embedded font lacks as nothing (glyph 0), and drops characters
 * outside the Basic Multilingual Plane: text would vanish without a word. Every string goes
 * through this filter first: what the font cannot draw becomes a visible fallback mark, and the
 * originals are collected so the UI can name them ("these characters were replaced: 😀 𠀀 U+202E").
 */
export interface GlyphFilter {
  /** The text with every undrawable grapheme replaced by the fallback mark. */
  clean(text: string): string;
  /**
   * The replaced graphemes, each once, in order of first appearance, as a reader can see them: a
   * visible one as it is, an invisible one by its code point(s) (`missingName`).
   */
  missing(): string[];
}

/** Drawn in place of a missing character: a white square, or '?' if the font lacks even that. */
export const fallbackMarks = ['\u25a1', '?'] as const;

/** Marks that only modify the character before them; dropped when the base can be drawn. */
const modifiers = /^[\ufe00-\ufe0f\u200c\u200d]$/;

/**
 * Graphemes that show nothing by themselves, or that would garble the text around them: format and
 * bidi controls (U+202E), joiners, the byte order mark, control characters, lone surrogates,
 * private-use and unassigned code points, spaces and lone combining marks.
 */
const invisible = /^[\p{Cf}\p{Cc}\p{Cs}\p{Co}\p{Cn}\p{Z}\p{M}]+$/u;

const codePoint = (ch: string): string => `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** A missing grapheme as a list shows it: itself when it can be seen, else its code points ("U+202E", "U+0301+U+0302"). */
export function missingName(grapheme: string): string {
  return invisible.test(grapheme) ? Array.from(grapheme, codePoint).join('+') : grapheme;
}

export function createGlyphFilter(hasGlyph: (codePoint: number) => boolean): GlyphFilter {
  const mark = fallbackMarks.find((m) => hasGlyph(m.codePointAt(0) ?? 0)) ?? '?';
  const found = new Set<string>();
  const cache = new Map<string, string>();
  const drawable = (cp: number): boolean => cp <= 0xffff && hasGlyph(cp);

  const cleanGrapheme = (g: string): string => {
    const cached = cache.get(g);
    if (cached !== undefined) return cached;
    let result = '';
    let ok = true;
    for (const ch of g) {
      const cp = ch.codePointAt(0) ?? 0;
      if (modifiers.test(ch)) continue;
      if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) {
        result += ' ';
        continue;
      }
      if (!drawable(cp)) ok = false;
      result += ch;
    }
    if (!ok) {
      found.add(g);
      result = mark;
    }
    cache.set(g, result);
    return result;
  };

  return {
    clean(raw: string): string {
      // Old Mac line ends (a lone CR) and Windows ones break lines like '\n', not become spaces.
      const text = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
      // Fast path: every code unit is a drawable BMP character (the usual case).
      let simple = true;
      for (let i = 0; i < text.length; i++) {
        const cp = text.charCodeAt(i);
        if (cp === 0x0a) continue;
        if (cp < 0x20 || (cp >= 0xd800 && cp <= 0xdfff) || !hasGlyph(cp)) {
          simple = false;
          break;
        }
      }
      if (simple) return text;
      return text
        .split('\n')
        .map((line) => splitGraphemes(line).map(cleanGrapheme).join(''))
        .join('\n');
    },
    missing: () => [...found].map(missingName),
  };
}
