import type { Id } from '../model/ids';
import type { Stage, StageKind, StageOf, Workshop } from '../model/workshop';

/** Replaces one stage through `update`; returns the same document when the stage is missing or unchanged. */
export function updateStage(doc: Workshop, stageId: Id, update: (stage: Stage) => Stage): Workshop {
  const index = doc.stages.findIndex((s) => s.id === stageId);
  const stage = doc.stages[index];
  if (!stage) return doc;
  const next = update(stage);
  if (next === stage) return doc;
  const stages = doc.stages.slice();
  stages[index] = next;
  return { ...doc, stages };
}

/** Like `updateStage`, for a stage of one board kind; other kinds are left alone. */
export function updateStageOf<K extends StageKind>(
  doc: Workshop,
  stageId: Id,
  kind: K,
  update: (stage: StageOf<K>) => StageOf<K>,
): Workshop {
  return updateStage(doc, stageId, (stage) => (stage.kind === kind ? update(stage as StageOf<K>) : stage));
}

/** Moves the element at `from` to `to` (both clamped), returning a new array. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const next = items.slice();
  const [item] = next.splice(from, 1);
  if (item === undefined) return next;
  next.splice(Math.max(0, Math.min(to, next.length)), 0, item);
  return next;
}
