import type { Language } from '../model/workshop';

/**
 * The row labels and value words of the matrix CSV, in both languages. Export writes one language;
 * import accepts either (a file exported in Chinese can be read by an English UI and back).
 */

export const csvRowKeys = ['option', 'direction', 'scale', 'unit', 'knockout', 'weight'] as const;
export type CsvRowKey = (typeof csvRowKeys)[number];

export const csvRowLabels: Record<Language, Record<CsvRowKey, string> & { description: string }> = {
  en: { option: 'Option', description: 'Description', direction: 'Direction', scale: 'Scale', unit: 'Unit', knockout: 'Knock-out', weight: 'Weight (%)' },
  'zh-CN': { option: '方案', description: '说明', direction: '方向', scale: '量表', unit: '单位', knockout: '一票否决', weight: '权重 (%)' },
};

export const csvValueWords: Record<Language, { benefit: string; cost: string; rating: string; measured: string }> = {
  en: { benefit: 'benefit', cost: 'cost', rating: 'rating 1-5', measured: 'measured' },
  'zh-CN': { benefit: '效益', cost: '成本', rating: '评分 1-5', measured: '实测值' },
};

const fold = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/** Which row a first-column label names, in either language (also without the "(%)"). */
export function rowKeyOf(label: string): CsvRowKey | null {
  const f = fold(label);
  for (const lang of ['en', 'zh-CN'] as const) {
    for (const key of csvRowKeys) {
      const known = fold(csvRowLabels[lang][key]);
      if (f === known || f === known.replace(/\s*\(%\)$/, '')) return key;
    }
  }
  return null;
}

const directionWords: Record<string, 'benefit' | 'cost'> = { benefit: 'benefit', cost: 'cost', 效益: 'benefit', 收益: 'benefit', 成本: 'cost' };
const scaleWords: Record<string, 'rating' | 'measured'> = {
  rating: 'rating', 'rating 1-5': 'rating', 'rating 1–5': 'rating', 评分: 'rating', '评分 1-5': 'rating', '评分 1–5': 'rating',
  measured: 'measured', 实测: 'measured', 实测值: 'measured', 测量值: 'measured',
};

export function parseDirection(word: string): 'benefit' | 'cost' | null {
  return directionWords[fold(word)] ?? null;
}

export function parseScale(word: string): 'rating' | 'measured' | null {
  return scaleWords[fold(word)] ?? null;
}
