import type { Id } from '../model/ids';
import type { Criterion, MatrixBoard, MatrixOption, StageOf, Workshop } from '../model/workshop';
import { documentHasId, moveItem, updateStageOf } from './helpers';
import type { MatrixScoringCommand } from './matrix-scoring';
import { applyMatrixScoring } from './matrix-scoring';

export type MatrixOptionPatch = Partial<Pick<MatrixOption, 'name' | 'description'>>;
export type CriterionPatch = Partial<Omit<Criterion, 'id'>>;
export type { CellPatch, MatrixScoringCommand } from './matrix-scoring';

/** The decision matrix: options, criteria, and (in matrix-scoring.ts) weights, scores and blind scoring. */
export type MatrixCommand =
  | { type: 'matrix/option-add'; stageId: Id; option: MatrixOption; index?: number }
  | { type: 'matrix/option-edit'; stageId: Id; optionId: Id; patch: MatrixOptionPatch }
  | { type: 'matrix/option-move'; stageId: Id; optionId: Id; toIndex: number }
  /** Also removes the option's scores and blind scores. */
  | { type: 'matrix/option-delete'; stageId: Id; optionId: Id }
  /** One or more criteria (e.g. picked from the library together): one undo step. */
  | { type: 'matrix/criteria-add'; stageId: Id; criteria: Criterion[]; index?: number }
  | { type: 'matrix/criterion-edit'; stageId: Id; criterionId: Id; patch: CriterionPatch }
  | { type: 'matrix/criterion-move'; stageId: Id; criterionId: Id; toIndex: number }
  /** Also removes its scores, direct points, pairwise judgements and blind scores. */
  | { type: 'matrix/criterion-delete'; stageId: Id; criterionId: Id }
  /** The whole matrix at once (CSV import); ids new to the document must be unused elsewhere. */
  | { type: 'matrix/replace'; stageId: Id; matrix: MatrixBoard }
  | MatrixScoringCommand;

type MatrixStage = StageOf<'matrix'>;

const maxLinks = 200;

