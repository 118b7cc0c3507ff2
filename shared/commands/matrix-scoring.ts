import type { Id } from '../model/ids';
import type { CellScore, ParticipantScore, StageOf, Weighting, Workshop } from '../model/workshop';
import { updateStageOf } from './helpers';

export type CellPatch = Partial<Pick<CellScore, 'value' | 'rationale' | 'evidence'>>;

/** Weights, agreed cell scores, and blind scoring of a decision matrix. */
export type MatrixScoringCommand =
  | { type: 'matrix/weighting-mode'; stageId: Id; mode: Weighting['mode'] }
  /** Direct points (0…1000) of one criterion; normalised to 100 % for use. */
  | { type: 'matrix/weight-points'; stageId: Id; criterionId: Id; points: number }
  /** Saaty judgement: how much more important `a` is than `b`, 1/9…9 (1 equal). */
  | { type: 'matrix/weight-pairwise'; stageId: Id; a: Id; b: Id; value: number }
  | { type: 'matrix/cell-edit'; stageId: Id; optionId: Id; criterionId: Id; patch: CellPatch }
  /** A new blind round (or starting over): every blind score so far is cleared. */
  | { type: 'matrix/blind-start'; stageId: Id }
  /** One participant's private score of one cell during a round; null takes it back. */
  | { type: 'matrix/blind-score'; stageId: Id; participantId: Id; optionId: Id; criterionId: Id; value: number | null }
  | { type: 'matrix/blind-reveal'; stageId: Id }
  /** After the reveal: ends the round and keeps its scores for the record. Before it: cancels the round. */
  | { type: 'matrix/blind-end'; stageId: Id }
  /** The facilitator's agreed scores: each sets its cell's score (rationale kept). One undo step. */
  | { type: 'matrix/agree'; stageId: Id; cells: { optionId: Id; criterionId: Id; value: number }[] };

type MatrixStage = StageOf<'matrix'>;

const maxPoints = 1000;
const cellKey = (optionId: Id, criterionId: Id) => `${optionId}\u0000${criterionId}`;
const hasCell = (stage: MatrixStage, optionId: Id, criterionId: Id) =>
  stage.options.some((o) => o.id === optionId) && stage.criteria.some((c) => c.id === criterionId);
const validValue = (v: number | null | undefined) => v === undefined || v === null || Number.isFinite(v);

function editCell(stage: MatrixStage, optionId: Id, criterionId: Id, patch: CellPatch): MatrixStage {
  if (!hasCell(stage, optionId, criterionId) || !validValue(patch.value)) return stage;
  const index = stage.scores.findIndex((s) => s.optionId === optionId && s.criterionId === criterionId);
  const old = stage.scores[index] ?? { optionId, criterionId, value: null, rationale: '', evidence: '' };
  const next: CellScore = {
    ...old,
    ...(patch.value !== undefined && { value: patch.value }),
    ...(patch.rationale !== undefined && { rationale: patch.rationale }),
    ...(patch.evidence !== undefined && { evidence: patch.evidence }),
  };
  if (next.value === old.value && next.rationale === old.rationale && next.evidence === old.evidence) return stage;
  const empty = next.value === null && next.rationale === '' && next.evidence === '';
  const scores = stage.scores.slice();
  if (index < 0) scores.push(next);
  else if (empty) scores.splice(index, 1);
  else scores[index] = next;
  return { ...stage, scores };
}

function setPairwise(stage: MatrixStage, a: Id, b: Id, value: number): MatrixStage {
  if (a === b || !Number.isFinite(value) || value <= 0) return stage;
  if (!stage.criteria.some((c) => c.id === a) || !stage.criteria.some((c) => c.id === b)) return stage;
  const v = Math.min(9, Math.max(1 / 9, value));
  const pairwise = stage.weighting.pairwise;
  const index = pairwise.findIndex((j) => (j.a === a && j.b === b) || (j.a === b && j.b === a));
  const old = pairwise[index];
  if (old && Math.abs((old.a === a ? old.value : 1 / old.value) - v) < 1e-12) return stage;
  if (!old && v === 1) return stage;
  const next = pairwise.slice();
  if (old) next[index] = { a, b, value: v };
  else next.push({ a, b, value: v });
  return { ...stage, weighting: { ...stage.weighting, pairwise: next } };
}

