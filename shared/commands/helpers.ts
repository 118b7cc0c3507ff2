import type { Id } from '../model/ids';
import { limits } from '../model/limits';
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

/** `items` with `item` inserted at `index` (clamped), or at the end when there is no index. */
export function insertAt<T>(items: readonly T[], item: T, index: number | undefined): T[] {
  const next = items.slice();
  next.splice(index === undefined ? next.length : Math.max(0, Math.min(index, next.length)), 0, item);
  return next;
}

/** `items` with the one with `id` moved to `toIndex` (clamped); null when it is missing or already there. */
export function moveById<T extends { id: Id }>(items: readonly T[], id: Id, toIndex: number): T[] | null {
  const from = items.findIndex((x) => x.id === id);
  const to = Math.max(0, Math.min(toIndex, items.length - 1));
  return from < 0 || from === to ? null : moveItem(items, from, to);
}

/** `items` without the one with `id`; null when there is none. */
export function removeById<T extends { id: Id }>(items: readonly T[], id: Id): T[] | null {
  return items.some((x) => x.id === id) ? items.filter((x) => x.id !== id) : null;
}

/**
 * `items` with the one with `id` replaced by `change(item)`; null when there is none, or when
 * `change` refuses (null) or returns the item itself.
 */
export function replaceById<T extends { id: Id }>(items: readonly T[], id: Id, change: (item: T) => T | null): T[] | null {
  const item = items.find((x) => x.id === id);
  if (!item) return null;
  const next = change(item);
  return next === null || next === item ? null : items.map((x) => (x === item ? next : x));
}

/** The names of a stage kind's lists of items with ids (`risks`, `actions`, `monitoring`…). */
export type StageListKey<K extends StageKind> = {
  [P in keyof StageOf<K>]: StageOf<K>[P] extends readonly { id: Id }[] ? P : never;
}[keyof StageOf<K>];

type ItemOf<L> = L extends readonly (infer T)[] ? T : never;

/** Replaces list `key` of a stage of one kind by `change(list)`; null from `change` leaves the document as it is. */
export function updateStageList<K extends StageKind, L extends StageListKey<K>>(
  doc: Workshop,
  stageId: Id,
  kind: K,
  key: L,
  change: (items: StageOf<K>[L]) => StageOf<K>[L] | null,
): Workshop {
  return updateStageOf(doc, stageId, kind, (stage) => {
    const items = change(stage[key]);
    return items === null ? stage : { ...stage, [key]: items };
  });
}

/** Inserts `item` into list `key` of a stage at `index` (clamped; the end when none), unless the list is full. */
export function addToStageList<K extends StageKind, L extends StageListKey<K>>(
  doc: Workshop,
  stageId: Id,
  kind: K,
  key: L,
  item: ItemOf<StageOf<K>[L]>,
  index: number | undefined,
): Workshop {
  return updateStageList(doc, stageId, kind, key, (items) => {
    const list = items as readonly ItemOf<StageOf<K>[L]>[];
    return list.length >= limits.itemsPerStage ? null : (insertAt(list, item, index) as StageOf<K>[L]);
  });
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
