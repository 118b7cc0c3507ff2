import type { WorkshopCounts } from '../model/summary';
import type { Workshop } from '../model/workshop';

/** Where an open workshop lives: in the app's own folder, or in a file the user opened (a USB stick). */
export type DocLocation = { kind: 'store' } | { kind: 'file'; path: string; name: string };

/** A workshop as opened: the document, where it is saved, and whether it may be saved at all. */
export interface OpenedWorkshop {
  doc: Workshop;
  location: DocLocation;
  /**
   * Set when the file was written by a newer version of the app: it is shown read-only and never
   * written back (fields this version does not know would be lost).
   */
  readOnly: { fileVersion: number } | null;
}

/** Why a history snapshot was taken. */
export const snapshotReasons = ['interval', 'import', 'migration', 'stage-deleted', 'restore', 'conflict'] as const;
export type SnapshotReason = (typeof snapshotReasons)[number];

/** One entry of a workshop's history, as the history panel lists it. */
export interface SnapshotInfo {
  /** The snapshot's file name: `<timestamp>_<reason>.groundwork`; the only handle the renderer gets. */
  name: string;
  takenAt: string;
  reason: SnapshotReason;
  /** What the snapshot holds; null when it no longer validates (it is listed, not restorable). */
  counts: WorkshopCounts | null;
  title: string | null;
}

/** A read-only summary of one snapshot for the preview. */
export interface SnapshotPreview {
  info: SnapshotInfo;
  title: string;
  updatedAt: string;
  stages: { title: string; kind: Workshop['stages'][number]['kind']; items: number }[];
}

/** A good earlier version of a workshop: its `.bak` (last good copy) or a history snapshot. */
export type VersionRef = { kind: 'backup' } | { kind: 'snapshot'; name: string };

/** A version offered on the home screen (crash or damaged file), with enough to recognise it. */
export interface RecoveryCandidate {
  id: string;
  version: VersionRef | { kind: 'current' };
  title: string;
  /** The document's own `updatedAt`: the moment of the last change it holds. */
  savedAt: string;
  counts: WorkshopCounts;
  location: DocLocation;
}

/** What to do when the file changed on disk while it was open. */
export const conflictChoices = ['mine', 'theirs', 'copy'] as const;
export type ConflictChoice = (typeof conflictChoices)[number];
