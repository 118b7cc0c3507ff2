import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { errorCode } from './atomic-write';

/**
 * Moves a damaged file out of the way into `dir`, under its own name plus the time, so it is
 * never deleted and never overwritten: a hard link to the new name (which fails rather than
 * replace an existing file), then the old name removed. File systems without links get an
 * exclusive copy. Resolves with the name in the quarantine folder.
 */
export async function quarantineFile(file: string, dir: string, now: Date): Promise<string> {
  await fsp.mkdir(dir, { recursive: true });
  const stamp = now.toISOString().replace(/:/g, '-');
  for (let seq = 0; ; seq++) {
    const name = `${path.basename(file)}.${stamp}${seq > 0 ? `-${seq}` : ''}.damaged`;
    const target = path.join(dir, name);
    try {
      await moveExclusive(file, target);
      return name;
    } catch (error) {
      if (errorCode(error) !== 'EEXIST' || seq >= 999) throw error;
    }
  }
}

async function moveExclusive(from: string, to: string): Promise<void> {
  try {
    await fsp.link(from, to);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'EEXIST' || code === 'ENOENT') throw error;
    await fsp.copyFile(from, to, fsp.constants.COPYFILE_EXCL);
  }
  await fsp.unlink(from);
}
