/**
 * What the room's blind scores of one cell say: how many, mean, median, and the spread.
 * Spread is the range, max − min, in the criterion's own unit: a room reads "one person gave 1,
 * another 5" more easily than a standard deviation, and with 3–10 scorers the range is what starts
 * the conversation. Disagreement compares the spread with the scale: for a 1–5 rating the scale
 * is 4 points wide; for a measured value, the largest magnitude among the scores.
 *   relative spread ≤ 0.25 → low (ratings within one point), ≤ 0.5 → medium (two points), else high.
 */

export type Disagreement = 'none' | 'low' | 'medium' | 'high';

export interface CellStats {
  count: number;
  mean: number;
  median: number;
  min: number;
  max: number;
  spread: number;
  /** Spread relative to the scale, 0..1 (can exceed 1 for measured values of mixed sign). */
  relativeSpread: number;
  disagreement: Disagreement;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return NaN;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function disagreementLevel(relativeSpread: number, count: number): Disagreement {
  if (count < 2) return 'none';
  if (relativeSpread <= 0.25 + 1e-9) return 'low';
  if (relativeSpread <= 0.5 + 1e-9) return 'medium';
  return 'high';
}

/** Statistics of one cell's scores; null when nobody scored it. */
export function cellStats(values: readonly number[], scale: 'rating' | 'measured'): CellStats | null {
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length === 0) return null;
  const min = Math.min(...finite);
  const max = Math.max(...finite);
  const spread = max - min;
  const width = scale === 'rating' ? 4 : Math.max(Math.abs(min), Math.abs(max));
  const relativeSpread = width > 0 ? spread / width : 0;
  return {
    count: finite.length,
    mean: finite.reduce((s, v) => s + v, 0) / finite.length,
    median: median(finite),
    min,
    max,
    spread,
    relativeSpread,
    disagreement: disagreementLevel(relativeSpread, finite.length),
  };
}
