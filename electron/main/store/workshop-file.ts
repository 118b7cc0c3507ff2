import type { BigIntStats } from 'node:fs';
import * as fsp from 'node:fs/promises';
import type { DecodedWorkshop, DecodeOptions } from '../../../shared/model/codec';
import { parseWorkshopBytes } from '../../../shared/model/codec';
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

export interface ReadFile {
  decoded: Result<DecodedWorkshop>;
  stats: BigIntStats;
  /** The bytes read; absent when the file was refused before reading (too large). */
  bytes?: Buffer;
}

/** Reads and decodes one file: size check on the open handle first, then UTF-8 → parse → validate → migrate. */
export async function readWorkshopFile(file: string, options: DecodeOptions = {}): Promise<ReadFile> {
  const handle = await fsp.open(file, 'r');
  try {
    const stats = await handle.stat({ bigint: true });
    if (stats.size > BigInt(limits.fileBytes)) {
      return { decoded: fail('too-large', { detail: `${stats.size} bytes, limit ${limits.fileBytes}` }), stats };
    }
    const bytes = await handle.readFile();
    return { decoded: parseWorkshopBytes(bytes, options), stats, bytes };
  } finally {
    await handle.close();
  }
}
