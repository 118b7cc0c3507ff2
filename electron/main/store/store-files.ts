import * as fsp from 'node:fs/promises';
import path from 'node:path';
import type { ConflictChoice, OpenedWorkshop } from '../../../shared/files/types';
import { parseWorkshopBytes, workshopText } from '../../../shared/model/codec';
import { newId } from '../../../shared/model/ids';
import type { Workshop } from '../../../shared/model/workshop';
import type { Result } from '../../../shared/result';
import { fail, ok } from '../../../shared/result';
import { errorCode } from './atomic-write';
import { ioFailure } from './io-errors';
import type { StoreCore, Target } from './store-core';
import { damageCodes, peek, quarantine } from './store-recovery';
import { encodeUtf8 } from './workshop-file';

/** Workshop files outside the store: open in place, save as, export, import, and changes on disk. */
export interface StoreFiles {
  /** Opens a `.groundwork` file where it is; later saves go back to it. */
  openFile(file: string): Promise<Result<OpenedWorkshop>>;
  /** Writes the workshop to `file` and keeps editing it there. */
  saveAs(doc: Workshop, file: string): Promise<Result<OpenedWorkshop>>;
  /** Writes a copy to `file`; the workshop stays where it is. */
  exportTo(doc: Workshop, file: string): Promise<Result<null>>;
  /** Validates a file's bytes and adds it to the store (a new id if the id is taken), with a snapshot. */
  importBytes(bytes: Uint8Array): Promise<Result<OpenedWorkshop>>;
  /** The file changed on disk (or is damaged) under an open workshop: the user's choice. */
  resolveConflict(doc: Workshop, choice: ConflictChoice): Promise<Result<OpenedWorkshop>>;
}

const externalTarget = (file: string): Target => ({ file, backup: false, location: { kind: 'file', path: file, name: path.basename(file) } });

async function exists(file: string): Promise<boolean> {
  try {
    await fsp.access(file);
    return true;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return false;
    throw error;
  }
}

export function createStoreFiles(core: StoreCore): StoreFiles {
  const attempt = async <T>(task: () => Promise<Result<T>>): Promise<Result<T>> => {
    try {
      return await task();
    } catch (error) {
      return ioFailure(error);
    }
  };

  /** Adds `doc` to the store under a free id and opens it there. */
  async function addToStore(doc: Workshop, reason: 'import' | 'conflict' | null): Promise<Result<OpenedWorkshop>> {
    const taken = core.locations.has(doc.id) || (await exists(core.fileOf(doc.id)));
    const placed = taken ? { ...doc, id: newId() } : doc;
    const text = workshopText(placed);
    const saved = await core.write(text);
    if (!saved.ok) return saved;
    if (reason) await core.snapshots.take(placed.id, encodeUtf8(text.text), reason, placed);
    return ok(core.opened(placed, core.targetOf(placed.id), placed.schemaVersion));
  }

  return {
    openFile: (file) =>
      attempt(async () => {
        const absolute = path.resolve(file);
        const decoded = await core.files.read(absolute, { allowNewer: true });
        if (!decoded.ok) return decoded;
        const { doc, fromVersion } = decoded.value;
        const target = externalTarget(absolute);
        core.locations.set(doc.id, absolute);
        if (fromVersion < doc.schemaVersion) await core.snapshots.copyFrom(doc.id, absolute, 'migration');
        return ok(core.opened(doc, target, fromVersion));
      }),

    saveAs: (doc, file) =>
      attempt(async () => {
        const absolute = path.resolve(file);
        const previous = core.locations.get(doc.id);
        core.locations.set(doc.id, absolute);
        // The user picked the file in the save dialog, which asked before replacing it.
        const saved = await core.write(workshopText(doc), { force: true });
        if (!saved.ok) {
          if (previous) core.locations.set(doc.id, previous);
          else core.locations.delete(doc.id);
          return saved;
        }
        return ok(core.opened(doc, externalTarget(absolute), doc.schemaVersion));
      }),

    exportTo: (doc, file) =>
      attempt(async () => {
        const absolute = path.resolve(file);
        const written = await core.files.write(absolute, encodeUtf8(workshopText(doc).text), { backup: false, force: true });
        core.files.forget(absolute);
        return written.ok ? ok(null) : written;
      }),

    importBytes: (bytes) =>
      attempt(async () => {
        const decoded = parseWorkshopBytes(bytes);
        if (!decoded.ok) return decoded;
        return addToStore(decoded.value.doc, 'import');
      }),

    resolveConflict: (doc, choice) =>
      attempt(async () => {
        const target = core.targetOf(doc.id);
        if (choice === 'copy') return addToStore({ ...doc, id: newId() }, null);
        if (choice === 'theirs') {
          await core.snapshots.take(doc.id, encodeUtf8(workshopText(doc).text), 'conflict', doc);
          const theirs = await core.files.read(target.file, { allowNewer: true });
          if (!theirs.ok) return theirs;
          if (theirs.value.doc.id !== doc.id) return fail('invalid', { path: 'id', detail: `the file now holds workshop "${theirs.value.doc.id}"` });
          return ok(core.opened(theirs.value.doc, target, theirs.value.fromVersion));
        }
        const current = await peek(target.file);
        if (current.ok) await core.snapshots.copyFrom(doc.id, target.file, 'conflict');
        else if (damageCodes.has(current.error.code)) await quarantine(core, target.file);
        else if (current.error.code !== 'not-found') return current;
        const saved = await core.write(workshopText(doc), { force: true });
        return saved.ok ? ok(core.opened(doc, target, doc.schemaVersion)) : saved;
      }),
  };
}
