import { describe, expect, it } from 'vitest';
import type { MatrixBoard } from '../../../../shared/model/matrix';
import { emptyMatrix } from '../../../../shared/model/matrix';
import {
  cellStats,
  checkKnockout,
  evaluateMatrix,
  flipWeights,
  normaliseColumn,
  normaliseWeights,
  rankOrder,
  sensitivity,
  weightedTotals,
  withWeight,
} from '../../../../shared/matrix';

/**
 * A weighted sum worked by hand. Three options, three criteria:
 *
 *            quality (rating, benefit, 50 pts)  cost (CNY/1k, cost, 30 pts)  latency (ms, cost, 20 pts)
 *   A        4 → (4−1)/4 = 0.75                 2.0 → (6−2)/5 = 0.8           800  → (1200−800)/800 = 0.5
 *   B        5 → 1                              6.0 → 0                       1200 → 0
 *   C        3 → 0.5                            1.0 → 1                       400  → 1
 *
 *   A = 0.5·0.75 + 0.3·0.8 + 0.2·0.5 = 0.715;  B = 0.5;  C = 0.25 + 0.3 + 0.2 = 0.75  →  C, A, B.
 *
 * Sensitivity (others rescaled proportionally), worked by hand:
 *   quality up: with x its weight, T_C = 0.5x + 1.00(1−x), T_A = 0.75x + 0.68(1−x) → equal at x = 0.32/0.57
 *   = 0.5614, i.e. +6.14 points, A takes over; quality down: C holds to 0 %.
 *   cost down: T_C = 1·x + 0.642857(1−x), T_A = 0.8x + 0.678571(1−x) → x = 0.1515, i.e. −14.85 points.
 *   latency down: T_C = x + 0.6875(1−x), T_A = 0.5x + 0.76875(1−x) → x = 0.1398, i.e. −6.02 points.
 */
const quality = { direction: 'benefit', scale: 'rating' } as const;
const cost = { direction: 'cost', scale: 'measured' } as const;
const raw = [
  [4, 2, 800],
  [5, 6, 1200],
  [3, 1, 400],
];

function handBoard(): MatrixBoard {
  const criteria = (['quality', 'cost', 'latency'] as const).map((id, k) => ({
    id, name: id, description: '', ...(k === 0 ? quality : cost), unit: '', knockout: null, libraryKey: null, linkedCardIds: [],
  }));
  return {
    ...emptyMatrix(),
    options: ['A', 'B', 'C'].map((id) => ({ id, name: `Option ${id}`, description: '' })),
    criteria,
    weighting: { mode: 'direct', direct: { quality: 50, cost: 30, latency: 20 }, pairwise: [] },
    scores: raw.flatMap((row, i) => row.map((value, k) => ({ optionId: 'ABC'[i]!, criterionId: criteria[k]!.id, value, rationale: '', evidence: '' }))),
  };
}

describe('a weighted sum computed by hand', () => {
  const normalised = [
    [0.75, 0.8, 0.5],
    [1, 0, 0],
    [0.5, 1, 1],
  ];

  it('normalises ratings and measured values, inverting cost criteria', () => {
    expect(normaliseColumn([4, 5, 3], quality)).toEqual([0.75, 1, 0.5]);
    expect(normaliseColumn([2, 6, 1], cost).map((v) => v?.toFixed(6))).toEqual(['0.800000', '0.000000', '1.000000']);
    expect(normaliseColumn([800, 1200, 400], cost)).toEqual([0.5, 0, 1]);
  });

  it('totals and ranks', () => {
    const totals = weightedTotals(normalised, normaliseWeights([50, 30, 20]));
    expect(totals.map((t) => Number(t.toFixed(6)))).toEqual([0.715, 0.5, 0.75]);
    expect(rankOrder(totals)).toEqual([2, 0, 1]);
  });

  it('says how far each weight must move before the winner changes', () => {
    const s = sensitivity(normalised, [0.5, 0.3, 0.2]);
    expect(s[0]!.up).toBeCloseTo(0.32 / 0.57 - 0.5, 9);
    expect(s[0]).toMatchObject({ upWinner: 0, down: null, downWinner: null });
    expect(s[1]!.down).toBeCloseTo(0.3 - 0.035714285714 / 0.235714285714, 9);
    expect(s[1]).toMatchObject({ up: null, downWinner: 0 });
    expect(s[2]!.down).toBeCloseTo(0.2 - 0.08125 / 0.58125, 9);
    expect(flipWeights(normalised, [0.5, 0.3, 0.2]).map((f) => f.delta && Number(f.delta.toFixed(4)))).toEqual([0.0614, -0.1485, -0.0602]);
  });

  it('the board evaluation gives the same answer, by option id', () => {
    const result = evaluateMatrix(handBoard());
    expect(result.weights).toEqual([0.5, 0.3, 0.2]);
    expect(result.ranking.map((r) => [r.optionId, Number(r.total.toFixed(6)), r.rank])).toEqual([['C', 0.75, 1], ['A', 0.715, 2], ['B', 0.5, 3]]);
    expect(result.sensitivity[0]).toMatchObject({ criterionId: 'quality', upWinner: 'A' });
    expect(result.excluded).toEqual([]);
  });

  it('a what-if weight changes the result but not the saved weights', () => {
    const board = handBoard();
    const whatIf = withWeight([0.5, 0.3, 0.2], 0, 0.7);
    expect(whatIf.map((w) => Number(w.toFixed(6)))).toEqual([0.7, 0.18, 0.12]);
    const result = evaluateMatrix(board, whatIf);
    expect(result.ranking[0]?.optionId).toBe('A');
    expect(result.savedWeights).toEqual([0.5, 0.3, 0.2]);
    expect(board.weighting.direct).toEqual({ quality: 50, cost: 30, latency: 20 });
  });
});

