import type { RecoveryCandidate, VersionRef } from '../../../shared/files/types';
import type { DecodedWorkshop } from '../../../shared/model/codec';
import { countWorkshop } from '../../../shared/model/summary';
import type { Result } from '../../../shared/result';
import { fail } from '../../../shared/result';
import { backupPathOf, errorCode } from './atomic-write';
import { quarantineFile } from './quarantine';
import type { StoreCore } from './store-core';
import { readWorkshopFile } from './workshop-file';

/** Error codes that mean the file itself is damaged (not a passing io problem, not a newer app). */
export const damageCodes = new Set(['not-json', 'invalid', 'too-large']);

/** Reads a file without adopting it: missing files and io errors become results. */
export async function peek(file: string): Promise<Result<DecodedWorkshop>> {
  try {
    return (await readWorkshopFile(file)).decoded;
  } catch (error) {
    return fail(errorCode(error) === 'ENOENT' ? 'not-found' : 'io', { detail: error instanceof Error ? error.message : String(error) });
  }
}

/** Reads one earlier version of a workshop: its `.bak` in the store, or a history snapshot. */
export function readVersion(core: StoreCore, id: string, version: VersionRef): Promise<Result<DecodedWorkshop>> {
  if (version.kind === 'snapshot') return core.snapshots.read(id, version.name);
  return peek(backupPathOf(core.fileOf(id)));
}

const candidate = (core: StoreCore, id: string, version: RecoveryCandidate['version'], decoded: DecodedWorkshop): RecoveryCandidate => ({
  id,
  version,
  title: decoded.doc.title,
  savedAt: decoded.doc.updatedAt,
  counts: countWorkshop(decoded.doc),
  location: core.targetOf(id).location,
});

/** The newest good earlier version: the last good copy (`.bak`) or the newest snapshot that validates. */
export async function bestEarlierVersion(core: StoreCore, id: string): Promise<RecoveryCandidate | null> {
  const found: RecoveryCandidate[] = [];
  const backup = await readVersion(core, id, { kind: 'backup' });
  if (backup.ok && backup.value.doc.id === id) found.push(candidate(core, id, { kind: 'backup' }, backup.value));
  for (const info of await core.snapshots.list(id).catch(() => [])) {
    if (!info.counts) continue;
    const snapshot = await core.snapshots.read(id, info.name);
    if (!snapshot.ok) continue;
    found.push(candidate(core, id, { kind: 'snapshot', name: info.name }, snapshot.value));
    break;
  }
  return newest(found);
}

const newest = (list: RecoveryCandidate[]): RecoveryCandidate | null =>
  list.reduce<RecoveryCandidate | null>((best, c) => (!best || c.savedAt > best.savedAt ? c : best), null);

/**
 * After an unclean exit: the newest recoverable state of the workshop that was being edited, from
 * its current file and its earlier versions. A damaged current file in the store is quarantined.
 */
export async function recoveryOffer(core: StoreCore, id: string, externalPath: string | null): Promise<RecoveryCandidate | null> {
  if (externalPath) core.locations.set(id, externalPath);
  const target = core.targetOf(id);
  const current = await peek(target.file);
  const found: RecoveryCandidate[] = [];
  if (current.ok && current.value.doc.id === id) found.push(candidate(core, id, { kind: 'current' }, current.value));
  else if (!current.ok && damageCodes.has(current.error.code) && target.backup) await quarantine(core, target.file);
  const earlier = await bestEarlierVersion(core, id);
  if (earlier) found.push(earlier);
  return newest(found);
}

/** Moves a damaged file into the quarantine folder; resolves with its new name there. */
export async function quarantine(core: StoreCore, file: string): Promise<string> {
  const name = await quarantineFile(file, core.quarantineDir, core.now());
  core.files.forget(file);
  core.log(`[store] moved damaged ${file} to quarantine as ${name}`);
  return name;
}
