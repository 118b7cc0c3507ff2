import type { Language } from '../../../../shared/model/workshop';
import { numberFormat } from '../../app/number-format';

/** Figures for the sizing panel, in the UI language's number format. */
export function formatNumber(value: number, language: Language, digits = 1): string {
  if (!Number.isFinite(value)) return '∞';
  return numberFormat(language, { maximumFractionDigits: digits }).format(value);
}
