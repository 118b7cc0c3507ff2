import type { CellStats } from '../../../../shared/matrix';
import { cellStats } from '../../../../shared/matrix';
import type { StageOf } from '../../../../shared/model/workshop';

export interface BlindCell {
  optionId: string;
  criterionId: string;
  stats: CellStats | null;
  /** Each participant's score, in the order of the participants list. */
  scores: { participantId: string; value: number }[];
}

/** The blind round per cell: its statistics and who gave what. */
export function blindCells(stage: StageOf<'matrix'>, participantOrder: readonly string[]): Map<string, BlindCell> {
  const rank = new Map(participantOrder.map((id, i) => [id, i]));
  const cells = new Map<string, BlindCell>();
  for (const o of stage.options) {
    for (const c of stage.criteria) cells.set(`${o.id}:${c.id}`, { optionId: o.id, criterionId: c.id, stats: null, scores: [] });
  }
  for (const s of stage.blindScoring.scores) cells.get(`${s.optionId}:${s.criterionId}`)?.scores.push({ participantId: s.participantId, value: s.value });
  for (const cell of cells.values()) {
    cell.scores.sort((a, b) => (rank.get(a.participantId) ?? 1e9) - (rank.get(b.participantId) ?? 1e9));
    const criterion = stage.criteria.find((c) => c.id === cell.criterionId);
    cell.stats = cellStats(cell.scores.map((s) => s.value), criterion?.scale ?? 'rating');
  }
  return cells;
}

/** How many cells each participant has scored in this round (counts only: the values stay hidden). */
export function blindProgress(stage: StageOf<'matrix'>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of stage.blindScoring.scores) counts.set(s.participantId, (counts.get(s.participantId) ?? 0) + 1);
  return counts;
}
