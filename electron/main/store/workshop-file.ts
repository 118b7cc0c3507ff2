import type { BigIntStats } from 'node:fs';
import * as fsp from 'node:fs/promises';
import type { DecodedWorkshop } from '../../../shared/model/codec';
import { parseWorkshopText } from '../../../shared/model/codec';
import { limits } from '../../../shared/model/limits';
import type { Result } from '../../../shared/result';
import { fail } from '../../../shared/result';

// The bytes of one workshop file: read with the size limit checked first, written as UTF-8.

/**
 * UTF-8 bytes of `text` in one pass: `Buffer.from` measures the length first, then encodes. A
 * JavaScript string of n UTF-16 units needs at most 3n bytes.
 */
export function encodeUtf8(text: string): Buffer {
  const buffer = Buffer.allocUnsafe(text.length * 3);
  return buffer.subarray(0, buffer.write(text, 'utf8'));
}

/** Reads and decodes one file: size check on the open handle first, then parse → validate → migrate. */
export async function readWorkshopFile(file: string): Promise<{ decoded: Result<DecodedWorkshop>; stats: BigIntStats }> {
  const handle = await fsp.open(file, 'r');
  try {
    const stats = await handle.stat({ bigint: true });
    if (stats.size > BigInt(limits.fileBytes)) {
      return { decoded: fail('too-large', { detail: `${stats.size} bytes, limit ${limits.fileBytes}` }), stats };
    }
    const text = await handle.readFile('utf8');
    return { decoded: parseWorkshopText(text), stats };
  } finally {
    await handle.close();
  }
}
