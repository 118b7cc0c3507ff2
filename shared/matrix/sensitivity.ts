import { rankOrder, tieTolerance } from './totals';

/**
 * One-at-a-time weight sensitivity of the winner. Criterion k's weight moves from w_k to x; the
 * other weights are rescaled proportionally so the total stays 1 (equal shares when they had none).
 * Every total is then linear in x:  T_i(x) = s_ik · x + Q_i · (1 − x),  Q_i = Σ_{j≠k} s_ij · u_j,
 * with u_j the others' shares. The winner a stays on top while T_a(x) ≥ T_b(x) for every b, an
 * interval around w_k; its ends, where a challenger draws level, are where the winner changes.
 *
 * `up`/`down` are those changes in weight (fractions: 0.12 is 12 percentage points), null when the
 * winner holds all the way to 100 % / 0 %. 0 means the winner is already tied and loses the tie
 * on the slightest move that way.
 */
export interface CriterionSensitivity {
  criterion: number;
  up: number | null;
  /** The option that takes over past `up`. */
  upWinner: number | null;
  down: number | null;
  downWinner: number | null;
}

export function sensitivity(scores: readonly (readonly (number | null)[])[], weights: readonly number[]): CriterionSensitivity[] {
  const n = scores.length;
  const m = weights.length;
  const s = (i: number, k: number) => {
    const v = scores[i]?.[k];
    return v === null || v === undefined || !Number.isFinite(v) ? 0 : v;
  };
  if (n < 2) return weights.map((_, k) => ({ criterion: k, up: null, upWinner: null, down: null, downWinner: null }));
  const totals = scores.map((_, i) => weights.reduce((sum, w, k) => sum + w * s(i, k), 0));
  const a = rankOrder(totals)[0] ?? 0;

  return weights.map((wk, k) => {
    const rest = 1 - wk;
    const share = (j: number) => (rest > 1e-12 ? (weights[j] ?? 0) / rest : m > 1 ? 1 / (m - 1) : 0);
    const q = (i: number) => {
      let sum = 0;
      for (let j = 0; j < m; j++) if (j !== k) sum += s(i, j) * share(j);
      return sum;
    };
    const qa = q(a);
    let up: { x: number; b: number } | null = null;
    let down: { x: number; b: number } | null = null;
    for (let b = 0; b < n; b++) {
      if (b === a) continue;
      // D(x) = T_a − T_b = dq + (ds − dq) · x, with D(w_k) ≥ 0 since a wins now.
      const ds = s(a, k) - s(b, k);
      const dq = qa - q(b);
      const slope = ds - dq;
      if (Math.abs(slope) <= tieTolerance) continue;
      const x = -dq / slope;
      const now = dq + slope * wk;
      // Level now: a keeps a tie only when it comes first; it loses it the moment b gains.
      const xAt = Math.abs(now) <= tieTolerance ? wk : x;
      if (slope < 0 && xAt >= wk - 1e-12 && xAt < 1 - 1e-12 && (!up || xAt < up.x - 1e-12)) up = { x: xAt, b };
      if (slope > 0 && xAt <= wk + 1e-12 && xAt > 1e-12 && (!down || xAt > down.x + 1e-12)) down = { x: xAt, b };
    }
    return {
      criterion: k,
      up: up ? Math.max(0, up.x - wk) : null,
      upWinner: up?.b ?? null,
      down: down ? Math.max(0, wk - down.x) : null,
      downWinner: down?.b ?? null,
    };
  });
}

/**
 * The smallest change of each criterion's weight (others rescaled proportionally) that changes the
 * top option, signed (+ up, − down); null when no change within 0…100 % does.
 */
export function flipWeights(scores: readonly (readonly (number | null)[])[], weights: readonly number[]): Array<{ criterion: number; delta: number | null }> {
  return sensitivity(scores, weights).map(({ criterion, up, down }) => {
    if (up === null && down === null) return { criterion, delta: null };
    if (down === null || (up !== null && up <= down)) return { criterion, delta: up };
    return { criterion, delta: -down };
  });
}
