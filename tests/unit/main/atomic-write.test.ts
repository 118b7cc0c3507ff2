import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AtomicWriteIo } from '../../../electron/main/store/atomic-write';
import { backupPathOf, nodeIo, writeFileAtomic } from '../../../electron/main/store/atomic-write';
import { useTempDirs } from '../../mocks/temp-dir';

const tempDir = useTempDirs();

/** The real file operations, except that the file handle's write fails halfway through. */
function failingWriteIo(): AtomicWriteIo {
  return {
    ...nodeIo,
    open: (async (...args: Parameters<typeof fsp.open>) => {
      const handle = await fsp.open(...args);
      handle.writeFile = async (data) => {
        await fsp.appendFile(args[0] as string, String(data).slice(0, 5));
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      };
      return handle;
    }) as typeof fsp.open,
  };
}

describe('writeFileAtomic', () => {
  it('creates the file, then replaces it, with no temp files left', async () => {
    const dir = await tempDir();
    const target = path.join(dir, 'a.groundwork');
    await writeFileAtomic(target, 'first 第一');
    await writeFileAtomic(target, 'second 第二');
    expect(await fsp.readFile(target, 'utf8')).toBe('second 第二');
    expect(await fsp.readdir(dir)).toEqual(['a.groundwork']);
  });

  it('keeps the replaced file as .bak only when asked', async () => {
    const dir = await tempDir();
    const target = path.join(dir, 'a.groundwork');
    await writeFileAtomic(target, 'v1');
    await writeFileAtomic(target, 'v2', { backupExisting: false });
    expect((await fsp.readdir(dir)).sort()).toEqual(['a.groundwork']);
    await writeFileAtomic(target, 'v3', { backupExisting: true });
    expect(await fsp.readFile(backupPathOf(target), 'utf8')).toBe('v2');
    await writeFileAtomic(target, 'v4', { backupExisting: true });
    expect(await fsp.readFile(backupPathOf(target), 'utf8')).toBe('v3');
    expect(await fsp.readFile(target, 'utf8')).toBe('v4');
  });

  it('returns the stats of the file now at the target', async () => {
    const dir = await tempDir();
    const target = path.join(dir, 'a.groundwork');
    const stats = await writeFileAtomic(target, 'hello');
    const onDisk = await fsp.stat(target, { bigint: true });
    expect([stats.ino, stats.size, stats.mtimeNs]).toEqual([onDisk.ino, onDisk.size, onDisk.mtimeNs]);
  });

  it('leaves the old file intact and removes the temp file when the write fails midway', async () => {
    const dir = await tempDir();
    const target = path.join(dir, 'a.groundwork');
    await fsp.writeFile(target, 'the good old bytes');
    await expect(writeFileAtomic(target, 'new bytes that never land', { backupExisting: true, io: failingWriteIo() })).rejects.toThrow('ENOSPC');
    expect(await fsp.readFile(target, 'utf8')).toBe('the good old bytes');
    expect(await fsp.readdir(dir)).toEqual(['a.groundwork']);
  });

  it('leaves the old file intact when the final rename fails', async () => {
    const dir = await tempDir();
    const target = path.join(dir, 'a.groundwork');
    await fsp.writeFile(target, 'old');
    const io: AtomicWriteIo = { ...nodeIo, rename: () => Promise.reject(Object.assign(new Error('EXDEV'), { code: 'EXDEV' })) };
    await expect(writeFileAtomic(target, 'new', { io })).rejects.toThrow('EXDEV');
    expect(await fsp.readFile(target, 'utf8')).toBe('old');
    expect(await fsp.readdir(dir)).toEqual(['a.groundwork']);
  });

  it('tolerates platforms that cannot fsync a directory', async () => {
    const dir = await tempDir();
    const target = path.join(dir, 'a.groundwork');
    const io: AtomicWriteIo = {
      ...nodeIo,
      open: ((file: string, flags: string) =>
        file === dir ? Promise.reject(Object.assign(new Error('EISDIR'), { code: 'EISDIR' })) : fsp.open(file, flags)) as typeof fsp.open,
    };
    await writeFileAtomic(target, 'ok', { io });
    expect(await fsp.readFile(target, 'utf8')).toBe('ok');
  });

  it('falls back to copying the backup where hard links are not supported', async () => {
    const dir = await tempDir();
    const target = path.join(dir, 'a.groundwork');
    await fsp.writeFile(target, 'old');
    const io: AtomicWriteIo = { ...nodeIo, link: () => Promise.reject(Object.assign(new Error('EPERM'), { code: 'EPERM' })) };
    await writeFileAtomic(target, 'new', { backupExisting: true, io });
    expect(await fsp.readFile(backupPathOf(target), 'utf8')).toBe('old');
    expect(await fsp.readFile(target, 'utf8')).toBe('new');
  });
});