describe('knock-outs', () => {
  it('benefit needs at least, cost at most; a missing value fails', () => {
    const onPrem = { criterionId: 'k', direction: 'benefit', threshold: 4 } as const;
    expect(checkKnockout(onPrem, 4)).toBeNull();
    expect(checkKnockout(onPrem, 2)).toMatchObject({ reason: 'below', value: 2 });
    expect(checkKnockout(onPrem, null)).toMatchObject({ reason: 'missing', value: null });
    const budget = { criterionId: 'c', direction: 'cost', threshold: 5 } as const;
    expect(checkKnockout(budget, 5)).toBeNull();
    expect(checkKnockout(budget, 5.5)).toMatchObject({ reason: 'above' });
  });

  it('an excluded option leaves the ranking, with its reason, and does not stretch the others’ scale', () => {
    const board = handBoard();
    board.criteria[1] = { ...board.criteria[1]!, knockout: 5 };
    const result = evaluateMatrix(board);
    expect(result.excluded).toEqual([{ optionId: 'B', failures: [{ criterionId: 'cost', threshold: 5, direction: 'cost', value: 6, reason: 'above' }] }]);
    expect(result.ranking.map((r) => r.optionId)).toEqual(['C', 'A']);
    // Cost is now normalised over A (2) and C (1) only: A → 0, C → 1.
    expect(result.normalised[0]?.[1]).toBe(0);
    expect(result.normalised[1]?.[1]).toBe(0);
  });
});

describe('normalisation edge cases', () => {
  it('gives every option full marks when all measured values are equal, and keeps missing values missing', () => {
    expect(normaliseColumn([300, 300, null], cost)).toEqual([1, 1, null]);
    expect(normaliseColumn([null, null], cost)).toEqual([null, null]);
    expect(normaliseColumn([7], { direction: 'benefit', scale: 'measured' })).toEqual([1]);
  });

  it('clamps ratings into 1–5 and inverts cost ratings', () => {
    expect(normaliseColumn([0, 9, 2], { direction: 'cost', scale: 'rating' })).toEqual([1, 0, 0.75]);
  });

  it('weighs criteria equally when no points are given, and counts a missing score as 0', () => {
    expect(normaliseWeights([0, 0, 0, 0])).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect(normaliseWeights([])).toEqual([]);
    expect(weightedTotals([[1, null]], [0.5, 0.5])).toEqual([0.5]);
  });
});

describe('blind-scoring statistics', () => {
  it('mean, median, range and the disagreement level of one cell', () => {
    expect(cellStats([2, 5, 4], 'rating')).toEqual({ count: 3, mean: 11 / 3, median: 4, min: 2, max: 5, spread: 3, relativeSpread: 0.75, disagreement: 'high' });
    expect(cellStats([3, 4], 'rating')).toMatchObject({ median: 3.5, spread: 1, disagreement: 'low' });
    expect(cellStats([2, 4, 3, 3], 'rating')).toMatchObject({ median: 3, disagreement: 'medium' });
    expect(cellStats([4], 'rating')).toMatchObject({ spread: 0, disagreement: 'none' });
    expect(cellStats([800, 1200], 'measured')).toMatchObject({ spread: 400, disagreement: 'medium' });
    expect(cellStats([], 'rating')).toBeNull();
  });
});
