import path from 'node:path';
import { readWorkshopFile } from '../electron/main/store/workshop-file';
import type { DecodedWorkshop } from '../shared/model/codec';
import type { Result } from '../shared/result';
import { fail } from '../shared/result';

/**
 * A workshop file read exactly as the app reads it: size limit on the open file, bytes that are not
 * UTF-8 refused (a leading BOM dropped), JSON, structure, migration, schema. A file from a newer
 * version is read too (the app opens it read-only; nothing here writes it back). Every command
 * reads through here, so `validate`, `export-pdf` and `export-adr` accept and refuse the same files,
 * and say why in the same words (`errorText`).
 */
export async function readWorkshop(file: string): Promise<Result<DecodedWorkshop>> {
  try {
    return (await readWorkshopFile(path.resolve(file), { allowNewer: true })).decoded;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail(code === 'ENOENT' ? 'not-found' : 'io', { detail: error instanceof Error ? error.message : String(error) });
  }
}
