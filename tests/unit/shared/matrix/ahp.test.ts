import { describe, expect, it } from 'vitest';
import { ahpWeights, bestJudgement, mostInconsistentPair, nearestSaatyValue, randomIndex, randomIndexTable } from '../../../../shared/matrix';

/**
 * The analytic hierarchy process checked against Saaty's own published worked examples: the
 * eigenvector, λmax, CI and CR printed with each matrix must come out of ahpWeights.
 */

const r = (x: number) => 1 / x;
const rounded = (xs: number[], digits = 3) => xs.map((x) => Number(x.toFixed(digits)));

describe('Saaty’s random index', () => {
  it('is the table of T. L. Saaty, The Analytic Hierarchy Process (1980), for n = 1…15', () => {
    expect([...randomIndexTable]).toEqual([0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59]);
    expect([3, 4, 5, 6, 7, 8, 9, 10].map(randomIndex)).toEqual([0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49]);
    expect(randomIndex(30)).toBe(1.59);
  });
});

describe('published worked examples', () => {
  it('choosing the best house, 8 criteria (Saaty, "How to make a decision", European Journal of Operational Research 48 (1990) 9–26)', () => {
    // Size, transportation, neighbourhood, age, yard space, modern facilities, general condition, financing.
    const house = [
      [1, 5, 3, 7, 6, 6, r(3), r(4)],
      [r(5), 1, r(3), 5, 3, 3, r(5), r(7)],
      [r(3), 3, 1, 6, 3, 4, 6, r(5)],
      [r(7), r(5), r(6), 1, r(3), r(4), r(7), r(8)],
      [r(6), r(3), r(3), 3, 1, r(2), r(5), r(6)],
      [r(6), r(3), r(4), 4, 2, 1, r(5), r(6)],
      [3, 5, r(6), 7, 5, 5, 1, r(2)],
      [4, 7, 5, 8, 6, 6, 2, 1],
    ];
    const result = ahpWeights(house);
    // Published: priority vector .173 .054 .188 .018 .031 .036 .167 .333; λmax = 9.669, C.I. = 0.238, C.R. = 0.169.
    expect(rounded(result.weights)).toEqual([0.173, 0.054, 0.188, 0.018, 0.031, 0.036, 0.167, 0.333]);
    expect(result.lambdaMax).toBeCloseTo(9.669, 3);
    expect(result.ci).toBeCloseTo(0.238, 3);
    expect(result.cr).toBeCloseTo(0.169, 3);
    // Above 0.10: the judgement to revisit is neighbourhood vs general condition (6, where the
    // weights imply about 1.1); setting it to 1/2 brings CR under 0.10.
    const pair = mostInconsistentPair(house, result);
    expect(pair).toMatchObject({ i: 2, j: 6, judged: 6, suggested: 0.5 });
    expect(pair?.implied).toBeCloseTo(1.13, 2);
    expect(pair!.suggestedCr).toBeLessThan(0.1);
  });

  it('relative wealth of seven nations (Saaty, The Analytic Hierarchy Process, 1980; repeated in the 1990 EJOR paper)', () => {
    // US, USSR, China, France, UK, Japan, West Germany.
    const wealth = [
      [1, 4, 9, 6, 6, 5, 5],
      [r(4), 1, 7, 5, 5, 3, 4],
      [r(9), r(7), 1, r(5), r(5), r(7), r(5)],
      [r(6), r(5), 5, 1, 1, r(3), r(3)],
      [r(6), r(5), 5, 1, 1, r(3), r(3)],
      [r(5), r(3), 7, 3, 3, 1, 2],
      [r(5), r(4), 5, 3, 3, r(2), 1],
    ];
    const result = ahpWeights(wealth);
    // Published: .427 .230 .021 .052 .052 .123 .094; λmax = 7.61, C.I. = 0.10, C.R. = 0.08.
    expect(rounded(result.weights)).toEqual([0.427, 0.23, 0.021, 0.052, 0.052, 0.123, 0.094]);
    expect(result.lambdaMax).toBeCloseTo(7.61, 2);
    expect(result.ci).toBeCloseTo(0.1, 2);
    expect(result.cr).toBeCloseTo(0.08, 2);
  });

  it('light intensity of four chairs (Saaty, "A scaling method for priorities in hierarchical structures", J. Math. Psychology 15 (1977) 234–281)', () => {
    const light = [
      [1, 5, 6, 7],
      [r(5), 1, 4, 6],
      [r(6), r(4), 1, 4],
      [r(7), r(6), r(4), 1],
    ];
    const result = ahpWeights(light);
    // Published: .61 .24 .10 .05 (the inverse-square law gives .61 .22 .11 .06); λmax = 4.39, CR = 0.14.
    const expected = [0.61, 0.24, 0.1, 0.05];
    result.weights.forEach((w, i) => expect(Math.abs(w - expected[i]!)).toBeLessThan(0.01));
    expect(result.lambdaMax).toBeCloseTo(4.39, 2);
    expect(result.cr).toBeCloseTo(0.14, 2);
  });
});

describe('small and degenerate matrices', () => {
  it('n = 0, 1 and 2 are always consistent', () => {
    expect(ahpWeights([])).toEqual({ weights: [], lambdaMax: 0, ci: 0, cr: 0 });
    expect(ahpWeights([[1]])).toMatchObject({ weights: [1], cr: 0 });
    const two = ahpWeights([[1, 3], [r(3), 1]]);
    expect(two.weights[0]).toBeCloseTo(0.75, 12);
    expect(two.cr).toBe(0);
  });

  it('a cycle (a > b > c > a) is flagged and one changed judgement fixes it', () => {
    const cycle = [
      [1, 5, r(5)],
      [r(5), 1, 5],
      [5, r(5), 1],
    ];
    const result = ahpWeights(cycle);
    expect(result.cr).toBeGreaterThan(1);
    const pair = mostInconsistentPair(cycle, result)!;
    const fixed = cycle.map((row) => row.slice());
    fixed[pair.i]![pair.j] = pair.suggested;
    fixed[pair.j]![pair.i] = 1 / pair.suggested;
    expect(ahpWeights(fixed).cr).toBeCloseTo(pair.suggestedCr, 12);
    expect(bestJudgement(cycle, pair.i, pair.j).cr).toBe(pair.suggestedCr);
  });

  it('snaps ratios to the 1–9 scale on a log scale', () => {
    expect(nearestSaatyValue(1.13)).toBe(1);
    expect(nearestSaatyValue(20)).toBe(9);
    expect(nearestSaatyValue(0.3)).toBeCloseTo(1 / 3, 12);
    expect(nearestSaatyValue(Number.NaN)).toBe(1);
  });
});
