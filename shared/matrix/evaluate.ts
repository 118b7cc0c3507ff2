import type { MatrixBoard } from '../model/matrix';
import type { AhpResult } from './ahp';
import { acceptableCr, ahpWeights } from './ahp';
import type { InconsistentPair } from './consistency';
import { mostInconsistentPair } from './consistency';
import type { KnockoutFailure } from './knockouts';
import { knockoutFailures } from './knockouts';
import { normaliseColumn } from './normalise';
import { pairwiseMatrix } from './pairwise-matrix';
import type { CriterionSensitivity } from './sensitivity';
import { sensitivity } from './sensitivity';
import { rankOrder, tieTolerance, weightedTotals } from './totals';
import { normaliseWeights } from './weights';

/** The pairwise weights with their consistency, and the judgement to revisit when CR > 0.10. */
export interface PairwiseWeights extends AhpResult {
  acceptable: boolean;
  inconsistent: (InconsistentPair & { a: string; b: string }) | null;
}

export interface RankedOption {
  optionId: string;
  total: number;
  /** 1 for the winner; a permutation over the ranked options (ties keep board order). */
  rank: number;
  tiedWithPrevious: boolean;
  /** Cells without a score, counted as 0. */
  missing: number;
}

export interface MatrixEvaluation {
  /** Per criterion, in board order; sums to 1 (empty without criteria). */
  weights: number[];
  /** The weights the board itself holds (what-if overrides aside). */
  savedWeights: number[];
  pairwise: PairwiseWeights | null;
  /** options × criteria, raw agreed values and 0..1 normalised (1 best). */
  raw: (number | null)[][];
  normalised: (number | null)[][];
  /** Per option id: every total, knocked out or not (for charts). */
  totals: Map<string, number>;
  ranking: RankedOption[];
  excluded: { optionId: string; failures: KnockoutFailure[] }[];
  /** Per criterion, over the ranked options; option indices refer to `ranking` order's options by id. */
  sensitivity: (Omit<CriterionSensitivity, 'upWinner' | 'downWinner'> & { criterionId: string; upWinner: string | null; downWinner: string | null })[];
}

/** The weights a board holds: direct points normalised, or the pairwise eigenvector. */
type BoardWeights = { weights: number[]; pairwise: PairwiseWeights | null };

/**
 * The last weights worked out for each weighting object, with the criteria they were for. A
 * what-if slider or a score edit leaves both objects alone, so the eigenvector and the consistency
 * advice (the costly part on 30 criteria) are not worked out again for it. Results are shared:
 * callers never mutate them.
 */
const weightsCache = new WeakMap<object, { criteria: readonly unknown[]; result: BoardWeights }>();

export function boardWeights(board: Pick<MatrixBoard, 'criteria' | 'weighting'>): BoardWeights {
  const hit = weightsCache.get(board.weighting);
  if (hit && hit.criteria === board.criteria) return hit.result;
  const result = computeBoardWeights(board);
  weightsCache.set(board.weighting, { criteria: board.criteria, result });
  return result;
}

function computeBoardWeights(board: Pick<MatrixBoard, 'criteria' | 'weighting'>): BoardWeights {
  const ids = board.criteria.map((c) => c.id);
  if (board.weighting.mode === 'direct') {
    return { weights: normaliseWeights(ids.map((id) => board.weighting.direct[id] ?? 0)), pairwise: null };
  }
  const matrix = pairwiseMatrix(ids, board.weighting.pairwise);
  const result = ahpWeights(matrix);
  const acceptable = result.cr <= acceptableCr;
  const pair = acceptable ? null : mostInconsistentPair(matrix, result);
  return {
    weights: result.weights,
    pairwise: { ...result, acceptable, inconsistent: pair ? { ...pair, a: ids[pair.i]!, b: ids[pair.j]! } : null },
  };
}

/** The agreed raw values, options × criteria. */
export function rawScores(board: Pick<MatrixBoard, 'options' | 'criteria' | 'scores'>): (number | null)[][] {
  const byCell = new Map(board.scores.map((s) => [`${s.optionId}\u0000${s.criterionId}`, s.value]));
  return board.options.map((o) => board.criteria.map((c) => byCell.get(`${o.id}\u0000${c.id}`) ?? null));
}

/**
 * Everything the results view shows, from the board alone. `weightsOverride` (the what-if
 * sliders) replaces the saved weights for this evaluation only.
 */
export function evaluateMatrix(board: MatrixBoard, weightsOverride?: readonly number[]): MatrixEvaluation {
  const { weights: savedWeights, pairwise } = boardWeights(board);
  const weights = weightsOverride && weightsOverride.length === savedWeights.length ? [...weightsOverride] : savedWeights;
  const raw = rawScores(board);
  const rules = board.criteria.map((c) => (c.knockout === null ? null : { criterionId: c.id, direction: c.direction, threshold: c.knockout }));
  const failures = knockoutFailures(raw, rules);
  const inRanking = failures.map((f) => f.length === 0);
  // Measured criteria are min–max normalised over the options still in the ranking, so a knocked-out
  // outlier cannot stretch the scale of the others.
  const columns = board.criteria.map((c, k) => normaliseColumn(raw.map((row) => row[k] ?? null), c, inRanking));
  const normalised = board.options.map((_, i) => board.criteria.map((_, k) => columns[k]?.[i] ?? null));
  const allTotals = weightedTotals(normalised, weights);

  const rankedIdx = board.options.map((_, i) => i).filter((i) => inRanking[i]);
  const rankedTotals = rankedIdx.map((i) => allTotals[i] ?? 0);
  const order = rankOrder(rankedTotals);
  const ranking = order.map((pos, r): RankedOption => {
    const i = rankedIdx[pos]!;
    const previous = r > 0 ? rankedTotals[order[r - 1]!] : undefined;
    return {
      optionId: board.options[i]!.id,
      total: allTotals[i] ?? 0,
      rank: r + 1,
      tiedWithPrevious: previous !== undefined && Math.abs(previous - (allTotals[i] ?? 0)) <= tieTolerance,
      missing: (normalised[i] ?? []).filter((v) => v === null).length,
    };
  });
  const optionAt = (pos: number | null) => (pos === null ? null : board.options[rankedIdx[pos]!]!.id);
  return {
    weights,
    savedWeights,
    pairwise,
    raw,
    normalised,
    totals: new Map(board.options.map((o, i) => [o.id, allTotals[i] ?? 0])),
    ranking,
    excluded: board.options.flatMap((o, i) => (inRanking[i] ? [] : [{ optionId: o.id, failures: failures[i] ?? [] }])),
    sensitivity: sensitivity(rankedIdx.map((i) => normalised[i] ?? []), weights).map((s) => ({
      ...s,
      criterionId: board.criteria[s.criterion]!.id,
      upWinner: optionAt(s.upWinner),
      downWinner: optionAt(s.downWinner),
    })),
  };
}
