import type { BigIntStats } from 'node:fs';
import * as fsp from 'node:fs/promises';
import type { DecodedWorkshop, DecodeOptions } from '../../../shared/model/codec';
import { isNewerVersion } from '../../../shared/model/codec';
import type { Result } from '../../../shared/result';
import { fail, ok } from '../../../shared/result';
import type { AtomicWriteIo } from './atomic-write';
import { errorCode, writeFileAtomic } from './atomic-write';
import { ioFailure } from './io-errors';
import { readWorkshopFile } from './workshop-file';

/** Identifies one version of a file on disk; a file with the same identity needs no re-validation. */
type FileIdentity = Pick<BigIntStats, 'ino' | 'size' | 'mtimeNs'>;

const identityOf = (stats: BigIntStats): FileIdentity => ({ ino: stats.ino, size: stats.size, mtimeNs: stats.mtimeNs });
const sameIdentity = (a: FileIdentity | undefined, b: BigIntStats): boolean =>
  a !== undefined && a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs;

export interface GuardedWriteOptions {
  /** Keep the replaced file as `<file>.bak` (files in the app's own folder). */
  backup: boolean;
  /** Write even though the file changed on disk since it was read: "keep mine". */
  force?: boolean;
}

/** What was on disk before a write replaced it: for history snapshots of the replaced version. */
export interface WriteOutcome {
  existed: boolean;
}

/**
 * Workshop files by path, with what this process last read or wrote in each. Guarantees:
 * - a file that does not decode as a workshop is never overwritten (`target-invalid`);
 * - a file changed by another program since this process read or wrote it is not overwritten
 *   without `force` (`conflict`): someone copied a newer version onto the USB stick;
 * - one operation at a time per path, so an autosave never races another save or a delete.
 */
export interface GuardedFiles {
  read(file: string, options?: DecodeOptions): Promise<Result<DecodedWorkshop>>;
  write(file: string, bytes: Uint8Array, options: GuardedWriteOptions): Promise<Result<WriteOutcome>>;
  /** Whether the file changed on disk since this process last read or wrote it. */
  changedOnDisk(file: string): Promise<boolean>;
  /** Runs `task` in the queue of `file` (quarantine, delete, restore). */
  serialized<T>(file: string, task: () => Promise<Result<T>>): Promise<Result<T>>;
  forget(file: string): void;
}

interface Known {
  identity: FileIdentity;
  /** The bytes last read or written: a file touched but not changed is no conflict. */
  bytes: Uint8Array;
}

export function createGuardedFiles(io?: AtomicWriteIo): GuardedFiles {
  const known = new Map<string, Known>();
  const queues = new Map<string, Promise<unknown>>();

  function serialized<T>(file: string, task: () => Promise<Result<T>>): Promise<Result<T>> {
    const previous = queues.get(file) ?? Promise.resolve();
    const run = previous.then(task, task).catch((error: unknown) => ioFailure<T>(error));
    queues.set(file, run);
    void run.then(() => {
      if (queues.get(file) === run) queues.delete(file);
    });
    return run;
  }

  async function readNow(file: string, options: DecodeOptions = {}): Promise<Result<DecodedWorkshop>> {
    const { decoded, stats, bytes } = await readWorkshopFile(file, options);
    // A newer version is shown, not adopted: it stays unknown, so a later save checks it (and refuses).
    if (decoded.ok && bytes && !isNewerVersion(decoded.value)) known.set(file, { identity: identityOf(stats), bytes });
    return decoded;
  }

  /** Whether `file` changed since we knew it: a different identity and different bytes. */
  async function changed(file: string, stats: BigIntStats): Promise<boolean> {
    const last = known.get(file);
    if (!last || sameIdentity(last.identity, stats)) return false;
    const now = await fsp.readFile(file).catch(() => null);
    if (now && Buffer.compare(now, last.bytes) === 0) {
      known.set(file, { identity: identityOf(stats), bytes: last.bytes });
      return false;
    }
    return true;
  }

  /**
   * Whether `file` may be replaced: absent; as we left it; or a valid workshop that we never saw
   * (or, with `force`, one changed since). A file that fails validation never may.
   */
  async function checkTarget(file: string, force: boolean): Promise<Result<{ exists: boolean }>> {
    let stats: BigIntStats;
    try {
      stats = await fsp.stat(file, { bigint: true });
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return ok({ exists: false });
      throw error;
    }
    if (sameIdentity(known.get(file)?.identity, stats)) return ok({ exists: true });
    const wasChanged = await changed(file, stats);
    const { decoded } = await readWorkshopFile(file);
    if (!decoded.ok) {
      const { code, ...rest } = decoded.error;
      return fail('target-invalid', { ...rest, detail: `${code}: ${rest.detail ?? ''}`.trim() });
    }
    if (wasChanged && !force) {
      return fail('conflict', { detail: 'the file was changed on disk by another program since it was opened' });
    }
    return ok({ exists: true });
  }

  return {
    read: (file, options) => serialized(file, () => readNow(file, options)),
    write(file, bytes, { backup, force = false }) {
      return serialized(file, async () => {
        const target = await checkTarget(file, force);
        if (!target.ok) return target;
        const stats = await writeFileAtomic(file, bytes, { backupExisting: backup && target.value.exists, ...(io ? { io } : {}) });
        known.set(file, { identity: identityOf(stats), bytes });
        return ok({ existed: target.value.exists });
      });
    },
    async changedOnDisk(file) {
      try {
        return await changed(file, await fsp.stat(file, { bigint: true }));
      } catch {
        return known.has(file);
      }
    },
    serialized,
    forget: (file) => void known.delete(file),
  };
}