function blindScore(doc: Workshop, stage: MatrixStage, cmd: Extract<MatrixScoringCommand, { type: 'matrix/blind-score' }>): MatrixStage {
  const round = stage.blindScoring;
  if (!round.active || round.revealed || !hasCell(stage, cmd.optionId, cmd.criterionId) || !validValue(cmd.value)) return stage;
  if (!doc.participants.some((p) => p.id === cmd.participantId)) return stage;
  const same = (s: ParticipantScore) => s.participantId === cmd.participantId && s.optionId === cmd.optionId && s.criterionId === cmd.criterionId;
  const index = round.scores.findIndex(same);
  const old = round.scores[index];
  if ((old?.value ?? null) === cmd.value) return stage;
  const scores = round.scores.slice();
  if (cmd.value === null) scores.splice(index, 1);
  else if (old) scores[index] = { ...old, value: cmd.value };
  else scores.push({ participantId: cmd.participantId, optionId: cmd.optionId, criterionId: cmd.criterionId, value: cmd.value });
  return { ...stage, blindScoring: { ...round, scores } };
}

function agree(stage: MatrixStage, cells: Extract<MatrixScoringCommand, { type: 'matrix/agree' }>['cells']): MatrixStage {
  const unique = new Map(cells.filter((c) => Number.isFinite(c.value)).map((c) => [cellKey(c.optionId, c.criterionId), c]));
  return [...unique.values()].reduce((s, c) => editCell(s, c.optionId, c.criterionId, { value: c.value }), stage);
}

export function applyMatrixScoring(doc: Workshop, cmd: MatrixScoringCommand): Workshop {
  const update = (fn: (stage: MatrixStage) => MatrixStage) => updateStageOf(doc, cmd.stageId, 'matrix', fn);
  switch (cmd.type) {
    case 'matrix/weighting-mode':
      return update((stage) => (stage.weighting.mode === cmd.mode ? stage : { ...stage, weighting: { ...stage.weighting, mode: cmd.mode } }));
    case 'matrix/weight-points':
      return update((stage) => {
        if (!Number.isFinite(cmd.points) || !stage.criteria.some((c) => c.id === cmd.criterionId)) return stage;
        const points = Math.min(maxPoints, Math.max(0, cmd.points));
        if (stage.weighting.direct[cmd.criterionId] === points) return stage;
        return { ...stage, weighting: { ...stage.weighting, direct: { ...stage.weighting.direct, [cmd.criterionId]: points } } };
      });
    case 'matrix/weight-pairwise':
      return update((stage) => setPairwise(stage, cmd.a, cmd.b, cmd.value));
    case 'matrix/cell-edit':
      return update((stage) => editCell(stage, cmd.optionId, cmd.criterionId, cmd.patch));
    case 'matrix/blind-start':
      return update((stage) => {
        const round = stage.blindScoring;
        if (round.active && !round.revealed && round.scores.length === 0) return stage;
        return { ...stage, blindScoring: { active: true, revealed: false, scores: [] } };
      });
    case 'matrix/blind-score':
      return update((stage) => blindScore(doc, stage, cmd));
    case 'matrix/blind-reveal':
      return update((stage) =>
        stage.blindScoring.active && !stage.blindScoring.revealed ? { ...stage, blindScoring: { ...stage.blindScoring, revealed: true } } : stage,
      );
    case 'matrix/blind-end':
      return update((stage) => {
        const round = stage.blindScoring;
        if (!round.active) return stage;
        return { ...stage, blindScoring: round.revealed ? { ...round, active: false } : { active: false, revealed: false, scores: [] } };
      });
    case 'matrix/agree':
      return update((stage) => agree(stage, cmd.cells));
  }
}
