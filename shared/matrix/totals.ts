/**
 * The weighted sum: total_i = Σ_k w_k · s_ik, with scores already normalised to 0..1 (1 best) and
 * weights summing to 1, so totals lie in 0..1 too. A missing score (null, NaN) counts as 0.
 */
export function weightedTotals(scores: readonly (readonly (number | null)[])[], weights: readonly number[]): number[] {
  return scores.map((row) => weights.reduce((sum, w, k) => {
    const s = row[k];
    return sum + (s === null || s === undefined || !Number.isFinite(s) ? 0 : w * s);
  }, 0));
}

/** Two totals closer than this are a tie (floating-point noise is not a preference). */
export const tieTolerance = 1e-9;

/**
 * Indices of the options from best to worst: a permutation of 0…n−1. Ties keep the options' own
 * order (a stable sort), so the same matrix always ranks the same way.
 */
export function rankOrder(totals: readonly number[]): number[] {
  return totals
    .map((total, index) => ({ total, index }))
    .sort((a, b) => (Math.abs(a.total - b.total) <= tieTolerance ? a.index - b.index : b.total - a.total))
    .map((x) => x.index);
}
