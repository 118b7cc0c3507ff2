import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ahpWeights, cellStats, nearestSaatyValue, normaliseWeights, rankOrder, sensitivity, weightedTotals, withWeight } from '../../../../shared/matrix';

/** Invariants of the matrix maths over generated inputs (fast-check). */

const points = fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 20 });
const positiveWeights = fc.array(fc.double({ min: 0.01, max: 100, noNaN: true }), { minLength: 1, maxLength: 15 });
/** Scores on the 1–5 rating grid, normalised: 0, 0.25, …, 1. */
const scoreGrid = (options: number, criteria: number) =>
  fc.array(fc.array(fc.integer({ min: 0, max: 4 }).map((v) => v / 4), { minLength: criteria, maxLength: criteria }), { minLength: options, maxLength: options });
const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
const top = (scores: number[][], weights: number[]) => rankOrder(weightedTotals(scores, weights))[0];

describe('weights', () => {
  it('direct points normalise to weights that sum to 1 and do not depend on the unit of the points', () => {
    fc.assert(
      fc.property(points, fc.integer({ min: 1, max: 50 }), (p, c) => {
        const w = normaliseWeights(p);
        expect(sum(w)).toBeCloseTo(1, 12);
        expect(w.every((x) => x >= 0)).toBe(true);
        normaliseWeights(p.map((x) => x * c)).forEach((x, i) => expect(x).toBeCloseTo(w[i]!, 12));
      }),
    );
  });

  it('moving one weight keeps the total at 1 and the others in proportion', () => {
    fc.assert(
      fc.property(points.filter((p) => p.length > 1), fc.nat(), fc.double({ min: 0, max: 1, noNaN: true }), (p, at, value) => {
        const w = normaliseWeights(p);
        const k = at % w.length;
        const moved = withWeight(w, k, value);
        expect(sum(moved)).toBeCloseTo(1, 9);
        expect(moved[k]).toBe(value);
        const [i, j] = w.map((_, x) => x).filter((x) => x !== k);
        if (j !== undefined && w[j]! > 0 && value < 1) expect(moved[i!]! / moved[j]!).toBeCloseTo(w[i!]! / w[j]!, 9);
      }),
    );
  });
});

describe('AHP', () => {
  it('a perfectly consistent matrix (a_ij = w_i / w_j) has CR = 0, λmax = n and gives back w', () => {
    fc.assert(
      fc.property(positiveWeights, (raw) => {
        const w = raw.map((x) => x / sum(raw));
        const result = ahpWeights(w.map((wi) => w.map((wj) => wi / wj)));
        expect(result.cr).toBeLessThan(1e-9);
        expect(result.lambdaMax).toBeCloseTo(w.length, 9);
        result.weights.forEach((x, i) => expect(x).toBeCloseTo(w[i]!, 9));
      }),
    );
  });

  it('any reciprocal matrix on the 1–9 scale gives positive weights summing to 1 and λmax ≥ n', () => {
    const judgements = fc.integer({ min: 2, max: 12 }).chain((n) =>
      fc.tuple(fc.constant(n), fc.array(fc.integer({ min: -8, max: 8 }), { minLength: (n * (n - 1)) / 2, maxLength: (n * (n - 1)) / 2 })),
    );
    fc.assert(
      fc.property(judgements, ([n, cells]) => {
        const m = Array.from({ length: n }, () => new Array<number>(n).fill(1));
        let c = 0;
        for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
          const v = cells[c++]!;
          m[i]![j] = v >= 0 ? v + 1 : 1 / (1 - v);
          m[j]![i] = 1 / m[i]![j]!;
        }
        const result = ahpWeights(m);
        expect(sum(result.weights)).toBeCloseTo(1, 9);
        expect(result.weights.every((x) => x > 0)).toBe(true);
        expect(result.lambdaMax).toBeGreaterThanOrEqual(n - 1e-9);
        expect(result.cr).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('every value snaps to one of the 17 scale values', () => {
    fc.assert(fc.property(fc.double({ min: 1e-6, max: 1e6, noNaN: true }), (x) => {
      const v = nearestSaatyValue(x);
      expect(v >= 1 ? Number.isInteger(v) : Number.isInteger(1 / v + 1e-9) || Math.abs(1 / v - Math.round(1 / v)) < 1e-9).toBe(true);
    }));
  });
});

describe('ranking', () => {
  it('is a permutation; equal totals keep the options’ order (stable)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }).map((x) => x / 5), { maxLength: 30 }), (totals) => {
        const order = rankOrder(totals);
        expect([...order].sort((a, b) => a - b)).toEqual(totals.map((_, i) => i));
        for (let r = 1; r < order.length; r++) {
          const prev = totals[order[r - 1]!]!;
          const cur = totals[order[r]!]!;
          expect(prev).toBeGreaterThanOrEqual(cur);
          if (prev === cur) expect(order[r - 1]!).toBeLessThan(order[r]!);
        }
      }),
    );
  });

  it('does not change when every weight is multiplied by the same factor', () => {
    fc.assert(
      fc.property(scoreGrid(5, 4), fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 4, maxLength: 4 }), fc.integer({ min: 2, max: 9 }), (s, p, c) => {
        const w = normaliseWeights(p);
        expect(rankOrder(weightedTotals(s, w.map((x) => x * c)))).toEqual(rankOrder(weightedTotals(s, w)));
      }),
    );
  });
});

describe('sensitivity', () => {
  it('the winner holds just short of each reported flip and changes just past it', () => {
    fc.assert(
      fc.property(scoreGrid(4, 4), fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 4, maxLength: 4 }), (s, p) => {
        const w = normaliseWeights(p);
        const winner = top(s, w);
        for (const { criterion: k, up, down } of sensitivity(s, w)) {
          const wk = w[k]!;
          if (up !== null && up > 1e-6) {
            expect(top(s, withWeight(w, k, wk + up - 1e-7))).toBe(winner);
            expect(top(s, withWeight(w, k, wk + up + 1e-7))).not.toBe(winner);
          }
          // No flip up: the winner holds anywhere above (midway to 100 %, clear of the all-tied end).
          if (up === null) expect(top(s, withWeight(w, k, (wk + 1) / 2))).toBe(winner);
          if (down !== null && down > 1e-6) {
            expect(top(s, withWeight(w, k, wk - down + 1e-7))).toBe(winner);
            expect(top(s, withWeight(w, k, wk - down - 1e-7))).not.toBe(winner);
          }
          if (down === null) expect(top(s, withWeight(w, k, wk / 2))).toBe(winner);
        }
      }),
    );
  });
});

describe('blind statistics', () => {
  it('mean and median lie within the scores and the spread is max − min', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 12 }), (values) => {
        const s = cellStats(values, 'rating')!;
        expect(s.median).toBeGreaterThanOrEqual(s.min);
        expect(s.median).toBeLessThanOrEqual(s.max);
        expect(s.mean).toBeGreaterThanOrEqual(s.min - 1e-12);
        expect(s.spread).toBe(Math.max(...values) - Math.min(...values));
      }),
    );
  });
});
