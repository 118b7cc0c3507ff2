import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { isNewerVersion } from '../../../shared/model/codec';
import { idSchema } from '../../../shared/model/ids';
import type { DamagedWorkshop, WorkshopListing, WorkshopSummary } from '../../../shared/model/summary';
import { sortSummaries, summarize } from '../../../shared/model/summary';
import type { Result } from '../../../shared/result';
import { fail, ok } from '../../../shared/result';
import { errorCode, removeStaleTempFiles } from './atomic-write';
import { ioFailure } from './io-errors';
import type { StoreCore } from './store-core';
import { workshopExtension } from './store-core';
import { bestEarlierVersion, damageCodes, quarantine } from './store-recovery';
import { readWorkshopFile } from './workshop-file';

type Entry = { summary: WorkshopSummary } | { damaged: DamagedWorkshop };

/**
 * One file of the store folder. A damaged one is moved to quarantine at once and listed with the
 * newest good earlier version to restore; a file from a newer app is listed as read-only.
 */
async function listOne(core: StoreCore, fileName: string): Promise<Entry> {
  const id = fileName.slice(0, -workshopExtension.length);
  if (!idSchema.safeParse(id).success) {
    return { damaged: { fileName, error: { code: 'invalid', path: '', detail: 'the file name is not a workshop id' } } };
  }
  const file = core.fileOf(id);
  const result = await core.files.serialized(file, async (): Promise<Result<Entry>> => {
    const { decoded } = await readWorkshopFile(file, { allowNewer: true });
    if (decoded.ok && decoded.value.doc.id === id) {
      const summary = summarize(decoded.value.doc);
      return ok({ summary: isNewerVersion(decoded.value) ? { ...summary, readOnly: true } : summary });
    }
    const error = decoded.ok ? { code: 'invalid' as const, path: 'id', detail: `file ${fileName} holds workshop "${decoded.value.doc.id}"` } : decoded.error;
    if (!damageCodes.has(error.code)) return ok({ damaged: { fileName, id, error } });
    const quarantinedAs = await quarantine(core, file);
    const recovery = await bestEarlierVersion(core, id);
    return ok({ damaged: { fileName, id, error, quarantinedAs, ...(recovery ? { recovery } : {}) } });
  });
  if (result.ok) return result.value;
  return { damaged: { fileName, id, error: result.error } };
}

/**
 * Workshops quarantined earlier and not restored yet, while a good earlier version exists: still
 * offered, so a restart does not hide the way back.
 */
async function quarantinedEarlier(core: StoreCore, present: Set<string>): Promise<DamagedWorkshop[]> {
  let names: string[];
  try {
    names = await fsp.readdir(core.quarantineDir);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return [];
    throw error;
  }
  const newestById = new Map<string, string>();
  for (const name of names.sort()) {
    const m = /^([A-Za-z0-9_-]{1,64})\.groundwork\..+\.damaged$/.exec(name);
    if (m?.[1] && !present.has(m[1])) newestById.set(m[1], name);
  }
  const out: DamagedWorkshop[] = [];
  for (const [id, quarantinedAs] of newestById) {
    const recovery = await bestEarlierVersion(core, id);
    if (!recovery) continue;
    const { decoded } = await readWorkshopFile(path.join(core.quarantineDir, quarantinedAs)).catch(() => ({ decoded: fail('io') }));
    const error = decoded.ok ? { code: 'invalid' as const } : decoded.error;
    out.push({ fileName: `${id}${workshopExtension}`, id, error, quarantinedAs, recovery });
  }
  return out;
}

export async function listStore(core: StoreCore): Promise<Result<WorkshopListing>> {
  try {
    await fsp.mkdir(core.dir, { recursive: true });
    const all = await fsp.readdir(core.dir);
    await removeStaleTempFiles(core.dir, all);
    const names = all.filter((name) => name.endsWith(workshopExtension) && !name.startsWith('.')).sort();
    const workshops: WorkshopSummary[] = [];
    const damaged: DamagedWorkshop[] = [];
    // One file at a time: each may be up to limits.fileBytes, and parsing is CPU-bound anyway.
    for (const name of names) {
      const entry = await listOne(core, name);
      if ('summary' in entry) workshops.push(entry.summary);
      else damaged.push(entry.damaged);
    }
    const present = new Set([...workshops.map((w) => w.id), ...damaged.flatMap((d) => (d.id ? [d.id] : []))]);
    damaged.push(...(await quarantinedEarlier(core, present)));
    return ok({ workshops: sortSummaries(workshops), damaged });
  } catch (error) {
    return ioFailure(error);
  }
}
