/**
 * Weights: non-negative, summing to 1 (shown as 100 %).
 *
 * Direct points (any non-negative numbers) are divided by their sum. When no criterion has any
 * points (all zero, or missing), every criterion weighs the same: a fresh matrix ranks by the plain
 * average rather than by nothing.
 */

/** Points → weights that sum to 1; equal weights when the points sum to zero. */
export function normaliseWeights(points: readonly number[]): number[] {
  const clean = points.map((p) => (Number.isFinite(p) && p > 0 ? p : 0));
  const sum = clean.reduce((s, p) => s + p, 0);
  if (clean.length === 0) return [];
  if (sum <= 0) return clean.map(() => 1 / clean.length);
  return clean.map((p) => p / sum);
}

/**
 * The weights with criterion `index` set to `value` (0..1) and the others rescaled proportionally
 * so the total stays 1. When the others had no weight at all, they share the rest equally.
 * Used by the sensitivity analysis and by the what-if sliders.
 */
export function withWeight(weights: readonly number[], index: number, value: number): number[] {
  const v = Math.min(1, Math.max(0, value));
  const current = weights[index] ?? 0;
  const rest = 1 - current;
  const others = weights.length - 1;
  return weights.map((w, i) => {
    if (i === index) return v;
    if (rest > 1e-12) return (w * (1 - v)) / rest;
    return others > 0 ? (1 - v) / others : 0;
  });
}
