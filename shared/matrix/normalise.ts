/**
 * Normalisation of one criterion's raw scores to 0..1, where 1 is always "best".
 *
 * - rating (1–5): linear, 1 → 0 and 5 → 1, taken as is; a rating describes the quantity the
 *   criterion names, so for a cost criterion (e.g. vendor lock-in) it is inverted: 1 → 1, 5 → 0.
 *   Ratings outside 1–5 are clamped.
 * - measured (e.g. cost per 1,000 requests, p95 latency): min–max across the options given,
 *   (v − min) / (max − min) for a benefit, (max − v) / (max − min) for a cost.
 *   When every option with a value has the same value (or only one has a value) the criterion
 *   cannot separate them: each of them scores 1, which moves every total equally and changes no rank.
 *
 * A missing value stays null (the caller counts it as 0 and reports it as missing).
 */

export type Direction = 'benefit' | 'cost';
export type Scale = 'rating' | 'measured';

export const ratingMin = 1;
export const ratingMax = 5;

/** One rating as 0..1 (1 = best). */
export function normaliseRating(value: number, direction: Direction): number {
  const clamped = Math.min(ratingMax, Math.max(ratingMin, value));
  const up = (clamped - ratingMin) / (ratingMax - ratingMin);
  return direction === 'benefit' ? up : 1 - up;
}

/** The range of the measured values that count (finite, not null); null when there are none. */
export function measuredRange(values: readonly (number | null)[]): { min: number; max: number } | null {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v === null || !Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return min <= max ? { min, max } : null;
}

/** One measured value as 0..1 against a range (clamped, so an option outside the range still fits). */
export function normaliseMeasured(value: number, range: { min: number; max: number }, direction: Direction): number {
  const span = range.max - range.min;
  if (span <= 0) return 1;
  const up = Math.min(1, Math.max(0, (value - range.min) / span));
  return direction === 'benefit' ? up : 1 - up;
}

/**
 * A whole column: `values` are the raw scores of every option; `rangeOf` marks which options set
 * the min–max range of a measured criterion (default: all). Options outside it (e.g. knocked out)
 * are normalised against the same range and clamped to 0..1.
 */
export function normaliseColumn(
  values: readonly (number | null)[],
  criterion: { direction: Direction; scale: Scale },
  rangeOf: readonly boolean[] = values.map(() => true),
): (number | null)[] {
  if (criterion.scale === 'rating') {
    return values.map((v) => (v === null || !Number.isFinite(v) ? null : normaliseRating(v, criterion.direction)));
  }
  const range = measuredRange(values.filter((_, i) => rangeOf[i] ?? true)) ?? measuredRange(values);
  return values.map((v) => (v === null || !Number.isFinite(v) || !range ? null : normaliseMeasured(v, range, criterion.direction)));
}
