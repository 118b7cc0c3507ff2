import * as fsp from 'node:fs/promises';
import path from 'node:path';
import type { OpenedWorkshop } from '../../../shared/files/types';
import type { ValidatedWorkshopText } from '../../../shared/model/codec';
import { workshopText } from '../../../shared/model/codec';
import type { WorkshopListing } from '../../../shared/model/summary';
import type { Workshop } from '../../../shared/model/workshop';
import type { Result } from '../../../shared/result';
import { fail, ok } from '../../../shared/result';
import type { AtomicWriteIo } from './atomic-write';
import { backupPathOf, errorCode } from './atomic-write';
import { createGuardedFiles } from './guarded-file';
import { ioFailure } from './io-errors';
import type { EditedWorkshop } from './session-marker';
import { createSnapshots } from './snapshots';
import type { SaveResult, StoreCore } from './store-core';
import { createStoreCore } from './store-core';
import type { StoreFiles } from './store-files';
import { createStoreFiles } from './store-files';
import type { StoreHistory } from './store-history';
import { createStoreHistory } from './store-history';
import { listStore } from './store-listing';
import { damageCodes, quarantine, recoveryOffer } from './store-recovery';
import type { RecoveryCandidate } from '../../../shared/files/types';

export { workshopExtension } from './store-core';
export type { SaveResult } from './store-core';

/**
 * The workshops: files in one folder (`<userData>/workshops/<id>.groundwork` with a `.bak` of the
 * previous good version), history snapshots in `history/<id>/`, damaged files moved to
 * `quarantine/`, and workshops opened from elsewhere (a USB stick) saved back where they came from.
 * Every method returns a Result; none throws.
 */
export interface WorkshopStore {
  readonly dir: string;
  /** The store's workshops; damaged files are quarantined and listed with a good version to restore. */
  list(): Promise<Result<WorkshopListing>>;
  /** Reads a workshop of the store (strict: a newer version is refused). */
  load(id: string): Promise<Result<Workshop>>;
  /** Opens a workshop of the store for editing: newer versions read-only, older ones migrated after a snapshot. */
  open(id: string): Promise<Result<OpenedWorkshop>>;
  /** Saves a document (serialized here). */
  save(doc: Workshop): Promise<Result<SaveResult>>;
  /** Saves text the caller already validated, written byte for byte as checked. */
  saveValidated(text: ValidatedWorkshopText): Promise<Result<SaveResult>>;
  remove(id: string): Promise<Result<null>>;
  /** After an unclean exit: the newest state of the workshop that was being edited. */
  recoveryOffer(workshop: EditedWorkshop): Promise<RecoveryCandidate | null>;
  readonly history: StoreHistory;
  readonly files: StoreFiles;
}

export interface WorkshopStoreOptions {
  /** Clock for `savedAt` and snapshot times; tests pass a fixed one. */
  now?: () => Date;
  io?: AtomicWriteIo;
  log?: (message: string) => void;
  /** Told which workshop is being edited (for the crash marker). */
  onEdited?: (workshop: EditedWorkshop) => void;
}

export function createWorkshopStore(dir: string, options: WorkshopStoreOptions = {}): WorkshopStore {
  const now = options.now ?? (() => new Date());
  const log = options.log ?? ((message: string) => console.warn(message));
  const files = createGuardedFiles(options.io);
  const snapshots = createSnapshots(path.join(dir, 'history'), { now, log, ...(options.io ? { io: options.io } : {}) });
  const core: StoreCore = createStoreCore({ dir, now, files, snapshots, log, ...(options.onEdited ? { onEdited: options.onEdited } : {}) });

  const attempt = async <T>(task: () => Promise<Result<T>>): Promise<Result<T>> => {
    try {
      return await task();
    } catch (error) {
      return ioFailure(error);
    }
  };

  /** Opening a workshop of the store makes the store its place again (not a file opened earlier). */
  async function readStored(id: string, allowNewer: boolean) {
    core.locations.delete(id);
    const file = core.fileOf(id);
    const decoded = await files.read(file, { allowNewer });
    if (!decoded.ok) return decoded;
    if (decoded.value.doc.id !== id) return fail('invalid', { path: 'id', detail: `file ${id}.groundwork holds workshop "${decoded.value.doc.id}"` });
    return decoded;
  }

  return {
    dir,
    list: () => listStore(core),

    load(id) {
      const checked = core.checkId(id);
      if (!checked.ok) return Promise.resolve(checked);
      return attempt(async () => {
        const decoded = await readStored(checked.value, false);
        return decoded.ok ? ok(decoded.value.doc) : decoded;
      });
    },

    open(id) {
      const checked = core.checkId(id);
      if (!checked.ok) return Promise.resolve(checked);
      return attempt(async () => {
        const file = core.fileOf(checked.value);
        const decoded = await readStored(checked.value, true);
        if (!decoded.ok) {
          if (damageCodes.has(decoded.error.code)) await files.serialized(file, async () => ok(await quarantine(core, file)));
          return decoded;
        }
        const { doc, fromVersion } = decoded.value;
        if (fromVersion < doc.schemaVersion) await snapshots.copyFrom(doc.id, file, 'migration');
        return ok(core.opened(doc, core.targetOf(doc.id), fromVersion));
      });
    },

    save: (doc) => attempt(() => core.write(workshopText(doc))),
    saveValidated: (text) => attempt(() => core.write(text)),

    remove(id) {
      const checked = core.checkId(id);
      if (!checked.ok) return Promise.resolve(checked);
      const file = core.fileOf(checked.value);
      return files.serialized(file, async () => {
        files.forget(file);
        core.locations.delete(checked.value);
        await fsp.unlink(file);
        await fsp.unlink(backupPathOf(file)).catch((error: unknown) => {
          if (errorCode(error) !== 'ENOENT') throw error;
        });
        // "Deleted from this machine": its history goes too.
        await fsp.rm(path.join(snapshots.root, checked.value), { recursive: true, force: true });
        return ok(null);
      });
    },

    recoveryOffer: (workshop) => recoveryOffer(core, workshop.id, workshop.path).catch(() => null),
    history: createStoreHistory(core),
    files: createStoreFiles(core),
  };
}
