import { randomBytes } from 'node:crypto';
import type { BigIntStats } from 'node:fs';
import * as fsp from 'node:fs/promises';
import path from 'node:path';

/**
 * The file operations an atomic write needs. Tests pass a copy with one operation failing to
 * check that a crash at any step leaves the previous file intact.
 */
export interface AtomicWriteIo {
  open: typeof fsp.open;
  rename: typeof fsp.rename;
  unlink: typeof fsp.unlink;
  link: typeof fsp.link;
  copyFile: typeof fsp.copyFile;
}

export const nodeIo: AtomicWriteIo = {
  open: fsp.open,
  rename: fsp.rename,
  unlink: fsp.unlink,
  link: fsp.link,
  copyFile: fsp.copyFile,
};

export interface AtomicWriteOptions {
  /**
   * Keep the file being replaced as `<name>.bak`. The caller sets it only when it knows the
   * current file is a good copy, so a damaged file never displaces the last good backup.
   */
  backupExisting?: boolean;
  io?: AtomicWriteIo;
}

/** Suffix of temporary files; the store ignores such names when it lists workshops. */
export const tempSuffix = '.tmp';

export const backupPathOf = (target: string): string => `${target}.bak`;

/** Platforms (Windows) and file systems where a directory cannot be opened or fsynced. */
const dirSyncUnsupported = new Set(['EISDIR', 'EPERM', 'EACCES', 'EINVAL', 'ENOTSUP', 'EBADF']);

export function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

/** A unique temporary name next to the target, so the final rename never crosses a file system. */
function tempPathFor(target: string): string {
  const name = `.${path.basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}${tempSuffix}`;
  return path.join(path.dirname(target), name);
}

/** Makes the renames in `dir` durable; skipped where directories cannot be fsynced. */
async function syncDirectory(dir: string, io: AtomicWriteIo): Promise<void> {
  let handle: fsp.FileHandle | undefined;
  try {
    handle = await io.open(dir, 'r');
    await handle.sync();
  } catch (error) {
    if (!dirSyncUnsupported.has(errorCode(error) ?? '')) throw error;
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/**
 * Stages a copy of the file about to be replaced under a temp name, ready to become the `.bak`.
 * A hard link costs no copy and keeps the old bytes once the rename swaps the target; file
 * systems without links get a copy. Resolves to null when there is no file to keep.
 */
async function stageBackup(target: string, io: AtomicWriteIo): Promise<string | null> {
  const staged = tempPathFor(backupPathOf(target));
  try {
    await io.link(target, staged);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    try {
      await io.copyFile(target, staged);
    } catch (copyError) {
      await io.unlink(staged).catch(() => undefined);
      if (errorCode(copyError) === 'ENOENT') return null;
      throw copyError;
    }
  }
  return staged;
}

/**
 * Writes `data` to `target` so that a reader sees either the old or the new file, never a mix:
 * temp file in the same folder, write, fsync, (keep the old file as `.bak`), rename over the
 * target, fsync the folder. On failure the temp files are removed and the error is rethrown.
 * Returns the stats of the written file (they survive the rename), so callers can recognise it.
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<BigIntStats> {
  const io = options.io ?? nodeIo;
  const temp = tempPathFor(target);
  // Staging the backup only links the current file, so it runs while the new bytes are written.
  const backup = options.backupExisting ? stageBackup(target, io) : Promise.resolve(null);
  backup.catch(() => undefined); // handled below; never an unhandled rejection meanwhile
  let handle: fsp.FileHandle | undefined;
  let renamed = false;
  try {
    handle = await io.open(temp, 'wx');
    await handle.writeFile(data);
    await handle.sync();
    const stats = await handle.stat({ bigint: true });
    await handle.close();
    handle = undefined;
    const staged = await backup;
    // The new bytes are durable: now the old file may become the backup, then the new one the target.
    if (staged) await io.rename(staged, backupPathOf(target));
    await io.rename(temp, target);
    renamed = true;
    await syncDirectory(path.dirname(target), io);
    return stats;
  } catch (error) {
    await handle?.close().catch(() => undefined);
    if (!renamed) await io.unlink(temp).catch(() => undefined);
    const staged = await backup.catch(() => null);
    if (staged) await io.unlink(staged).catch(() => undefined);
    throw error;
  }
}

/** Temp files older than this were left by a crash mid-save, never by a save still running. */
export const staleTempMs = 60 * 60 * 1000;

/** Deletes temp files (`.<name>.<pid>.<random>.tmp`) that a crashed save left behind. Best effort. */
export async function removeStaleTempFiles(dir: string, names: string[]): Promise<void> {
  for (const name of names) {
    if (!name.startsWith('.') || !name.endsWith(tempSuffix)) continue;
    const file = path.join(dir, name);
    try {
      const stats = await fsp.stat(file);
      if (Date.now() - stats.mtimeMs > staleTempMs) await fsp.unlink(file);
    } catch {
      // gone already, or not ours to delete: leave it
    }
  }
}
