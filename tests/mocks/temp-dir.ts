import * as fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';

/** Fresh real folders under the OS temp dir, removed after each test of the calling file. */
export function useTempDirs(prefix = 'groundwork-test-'): () => Promise<string> {
  const made: string[] = [];
  afterEach(async () => {
    await Promise.all(made.splice(0).map((dir) => fsp.rm(dir, { recursive: true, force: true })));
  });
  return async () => {
    const dir = await fsp.mkdtemp(path.join(os.tmpdir(), prefix));
    made.push(dir);
    return dir;
  };
}
