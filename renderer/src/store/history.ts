import type { Workshop } from '../../../shared/model/workshop';

/** Undo/redo stacks of whole documents: commands share structure, so a snapshot costs little. */
export interface History {
  past: Workshop[];
  future: Workshop[];
  /** The last recorded change, for merging a burst of typing into one undo step. */
  last: { key: string; at: number } | null;
}

export const emptyHistory: History = { past: [], future: [], last: null };
export const historyLimit = 300;
/** Edits with the same key closer together than this are one undo step. */
export const coalesceMs = 1500;

export function record(history: History, before: Workshop, key: string | undefined, now: number): History {
  const merges = key !== undefined && history.last?.key === key && now - history.last.at < coalesceMs;
  return {
    past: merges ? history.past : [...history.past, before].slice(-historyLimit),
    future: [],
    last: key === undefined ? null : { key, at: now },
  };
}

/** Keeps the room on the stage it is looking at, unless that stage does not exist in `doc`. */
export function keepCurrentStage(doc: Workshop, current: Workshop): Workshop {
  const id = current.currentStageId;
  return id !== null && id !== doc.currentStageId && doc.stages.some((s) => s.id === id)
    ? { ...doc, currentStageId: id }
    : doc;
}
