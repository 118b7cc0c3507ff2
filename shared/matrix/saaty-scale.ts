/**
 * Saaty's fundamental 1–9 scale. A judgement "a compared with b" is v ≥ 1 when a is more
 * important (1 equal, 3 moderate, 5 strong, 7 very strong, 9 extreme, even numbers between),
 * and 1/v when b is.
 */

export const saatyIntensities = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;

/** The 17 judgements from "b extremely more important" (1/9) to "a extremely more important" (9). */
export const saatyValues: readonly number[] = [
  ...saatyIntensities.slice(1).reverse().map((v) => 1 / v),
  ...saatyIntensities,
];

/** The Saaty value nearest to `ratio`, measured on a log scale (so 1/3 and 3 are equally far from 1). */
export function nearestSaatyValue(ratio: number): number {
  if (!(ratio > 0) || !Number.isFinite(ratio)) return 1;
  const target = Math.log(ratio);
  let best = 1;
  for (const v of saatyValues) if (Math.abs(Math.log(v) - target) < Math.abs(Math.log(best) - target)) best = v;
  return best;
}

/** Intensity and side of a judgement: 1/5 → { intensity: 5, favours: 'b' }. */
export function describeJudgement(value: number): { intensity: number; favours: 'a' | 'b' | 'equal' } {
  const snapped = nearestSaatyValue(value);
  if (snapped === 1) return { intensity: 1, favours: 'equal' };
  return snapped > 1 ? { intensity: Math.round(snapped), favours: 'a' } : { intensity: Math.round(1 / snapped), favours: 'b' };
}
