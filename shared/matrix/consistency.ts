import type { AhpResult } from './ahp';
import { ahpWeights } from './ahp';
import { saatyValues } from './saaty-scale';

/**
 * Which judgement to revisit when the consistency ratio is too high.
 *
 * For every pair i < j the judgement a_ij is compared with the ratio the weights imply, w_i / w_j.
 * The pair whose judgement deviates most, measured as |ln(a_ij · w_j / w_i)| (so "3 times too
 * high" and "3 times too low" count the same), is the most inconsistent (Saaty's ε_ij = a_ij w_j / w_i).
 * The suggestion is the value on the 1–9 scale that, put in that one cell, gives the lowest CR.
 */
export interface InconsistentPair {
  i: number;
  j: number;
  /** The judgement as given, i over j. */
  judged: number;
  /** What the weights imply, w_i / w_j. */
  implied: number;
  /** The Saaty value for (i, j) that minimises CR, and the CR it gives. */
  suggested: number;
  suggestedCr: number;
}

export function mostInconsistentPair(matrix: readonly (readonly number[])[], result: AhpResult = ahpWeights(matrix)): InconsistentPair | null {
  const n = matrix.length;
  const w = result.weights;
  let worst: { i: number; j: number; deviation: number } | null = null;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const implied = (w[i] ?? 0) / (w[j] ?? 1);
      const deviation = Math.abs(Math.log((matrix[i]?.[j] ?? 1) / implied));
      if (!worst || deviation > worst.deviation + 1e-12) worst = { i, j, deviation };
    }
  }
  if (!worst || worst.deviation < 1e-9) return null;
  const { i, j } = worst;
  const best = bestJudgement(matrix, i, j);
  return { i, j, judged: matrix[i]?.[j] ?? 1, implied: (w[i] ?? 0) / (w[j] ?? 1), suggested: best.value, suggestedCr: best.cr };
}

/** The Saaty value for cell (i, j) that gives the lowest CR, the other judgements unchanged. */
export function bestJudgement(matrix: readonly (readonly number[])[], i: number, j: number): { value: number; cr: number } {
  let best = { value: matrix[i]?.[j] ?? 1, cr: Infinity };
  for (const value of saatyValues) {
    const trial = matrix.map((row) => row.slice());
    trial[i]![j] = value;
    trial[j]![i] = 1 / value;
    const { cr } = ahpWeights(trial);
    if (cr < best.cr - 1e-12) best = { value, cr };
  }
  return best;
}
