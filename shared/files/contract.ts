import { z } from 'zod';
import { idSchema } from '../model/ids';
import { limits } from '../model/limits';
import { workshopSchema } from '../model/workshop';
import type { Result } from '../result';
import type { OpenedWorkshop, RecoveryCandidate, SnapshotInfo, SnapshotPreview } from './types';
import { conflictChoices } from './types';

// The file, history and recovery part of the IPC contract (spread into shared/ipc.ts).

interface Endpoint<A extends z.ZodType, R> {
  args: A;
  result?: R;
}
const endpoint = <R>() => <A extends z.ZodType>(args: A): Endpoint<A, R> => ({ args });

const none = z.object({}).strict();
const byId = z.object({ id: idSchema }).strict();
const doc = z.object({ doc: workshopSchema }).strict();
/** A snapshot's file name; main parses it again and never uses it as a path of its own. */
const snapshotName = z.string().min(1).max(200);
const versionRef = z.discriminatedUnion('kind', [z.object({ kind: z.literal('backup') }).strict(), z.object({ kind: z.literal('snapshot'), name: snapshotName }).strict()]);
/** A dialog the user closed without choosing. */
export type Cancelled = { cancelled: true };

export const filesContract = {
  /** Opens a workshop of the app's folder for editing (a newer version read-only). */
  'workshops:open': endpoint<Result<OpenedWorkshop>>()(byId),
  /**
   * The autosave: the document as the text of its file, checked by main with the whole read path
   * (size, JSON, structure, schema) and then written byte for byte as checked.
   */
  'workshops:save-text': endpoint<Result<{ savedAt: string }>>()(z.object({ text: z.string().max(limits.fileBytes) }).strict()),
  /** The file changed on disk (or is damaged) under the open workshop: keep mine, load theirs, or save mine as a copy. */
  'workshops:resolve-conflict': endpoint<Result<OpenedWorkshop>>()(z.object({ doc: workshopSchema, choice: z.enum(conflictChoices) }).strict()),
  'history:list': endpoint<Result<SnapshotInfo[]>>()(byId),
  'history:read': endpoint<Result<SnapshotPreview>>()(z.object({ id: idSchema, name: snapshotName }).strict()),
  /** Makes an earlier version current; the current one becomes a snapshot first. */
  'history:restore': endpoint<Result<OpenedWorkshop>>()(z.object({ id: idSchema, version: versionRef }).strict()),
  /** Open… (native dialog): the file is edited where it is. */
  'files:open': endpoint<Result<OpenedWorkshop | Cancelled>>()(none),
  /** One of `settings.recentFiles`, by its path (nothing else may be opened by path). */
  'files:open-recent': endpoint<Result<OpenedWorkshop>>()(z.object({ path: z.string().min(1).max(4096) }).strict()),
  /** Save as… (native dialog): writes the workshop there and keeps editing it there. */
  'files:save-as': endpoint<Result<OpenedWorkshop | Cancelled>>()(doc),
  /** Export workshop file (native dialog): writes a copy; the workshop stays where it is. */
  'files:export': endpoint<Result<{ path: string } | Cancelled>>()(doc),
  /** Import: a file's bytes, validated like any file, added to the app's folder (a new id if taken). */
  'files:import': endpoint<Result<OpenedWorkshop>>()(z.object({ bytes: z.instanceof(Uint8Array).refine((b) => b.length <= limits.fileBytes, 'larger than the file size limit') }).strict()),
  /**
   * Waits for a file the system asks the app to open (double-click, command line, a second launch)
   * and opens it. Resolves with null when a newer call takes over the waiting.
   */
  'files:wait-open': endpoint<Result<OpenedWorkshop | null>>()(none),
  /** After an unclean exit: the newest recoverable state of the workshop that was open, once. */
  'recovery:get': endpoint<Result<RecoveryCandidate | null>>()(none),
  /** Opens (or restores, then opens) the offered state. */
  'recovery:open': endpoint<Result<OpenedWorkshop>>()(none),
  'recovery:dismiss': endpoint<Result<null>>()(none),
};
