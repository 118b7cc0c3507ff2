/**
 * The reciprocal comparison matrix from stored judgements. A judgement {a, b, value} says how much
 * more important criterion a is than b; the matrix holds value at (a, b) and 1/value at (b, a).
 * Pairs nobody has judged yet count as equal (1). When a pair was stored twice, the last one wins.
 */

export interface Judgement {
  a: string;
  b: string;
  value: number;
}

export function pairwiseMatrix(ids: readonly string[], judgements: readonly Judgement[]): number[][] {
  const index = new Map(ids.map((id, i) => [id, i]));
  const m = ids.map((_, i) => ids.map((__, j) => (i === j ? 1 : 1)));
  for (const { a, b, value } of judgements) {
    const i = index.get(a);
    const j = index.get(b);
    if (i === undefined || j === undefined || i === j || !(value > 0) || !Number.isFinite(value)) continue;
    m[i]![j] = value;
    m[j]![i] = 1 / value;
  }
  return m;
}

/** The judgement of `a` over `b` (1 when not given), whichever way round it was stored. */
export function judgementOf(judgements: readonly Judgement[], a: string, b: string): number {
  for (let k = judgements.length - 1; k >= 0; k--) {
    const j = judgements[k]!;
    if (j.a === a && j.b === b) return j.value;
    if (j.a === b && j.b === a) return 1 / j.value;
  }
  return 1;
}
