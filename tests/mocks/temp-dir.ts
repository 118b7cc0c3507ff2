import * as fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';

/** Fresh real folders under the OS temp dir, removed after each test of the calling file. */
export function useTempDirs(prefix = 'groundwork-test-'): () => Promise<string> {
  const made: string[] = [];
  afterEach(async () => {
    // The app under test may still be finishing a write (a session marker, a snapshot) when the test
    // ends: retry the removal on ENOTEMPTY/EBUSY instead of failing the test on its own clean-up.
    await Promise.all(made.splice(0).map((dir) => fsp.rm(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 })));
  });
  return async () => {
    const dir = await fsp.mkdtemp(path.join(os.tmpdir(), prefix));
    made.push(dir);
    return dir;
  };
}
