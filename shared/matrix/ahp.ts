/**
 * The analytic hierarchy process (Saaty): weights from a reciprocal matrix of pairwise judgements.
 *
 * weights: the principal (Perron) eigenvector, found by power iteration and normalised to sum 1.
 * λmax: its eigenvalue; for a consistent matrix λmax = n.
 * CI = (λmax − n) / (n − 1); CR = CI / RI(n) with Saaty's random index. CR ≤ 0.10 is acceptable.
 */

/**
 * Saaty's random consistency index for n = 1…15 (T. L. Saaty, The Analytic Hierarchy Process,
 * McGraw-Hill 1980, table 1.7: mean CI of random reciprocal matrices).
 */
export const randomIndexTable = [0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59] as const;

/** RI(n); above 15 the last value of the table is used (it levels off near 1.6). */
export function randomIndex(n: number): number {
  if (n < 1) return 0;
  return randomIndexTable[Math.min(n, randomIndexTable.length) - 1] ?? 0;
}

/** Above this consistency ratio the judgements should be revisited (Saaty). */
export const acceptableCr = 0.1;

export interface AhpResult {
  weights: number[];
  lambdaMax: number;
  ci: number;
  cr: number;
}

const maxIterations = 10_000;
const tolerance = 1e-13;

/**
 * Weights, λmax, CI and CR of a positive reciprocal matrix (a[i][j] · a[j][i] = 1, a[i][i] = 1).
 * n = 1 or 2 is always consistent (CR = 0). An empty matrix gives no weights.
 */
export function ahpWeights(pairwise: readonly (readonly number[])[]): AhpResult {
  const n = pairwise.length;
  if (n === 0) return { weights: [], lambdaMax: 0, ci: 0, cr: 0 };
  let w = new Array<number>(n).fill(1 / n);
  let lambda = n;
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    const next = multiply(pairwise, w);
    // With w summing to 1, the sum of A·w converges to λmax (A·w = λ·w).
    lambda = next.reduce((s, x) => s + x, 0);
    const normalised = next.map((x) => x / lambda);
    const change = normalised.reduce((m, x, i) => Math.max(m, Math.abs(x - (w[i] ?? 0))), 0);
    w = normalised;
    if (change < tolerance) break;
  }
  const ci = n > 2 ? Math.max(0, (lambda - n) / (n - 1)) : 0;
  const ri = randomIndex(n);
  return { weights: w, lambdaMax: lambda, ci, cr: ri > 0 ? ci / ri : 0 };
}

function multiply(a: readonly (readonly number[])[], w: readonly number[]): number[] {
  return a.map((row) => row.reduce((s, x, j) => s + x * (w[j] ?? 0), 0));
}
