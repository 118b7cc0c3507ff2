import type { OpenedWorkshop, SnapshotInfo, SnapshotPreview, VersionRef } from '../../../shared/files/types';
import { workshopText } from '../../../shared/model/codec';
import { stageItems } from '../../../shared/model/workshop';
import type { Result } from '../../../shared/result';
import { fail, ok } from '../../../shared/result';
import { ioFailure } from './io-errors';
import type { StoreCore } from './store-core';
import { damageCodes, peek, quarantine, readVersion } from './store-recovery';

/** A workshop's history: list its snapshots, preview one, restore one (or its last good copy). */
export interface StoreHistory {
  list(id: string): Promise<Result<SnapshotInfo[]>>;
  preview(id: string, name: string): Promise<Result<SnapshotPreview>>;
  /**
   * Makes an earlier version the current one: the current version becomes a snapshot first (a
   * damaged one goes to quarantine), then the earlier version is written in its place.
   */
  restore(id: string, version: VersionRef): Promise<Result<OpenedWorkshop>>;
}

export function createStoreHistory(core: StoreCore): StoreHistory {
  const guarded = async <T>(id: string, task: (id: string) => Promise<Result<T>>): Promise<Result<T>> => {
    const checked = core.checkId(id);
    if (!checked.ok) return checked;
    try {
      return await task(checked.value);
    } catch (error) {
      return ioFailure(error);
    }
  };

  return {
    list: (id) => guarded(id, async (checked) => ok(await core.snapshots.list(checked))),

    preview: (id, name) =>
      guarded(id, async (checked) => {
        const read = await core.snapshots.read(checked, name);
        if (!read.ok) return read;
        const info = (await core.snapshots.list(checked)).find((s) => s.name === name);
        if (!info) return fail('not-found');
        const { doc } = read.value;
        return ok({
          info,
          title: doc.title,
          updatedAt: doc.updatedAt,
          stages: doc.stages.map((s) => ({
            title: s.title,
            kind: s.kind,
            items: Object.entries(stageItems(s)).reduce((n, [key, list]) => (key === 'groups' ? n : n + list.length), 0),
          })),
        });
      }),

    restore: (id, version) =>
      guarded(id, async (checked) => {
        const earlier = await readVersion(core, checked, version);
        if (!earlier.ok) return earlier;
        if (earlier.value.doc.id !== checked) return fail('invalid', { path: 'id', detail: 'the version belongs to another workshop' });
        const target = core.targetOf(checked);
        const current = await peek(target.file);
        if (current.ok) await core.snapshots.copyFrom(checked, target.file, 'restore');
        else if (damageCodes.has(current.error.code)) await quarantine(core, target.file);
        else if (current.error.code !== 'not-found') return current;
        const doc = { ...earlier.value.doc, updatedAt: core.now().toISOString() };
        const saved = await core.write(workshopText(doc), { force: true });
        if (!saved.ok) return saved;
        return ok(core.opened(doc, target, doc.schemaVersion));
      }),
  };
}
