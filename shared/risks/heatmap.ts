import type { Id } from '../model/ids';
import type { Risk } from '../model/workshop';
import type { Rating, RiskLevel } from './levels';
import { levelOfScore, ratings } from './levels';

/** One cell of the likelihood × impact map and the risks that sit in it, in register order. */
export interface HeatMapCell {
  likelihood: Rating;
  impact: Rating;
  score: number;
  level: RiskLevel;
  riskIds: Id[];
}

export interface HeatMap {
  /** Rows from impact 5 (top) down to 1; each row's cells from likelihood 1 (left) to 5. */
  rows: HeatMapCell[][];
  /** Risks with no likelihood or no impact yet: on no cell. */
  unratedIds: Id[];
}

/** The key of a cell, e.g. "3:4" for likelihood 3, impact 4; used to select a cell. */
export const cellKey = (likelihood: number, impact: number) => `${likelihood}:${impact}`;

/** Parses a cell key back; null when it is not one. */
export function parseCellKey(key: string): { likelihood: Rating; impact: Rating } | null {
  const m = /^([1-5]):([1-5])$/.exec(key);
  return m ? { likelihood: Number(m[1]) as Rating, impact: Number(m[2]) as Rating } : null;
}

/** Whether a risk sits in the cell with this key. */
export function riskInCell(risk: Pick<Risk, 'likelihood' | 'impact'>, key: string): boolean {
  return risk.likelihood !== null && risk.impact !== null && cellKey(risk.likelihood, risk.impact) === key;
}

/**
 * Buckets risks into the 25 cells (pure: the board, the presenter view and the PDF draw the same
 * map). Closed risks are left out unless `includeClosed`: the map shows the exposure still open.
 */
export function buildHeatMap(risks: readonly Risk[], options: { includeClosed?: boolean } = {}): HeatMap {
  const byCell = new Map<string, Id[]>();
  const unratedIds: Id[] = [];
  for (const risk of risks) {
    if (risk.status === 'closed' && !options.includeClosed) continue;
    if (risk.likelihood === null || risk.impact === null) {
      unratedIds.push(risk.id);
      continue;
    }
    const key = cellKey(risk.likelihood, risk.impact);
    byCell.set(key, [...(byCell.get(key) ?? []), risk.id]);
  }
  const rows = [...ratings].reverse().map((impact) =>
    ratings.map((likelihood) => ({
      likelihood,
      impact,
      score: likelihood * impact,
      level: levelOfScore(likelihood * impact),
      riskIds: byCell.get(cellKey(likelihood, impact)) ?? [],
    })),
  );
  return { rows, unratedIds };
}

/** How many risks of the map sit at each level (unrated ones not counted). */
export function levelCounts(map: HeatMap): Record<RiskLevel, number> {
  const counts: Record<RiskLevel, number> = { low: 0, medium: 0, high: 0, critical: 0 };
  for (const cell of map.rows.flat()) counts[cell.level] += cell.riskIds.length;
  return counts;
}
