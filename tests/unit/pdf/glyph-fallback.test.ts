import { describe, expect, it } from 'vitest';
import { createGlyphFilter } from '../../../renderer/src/export/pdf/glyph-fallback';

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
});
