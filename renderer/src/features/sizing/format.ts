import type { Language } from '../../../../shared/model/workshop';

/** Figures for the sizing panel, in the UI language's number format. */
export function formatNumber(value: number, language: Language, digits = 1): string {
  if (!Number.isFinite(value)) return '∞';
  return new Intl.NumberFormat(language, { maximumFractionDigits: digits }).format(value);
}
