import { describe, expect, it } from 'vitest';
import { pdfStrings, pdfText } from '../../../renderer/src/export/pdf/strings';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

describe('the PDF strings', () => {
  it('has the same keys in English and Chinese, none empty, with the same placeholders', () => {
    const en = pdfStrings.en;
    const zh = pdfStrings['zh-CN'];
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(en[key].trim(), key).not.toBe('');
      expect(zh[key].trim(), key).not.toBe('');
      expect(placeholders(zh[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('fills placeholders', () => {
    expect(pdfText('en', 'pageOf', { page: 3, total: 14 })).toBe('Page 3 of 14');
    expect(pdfText('zh-CN', 'pageOf', { page: 3, total: 14 })).toBe('第 3 页，共 14 页');
    expect(pdfText('en', 'minutes')).toBe('{n} min');
  });
});
