import { numberFormat } from '../../app/number-format';

/** Numbers as the room reads them, in the UI language. */

/** 0.235 → "23.5 %" / "23.5%". */
export function formatPercent(fraction: number, language: string): string {
  return numberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(fraction);
}

/** A weighted total (0..1) on the 0–100 scale the results use: 0.7153 → "71.5". */
export function formatTotal(total: number, language: string): string {
  return numberFormat(language, { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(total * 100);
}

/** A score or statistic: at most two decimals, no trailing zeros. */
export function formatScore(value: number, language: string): string {
  return numberFormat(language, { maximumFractionDigits: 2 }).format(value);
}

/** Percentage points of weight: 0.12 → "12". */
export function formatPoints(fraction: number, language: string): string {
  return numberFormat(language, { maximumFractionDigits: 1 }).format(fraction * 100);
}