function patchedCriterion(c: Criterion, patch: CriterionPatch): Criterion {
  const next: Criterion = { ...c };
  if (patch.name !== undefined) next.name = patch.name;
  if (patch.description !== undefined) next.description = patch.description;
  if (patch.direction !== undefined) next.direction = patch.direction;
  if (patch.scale !== undefined) next.scale = patch.scale;
  if (patch.unit !== undefined) next.unit = patch.unit;
  if (patch.knockout !== undefined && (patch.knockout === null || Number.isFinite(patch.knockout))) next.knockout = patch.knockout;
  if (patch.libraryKey !== undefined) next.libraryKey = patch.libraryKey;
  if (patch.linkedCardIds !== undefined) next.linkedCardIds = [...new Set(patch.linkedCardIds)].slice(0, maxLinks);
  return next;
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function moveById<T extends { id: Id }>(items: readonly T[], id: Id, toIndex: number): T[] | null {
  const from = items.findIndex((x) => x.id === id);
  if (from < 0) return null;
  const next = moveItem(items, from, toIndex);
  return next.every((x, i) => x === items[i]) ? null : next;
}

function withoutCriterion(stage: MatrixStage, criterionId: Id): MatrixStage {
  const { [criterionId]: _dropped, ...direct } = stage.weighting.direct;
  return {
    ...stage,
    criteria: stage.criteria.filter((c) => c.id !== criterionId),
    weighting: { ...stage.weighting, direct, pairwise: stage.weighting.pairwise.filter((j) => j.a !== criterionId && j.b !== criterionId) },
    scores: stage.scores.filter((s) => s.criterionId !== criterionId),
    blindScoring: { ...stage.blindScoring, scores: stage.blindScoring.scores.filter((s) => s.criterionId !== criterionId) },
  };
}

function withoutOption(stage: MatrixStage, optionId: Id): MatrixStage {
  return {
    ...stage,
    options: stage.options.filter((o) => o.id !== optionId),
    scores: stage.scores.filter((s) => s.optionId !== optionId),
    blindScoring: { ...stage.blindScoring, scores: stage.blindScoring.scores.filter((s) => s.optionId !== optionId) },
  };
}

/** Whether the ids of a replacement matrix are free: unique, and not used outside this stage's items. */
function replacementIdsFree(doc: Workshop, stage: MatrixStage, matrix: MatrixBoard): boolean {
  const own = new Set([...stage.options, ...stage.criteria].map((x) => x.id));
  const ids = [...matrix.options, ...matrix.criteria].map((x) => x.id);
  return new Set(ids).size === ids.length && ids.every((id) => own.has(id) || !documentHasId(doc, id));
}

function insertAt<T>(items: readonly T[], added: readonly T[], index: number | undefined): T[] {
  const next = items.slice();
  next.splice(index === undefined ? next.length : Math.max(0, Math.min(index, next.length)), 0, ...added);
  return next;
}

export function applyMatrixCommand(doc: Workshop, cmd: MatrixCommand): Workshop {
  const update = (fn: (stage: MatrixStage) => MatrixStage) => updateStageOf(doc, cmd.stageId, 'matrix', fn);
  switch (cmd.type) {
    case 'matrix/option-add':
      if (documentHasId(doc, cmd.option.id)) return doc;
      return update((stage) => ({ ...stage, options: insertAt(stage.options, [cmd.option], cmd.index) }));
    case 'matrix/option-edit':
      return update((stage) => {
        const option = stage.options.find((o) => o.id === cmd.optionId);
        if (!option) return stage;
        const next = { ...option, ...(cmd.patch.name !== undefined && { name: cmd.patch.name }), ...(cmd.patch.description !== undefined && { description: cmd.patch.description }) };
        return sameJson(next, option) ? stage : { ...stage, options: stage.options.map((o) => (o === option ? next : o)) };
      });
    case 'matrix/option-move':
      return update((stage) => {
        const options = moveById(stage.options, cmd.optionId, cmd.toIndex);
        return options ? { ...stage, options } : stage;
      });
    case 'matrix/option-delete':
      return update((stage) => (stage.options.some((o) => o.id === cmd.optionId) ? withoutOption(stage, cmd.optionId) : stage));
    case 'matrix/criteria-add': {
      const ids = cmd.criteria.map((c) => c.id);
      if (ids.length === 0 || new Set(ids).size !== ids.length || ids.some((id) => documentHasId(doc, id))) return doc;
      const added = cmd.criteria.map((c) => patchedCriterion(c, { linkedCardIds: c.linkedCardIds }));
      return update((stage) => ({ ...stage, criteria: insertAt(stage.criteria, added, cmd.index) }));
    }
    case 'matrix/criterion-edit':
      return update((stage) => {
        const criterion = stage.criteria.find((c) => c.id === cmd.criterionId);
        if (!criterion) return stage;
        const next = patchedCriterion(criterion, cmd.patch);
        return sameJson(next, criterion) ? stage : { ...stage, criteria: stage.criteria.map((c) => (c === criterion ? next : c)) };
      });
    case 'matrix/criterion-move':
      return update((stage) => {
        const criteria = moveById(stage.criteria, cmd.criterionId, cmd.toIndex);
        return criteria ? { ...stage, criteria } : stage;
      });
    case 'matrix/criterion-delete':
      return update((stage) => (stage.criteria.some((c) => c.id === cmd.criterionId) ? withoutCriterion(stage, cmd.criterionId) : stage));
    case 'matrix/replace':
      return update((stage) => {
        if (!replacementIdsFree(doc, stage, cmd.matrix)) return stage;
        const { options, criteria, weighting, scores, blindScoring } = cmd.matrix;
        const next = { ...stage, options, criteria, weighting, scores, blindScoring };
        return sameJson(next, stage) ? stage : next;
      });
    default:
      return applyMatrixScoring(doc, cmd);
  }
}
