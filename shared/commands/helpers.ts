import type { Id } from '../model/ids';
import type { Stage, StageKind, StageOf, Workshop } from '../model/workshop';
import { stageItems } from '../model/workshop';

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

/**
 * Whether `id` is already used anywhere in the document (workshop, participant, stage or item).
 * Ids are unique per document, not per list: the schema rejects a duplicate, so adding one would
 * make a document that can no longer be saved.
 */
export function documentHasId(doc: Workshop, id: Id): boolean {
  if (doc.id === id || [doc.participants, doc.parkingLot, doc.decisions, doc.adrs].some((l) => l.some((x) => x.id === id))) return true;
  if (doc.adrs.some((a) => a.options.some((o) => o.id === id))) return true;
  return doc.stages.some(
    (stage) => stage.id === id || Object.values(stageItems(stage)).some((items) => items.some((item) => item.id === id)),
  );
}

/** A timebox the schema accepts: whole minutes within 0…24 h; null when `minutes` is not a number at all. */
export function clampTimebox(minutes: number): number | null {
  if (Number.isNaN(minutes)) return null;
  return Math.max(0, Math.min(24 * 60, Math.round(minutes)));
}
