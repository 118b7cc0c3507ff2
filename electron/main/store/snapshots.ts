import * as fsp from 'node:fs/promises';
import path from 'node:path';
import type { SnapshotInfo, SnapshotReason } from '../../../shared/files/types';
import type { SnapshotName } from '../../../shared/files/snapshot-policy';
import { intervalSnapshotDue, parseSnapshotName, snapshotName, snapshotsToKeep, sortSnapshots } from '../../../shared/files/snapshot-policy';
import type { DecodedWorkshop } from '../../../shared/model/codec';
import { idSchema } from '../../../shared/model/ids';
import { countWorkshop } from '../../../shared/model/summary';
import type { Workshop } from '../../../shared/model/workshop';
import type { Result } from '../../../shared/result';
import { fail } from '../../../shared/result';
import type { AtomicWriteIo } from './atomic-write';
import { errorCode, writeFileAtomic } from './atomic-write';
import { readWorkshopFile } from './workshop-file';

/**
 * History snapshots of each workshop in `<history>/<id>/<timestamp>_<reason>.groundwork`, taken
 * and pruned by shared/files/snapshot-policy.ts. Snapshot files are written once and never changed.
 */
export interface Snapshots {
  readonly root: string;
  /** Writes `bytes` (a valid workshop file) as a new snapshot, then prunes; resolves with its name. */
  take(id: string, bytes: Uint8Array, reason: SnapshotReason, doc?: Workshop): Promise<string>;
  /** Copies the file at `file` into the history (a version about to be replaced); null if it is gone. */
  copyFrom(id: string, file: string, reason: SnapshotReason): Promise<string | null>;
  /** An interval snapshot of a save, when the newest is 10 minutes old. */
  onSaved(id: string, bytes: Uint8Array, doc: Workshop): Promise<void>;
  list(id: string): Promise<SnapshotInfo[]>;
  read(id: string, name: string): Promise<Result<DecodedWorkshop>>;
}

export interface SnapshotOptions {
  now: () => Date;
  io?: AtomicWriteIo;
  log?: (message: string) => void;
}

type Described = Pick<SnapshotInfo, 'counts' | 'title'>;

export function createSnapshots(root: string, { now, io, log = console.warn }: SnapshotOptions): Snapshots {
  /** Snapshot files never change, so what each holds is worked out once per process. */
  const described = new Map<string, Described>();
  const newest = new Map<string, Date | null>();
  const dirOf = (id: string) => path.join(root, idSchema.parse(id));

  async function names(id: string): Promise<SnapshotName[]> {
    let entries: string[];
    try {
      entries = await fsp.readdir(dirOf(id));
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return [];
      throw error;
    }
    return sortSnapshots(entries.map(parseSnapshotName).filter((n): n is SnapshotName => n !== null));
  }

  async function newestOf(id: string): Promise<Date | null> {
    if (!newest.has(id)) newest.set(id, (await names(id))[0]?.takenAt ?? null);
    return newest.get(id) ?? null;
  }

  /** A name not yet used: two snapshots in the same millisecond get a sequence number. */
  async function freshName(id: string, at: Date, reason: SnapshotReason): Promise<string> {
    const taken = new Set(await fsp.readdir(dirOf(id)).catch(() => [] as string[]));
    let seq = 0;
    while (taken.has(snapshotName(at, reason, seq))) seq++;
    return snapshotName(at, reason, seq);
  }

  async function prune(id: string): Promise<void> {
    const all = await names(id);
    const keep = snapshotsToKeep(all, now());
    for (const s of all) {
      if (keep.has(s.name)) continue;
      await fsp.unlink(path.join(dirOf(id), s.name)).catch(() => undefined);
      described.delete(`${id}/${s.name}`);
    }
  }

  async function store(id: string, reason: SnapshotReason, write: (file: string) => Promise<void>, doc?: Workshop): Promise<string> {
    const at = now();
    await fsp.mkdir(dirOf(id), { recursive: true });
    const name = await freshName(id, at, reason);
    await write(path.join(dirOf(id), name));
    if (doc) described.set(`${id}/${name}`, { counts: countWorkshop(doc), title: doc.title });
    const previous = await newestOf(id);
    if (!previous || at > previous) newest.set(id, at);
    await prune(id).catch((error: unknown) => log(`[history] could not prune ${id}: ${String(error)}`));
    return name;
  }

  async function read(id: string, name: string): Promise<Result<DecodedWorkshop>> {
    if (!parseSnapshotName(name)) return fail('bad-request', { path: 'name', detail: 'not a snapshot name' });
    try {
      const { decoded } = await readWorkshopFile(path.join(dirOf(id), name));
      if (decoded.ok && decoded.value.doc.id !== id) return fail('invalid', { path: 'id', detail: `the snapshot holds workshop "${decoded.value.doc.id}"` });
      return decoded;
    } catch (error) {
      return errorCode(error) === 'ENOENT' ? fail('not-found') : fail('io', { detail: String(error) });
    }
  }

  async function describe(id: string, name: string): Promise<Described> {
    const key = `${id}/${name}`;
    const cached = described.get(key);
    if (cached) return cached;
    const decoded = await read(id, name);
    const value = decoded.ok ? { counts: countWorkshop(decoded.value.doc), title: decoded.value.doc.title } : { counts: null, title: null };
    described.set(key, value);
    return value;
  }

  return {
    root,
    take: (id, bytes, reason, doc) =>
      store(id, reason, async (file) => void (await writeFileAtomic(file, bytes, io ? { io } : {})), doc),
    async copyFrom(id, file, reason) {
      try {
        const bytes = await fsp.readFile(file);
        return await store(id, reason, async (target) => void (await writeFileAtomic(target, bytes, io ? { io } : {})));
      } catch (error) {
        if (errorCode(error) === 'ENOENT') return null;
        throw error;
      }
    },
    async onSaved(id, bytes, doc) {
      if (!intervalSnapshotDue(await newestOf(id), now())) return;
      try {
        await store(id, 'interval', async (file) => void (await writeFileAtomic(file, bytes, io ? { io } : {})), doc);
      } catch (error) {
        // The save itself is on disk; a missed snapshot is retried on the next save.
        log(`[history] could not take a snapshot of ${id}: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
    async list(id) {
      const out: SnapshotInfo[] = [];
      for (const s of await names(id)) out.push({ name: s.name, takenAt: s.takenAt.toISOString(), reason: s.reason, ...(await describe(id, s.name)) });
      return out;
    },
    read,
  };
}
