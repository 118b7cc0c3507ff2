import { describe, expect, it } from 'vitest';
import { createGlyphFilter, missingName } from '../../../renderer/src/export/pdf/glyph-fallback';
import { PdfSurface } from '../../../renderer/src/export/pdf/pdf-surface';
import { nodeFonts } from '../../mocks/pdf-fonts';

/** A font that has ASCII, the CJK block, CJK punctuation and the white square, and nothing else. */
const hasGlyph = (cp: number): boolean => (cp >= 0x20 && cp < 0x7f) || (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3000 && cp <= 0x303f) || cp === 0x25a1 || (cp >= 0xff00 && cp <= 0xffef);

describe('the glyph filter', () => {
  it('leaves text the font can draw alone', () => {
    const filter = createGlyphFilter(hasGlyph);
    expect(filter.clean('智能客服（RAG），3,000 页。\n第二行')).toBe('智能客服（RAG），3,000 页。\n第二行');
    expect(filter.missing()).toEqual([]);
  });

  it('draws a fallback for emoji, characters outside the BMP and ones the font lacks, and names each once', () => {
    const filter = createGlyphFilter(hasGlyph);
    // 💬 emoji; 𠀀 U+20000 (CJK Extension B, outside the BMP); ⏱️ with its variation selector;
    // 👩‍💻 a ZWJ sequence (one grapheme); ✓ in the BMP but not in this font.
    expect(filter.clean('到账 💬 𠀀字 ⏱️ 👩‍💻 ✓ 💬')).toBe('到账 □ □字 □ □ □ □');
    expect(filter.missing()).toEqual(['💬', '𠀀', '⏱️', '👩‍💻', '✓']);
  });

  it('falls back to "?" when the font has no white square either', () => {
    const filter = createGlyphFilter((cp) => cp >= 0x20 && cp < 0x7f);
    expect(filter.clean('a✓b')).toBe('a?b');
    expect(filter.missing()).toEqual(['✓']);
  });

  it('turns control characters into spaces and drops a variation selector after a drawable character', () => {
    const filter = createGlyphFilter(hasGlyph);
    expect(filter.clean('a\tb\u0007c')).toBe('a b c');
    expect(filter.clean('中\ufe0f文')).toBe('中文');
    expect(filter.missing()).toEqual([]);
  });

  it('keeps every kind of line end as a line break: CR LF, and a lone CR from old Mac files', () => {
    const filter = createGlyphFilter(hasGlyph);
    expect(filter.clean('first\rsecond\r\nthird\nfourth')).toBe('first\nsecond\nthird\nfourth');
    expect(filter.clean('中\r文')).toBe('中\n文');
    expect(filter.missing()).toEqual([]);
    // And so the PDF sets them on lines of their own.
    expect(new PdfSurface('a4', nodeFonts()).lines('first\rsecond\r\nthird', 400)).toEqual(['first', 'second', 'third']);
  });

  it('names invisible characters and lone surrogates by code point, visible ones as they are', () => {
    const filter = createGlyphFilter(hasGlyph);
    // A right-to-left override and its end, a byte order mark, a word joiner, lone surrogates, an accent on nothing.
    const text = '\u202eRTL\u202c \ufeffa\u2060b \ud800X\udc00\n\u0301 ✓ 💬';
    expect(filter.clean(text)).toBe('□RTL□ □a□b □X□\n□ □ □');
    expect(filter.missing()).toEqual(['U+202E', 'U+202C', 'U+FEFF', 'U+2060', 'U+D800', 'U+DC00', 'U+0301', '✓', '💬']);
    expect(missingName('\u200d')).toBe('U+200D');
    expect(missingName('\u{e000}')).toBe('U+E000');
    expect(missingName('👩‍💻')).toBe('👩‍💻');
  });
});

