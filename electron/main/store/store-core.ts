import * as fsp from 'node:fs/promises';
import path from 'node:path';
import type { DocLocation, OpenedWorkshop } from '../../../shared/files/types';
import type { ValidatedWorkshopText } from '../../../shared/model/codec';
import { idSchema } from '../../../shared/model/ids';
import type { Workshop } from '../../../shared/model/workshop';
import { SCHEMA_VERSION } from '../../../shared/model/workshop';
import type { Result } from '../../../shared/result';
import { fail, ok } from '../../../shared/result';
import type { GuardedFiles } from './guarded-file';
import type { Snapshots } from './snapshots';
import type { EditedWorkshop } from './session-marker';
import { encodeUtf8 } from './workshop-file';

export const workshopExtension = '.groundwork';

export interface SaveResult {
  savedAt: string;
}

/** Where one workshop is written: its file, whether a `.bak` is kept there, and how to show it. */
export interface Target {
  file: string;
  backup: boolean;
  location: DocLocation;
}

/** What the parts of the workshop store share: folders, clock, files, history, open locations. */
export interface StoreCore {
  readonly dir: string;
  readonly quarantineDir: string;
  now(): Date;
  readonly files: GuardedFiles;
  readonly snapshots: Snapshots;
  /** Workshops opened from a file outside the store (Open…, Save as…, a double-click), by id. */
  readonly locations: Map<string, string>;
  log(message: string): void;
  fileOf(id: string): string;
  targetOf(id: string): Target;
  checkId(id: unknown): Result<string>;
  /** Writes validated text as the workshop's current version (see `writeValidated`). */
  write(v: ValidatedWorkshopText, options?: { force?: boolean }): Promise<Result<SaveResult>>;
  /** Builds what the renderer gets for an opened document, and remembers it as being edited. */
  opened(doc: Workshop, target: Target, fromVersion: number): OpenedWorkshop;
}

export interface CoreOptions {
  dir: string;
  now: () => Date;
  files: GuardedFiles;
  snapshots: Snapshots;
  log: (message: string) => void;
  onEdited?: (workshop: EditedWorkshop) => void;
}

const stageIdsOf = (doc: Workshop): Set<string> => new Set(doc.stages.map((s) => s.id));

export function createStoreCore({ dir, now, files, snapshots, log, onEdited }: CoreOptions): StoreCore {
  const locations = new Map<string, string>();
  /** The stages of the version last opened or saved, per id: a save without one of them deletes a stage. */
  const stageIds = new Map<string, Set<string>>();
  const fileOf = (id: string) => path.join(dir, `${id}${workshopExtension}`);

  const targetOf = (id: string): Target => {
    const external = locations.get(id);
    if (external) return { file: external, backup: false, location: { kind: 'file', path: external, name: path.basename(external) } };
    return { file: fileOf(id), backup: true, location: { kind: 'store' } };
  };

  const edited = (id: string, target: Target) => onEdited?.({ id, path: target.location.kind === 'file' ? target.file : null });

  /**
   * The save pipeline: a snapshot of the version on disk when this save deletes a stage; the
   * guarded atomic write (never over a damaged file, never over someone else's change unless
   * forced); then an interval snapshot every 10 minutes of saving.
   */
  async function write(v: ValidatedWorkshopText, options: { force?: boolean } = {}): Promise<Result<SaveResult>> {
    const checked = checkId(v.doc.id);
    if (!checked.ok) return checked;
    const id = checked.value;
    const target = targetOf(id);
    const before = stageIds.get(id);
    const after = stageIdsOf(v.doc);
    if (before && [...before].some((s) => !after.has(s)) && !(await files.changedOnDisk(target.file))) {
      await snapshots.copyFrom(id, target.file, 'stage-deleted').catch((error: unknown) => log(`[history] ${String(error)}`));
    }
    if (target.backup) await fsp.mkdir(dir, { recursive: true });
    const bytes = encodeUtf8(v.text);
    const written = await files.write(target.file, bytes, { backup: target.backup, force: options.force ?? false });
    if (!written.ok) return written;
    stageIds.set(id, after);
    edited(id, target);
    await snapshots.onSaved(id, bytes, v.doc);
    return ok({ savedAt: now().toISOString() });
  }

  function checkId(id: unknown): Result<string> {
    const parsed = idSchema.safeParse(id);
    if (parsed.success) return ok(parsed.data);
    return fail('bad-request', { path: 'id', detail: parsed.error.issues[0]?.message ?? 'invalid id' });
  }

  return {
    dir,
    quarantineDir: path.join(dir, 'quarantine'),
    now,
    files,
    snapshots,
    locations,
    log,
    fileOf,
    targetOf,
    checkId,
    write,
    opened(doc, target, fromVersion) {
      const readOnly = fromVersion > SCHEMA_VERSION ? { fileVersion: fromVersion } : null;
      if (!readOnly) {
        stageIds.set(doc.id, stageIdsOf(doc));
        edited(doc.id, target);
      }
      return { doc, location: target.location, readOnly };
    },
  };
}
