import type { SnapshotInfo, SnapshotReason } from '../../../shared/files/types';
import type { SnapshotName } from '../../../shared/files/snapshot-policy';
import { intervalSnapshotDue, parseSnapshotName, snapshotName, snapshotsToKeep, sortSnapshots } from '../../../shared/files/snapshot-policy';
import type { DecodedWorkshop } from '../../../shared/model/codec';
import { parseWorkshopText } from '../../../shared/model/codec';
import { countWorkshop } from '../../../shared/model/summary';
import type { Result } from '../../../shared/result';
import { fail } from '../../../shared/result';
import type { TextStore } from './text-store-host';

/**
 * History snapshots in a text store (IndexedDB in the web build, a Map in memory) under keys
 * `<id>/<name>`, with the same names and pruning policy as the app's history folder. Damaged
 * workshops are moved aside under `quarantine/<id>.groundwork.<time>.damaged`.
 */
export interface TextHistory {
  take(id: string, text: string, reason: SnapshotReason): Promise<string>;
  onSaved(id: string, text: string): Promise<void>;
  list(id: string): Promise<SnapshotInfo[]>;
  read(id: string, name: string): Promise<Result<DecodedWorkshop>>;
  newestValid(id: string): Promise<{ name: string; decoded: DecodedWorkshop } | null>;
  quarantine(id: string, text: string): Promise<string>;
  /** Ids with a quarantined text, newest quarantine name each. */
  quarantined(): Promise<Map<string, string>>;
  removeAll(id: string): Promise<void>;
}

export function createTextHistory(store: TextStore, now: () => Date = () => new Date()): TextHistory {
  async function names(id: string): Promise<SnapshotName[]> {
    const prefix = `${id}/`;
    const keys = (await store.ids()).filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length));
    return sortSnapshots(keys.map(parseSnapshotName).filter((n): n is SnapshotName => n !== null));
  }

  async function read(id: string, name: string): Promise<Result<DecodedWorkshop>> {
    if (!parseSnapshotName(name)) return fail('bad-request', { path: 'name', detail: 'not a snapshot name' });
    const text = await store.get(`${id}/${name}`);
    if (text === undefined) return fail('not-found');
    const decoded = parseWorkshopText(text);
    if (decoded.ok && decoded.value.doc.id !== id) return fail('invalid', { path: 'id' });
    return decoded;
  }

  async function take(id: string, text: string, reason: SnapshotReason): Promise<string> {
    const at = now();
    const existing = new Set((await names(id)).map((n) => n.name));
    let seq = 0;
    while (existing.has(snapshotName(at, reason, seq))) seq++;
    const name = snapshotName(at, reason, seq);
    await store.set(`${id}/${name}`, text);
    const all = await names(id);
    const keep = snapshotsToKeep(all, now());
    for (const s of all) if (!keep.has(s.name)) await store.delete(`${id}/${s.name}`);
    return name;
  }

  return {
    take,
    async onSaved(id, text) {
      const newest = (await names(id))[0]?.takenAt ?? null;
      if (intervalSnapshotDue(newest, now())) await take(id, text, 'interval');
    },
    async list(id) {
      const out: SnapshotInfo[] = [];
      for (const s of await names(id)) {
        const decoded = await read(id, s.name);
        out.push({
          name: s.name,
          takenAt: s.takenAt.toISOString(),
          reason: s.reason,
          counts: decoded.ok ? countWorkshop(decoded.value.doc) : null,
          title: decoded.ok ? decoded.value.doc.title : null,
        });
      }
      return out;
    },
    read,
    async newestValid(id) {
      for (const s of await names(id)) {
        const decoded = await read(id, s.name);
        if (decoded.ok) return { name: s.name, decoded: decoded.value };
      }
      return null;
    },
    async quarantine(id, text) {
      const name = `${id}.groundwork.${now().toISOString().replace(/:/g, '-')}.damaged`;
      await store.set(`quarantine/${name}`, text);
      return name;
    },
    async quarantined() {
      const found = new Map<string, string>();
      for (const key of (await store.ids()).filter((k) => k.startsWith('quarantine/')).sort()) {
        const m = /^quarantine\/([A-Za-z0-9_-]{1,64})\.groundwork\..+\.damaged$/.exec(key);
        if (m?.[1]) found.set(m[1], key.slice('quarantine/'.length));
      }
      return found;
    },
    async removeAll(id) {
      for (const s of await names(id)) await store.delete(`${id}/${s.name}`);
    },
  };
}
