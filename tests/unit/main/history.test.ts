import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createWorkshopStore } from '../../../electron/main/store/workshop-store';
import { SCHEMA_VERSION } from '../../../shared/model/workshop';
import type { Workshop } from '../../../shared/model/workshop';
import { manualClock, minutes } from '../../mocks/clock';
import { useTempDirs } from '../../mocks/temp-dir';
import { sampleWorkshop } from '../../mocks/workshops';

const tempDir = useTempDirs();
const v1Fixture = fileURLToPath(new URL('../../fixtures/workshop-v1.groundwork', import.meta.url));

async function setUp() {
  const dir = await tempDir();
  const clock = manualClock();
  const store = createWorkshopStore(dir, { now: clock.now, log: () => undefined });
  return { dir, clock, store };
}

const retitled = (doc: Workshop, title: string): Workshop => ({ ...doc, title });
const withoutStage = (doc: Workshop, index: number): Workshop => {
  const stages = doc.stages.filter((_, i) => i !== index);
  return { ...doc, stages, currentStageId: stages[0]?.id ?? null };
};

async function history(store: ReturnType<typeof createWorkshopStore>, id: string) {
  const listed = await store.history.list(id);
  if (!listed.ok) throw new Error(JSON.stringify(listed.error));
  return listed.value;
}

describe('history snapshots', () => {
  it('takes one on the first save and then every 10 minutes of saving, not on every save', async () => {
    const { store, clock } = await setUp();
    const doc = sampleWorkshop();
    for (let minute = 0; minute < 25; minute++) {
      expect((await store.save(retitled(doc, `v${minute}`))).ok).toBe(true);
      clock.advance(minutes(1));
    }
    const list = await history(store, doc.id);
    expect(list.map((s) => [s.reason, s.title])).toEqual([
      ['interval', 'v20'],
      ['interval', 'v10'],
      ['interval', 'v0'],
    ]);
    expect(list[0]?.counts).toEqual({ stages: 9, cards: expect.any(Number), items: expect.any(Number) });
  });

  it('keeps the version on disk when a save deletes a stage', async () => {
    const { store, clock } = await setUp();
    const doc = sampleWorkshop();
    await store.save(doc);
    clock.advance(minutes(1));
    await store.save(withoutStage(doc, 2));
    const list = await history(store, doc.id);
    expect(list.map((s) => s.reason)).toEqual(['stage-deleted', 'interval']);
    expect(list[0]?.counts?.stages).toBe(9);
    const preview = await store.history.preview(doc.id, list[0]?.name ?? '');
    expect(preview.ok && preview.value.stages.map((s) => s.title)).toEqual(doc.stages.map((s) => s.title));
  });

  it('keeps the original bytes of an older file before its first save in the new version', async () => {
    const { dir, store } = await setUp();
    const original = await fsp.readFile(v1Fixture);
    const id = JSON.parse(original.toString('utf8')).id as string;
    await fsp.writeFile(path.join(dir, `${id}.groundwork`), original);
    const opened = await store.open(id);
    if (!opened.ok) throw new Error(JSON.stringify(opened.error));
    expect(opened.value.doc.schemaVersion).toBe(SCHEMA_VERSION);
    const list = await history(store, id);
    expect(list.map((s) => s.reason)).toEqual(['migration']);
    expect(await fsp.readFile(path.join(dir, 'history', id, list[0]?.name ?? ''))).toEqual(original);
  });

  it('restores a snapshot: the current version becomes a snapshot first, nothing is lost', async () => {
    const { dir, store, clock } = await setUp();
    const doc = sampleWorkshop();
    await store.save(retitled(doc, 'morning'));
    clock.advance(minutes(30));
    await store.save(retitled(doc, 'afternoon'));
    const [afternoon, morning] = await history(store, doc.id);
    expect([afternoon?.title, morning?.title]).toEqual(['afternoon', 'morning']);
    clock.advance(minutes(5));
    await store.save(retitled(doc, 'afternoon, later'));

    const restored = await store.history.restore(doc.id, { kind: 'snapshot', name: morning?.name ?? '' });
    if (!restored.ok) throw new Error(JSON.stringify(restored.error));
    expect(restored.value).toMatchObject({ doc: { title: 'morning', updatedAt: clock.now().toISOString() }, location: { kind: 'store' }, readOnly: null });
    expect((await store.load(doc.id)).ok && (await store.load(doc.id))).toMatchObject({ value: { title: 'morning' } });
    const after = await history(store, doc.id);
    expect(after[0]).toMatchObject({ reason: 'restore', title: 'afternoon, later' });
    expect(JSON.parse(await fsp.readFile(path.join(dir, `${doc.id}.groundwork.bak`), 'utf8')).title).toBe('afternoon, later');
  });

  it('restores the last good copy (.bak) too, and refuses names that are not snapshots', async () => {
    const { store } = await setUp();
    const doc = sampleWorkshop();
    await store.save(retitled(doc, 'one'));
    await store.save(retitled(doc, 'two'));
    const restored = await store.history.restore(doc.id, { kind: 'backup' });
    expect(restored.ok && restored.value.doc.title).toBe('one');
    for (const name of ['../ws-demo-1.groundwork', '../../settings.json', 'x.groundwork']) {
      const read = await store.history.preview(doc.id, name);
      expect(read.ok ? null : read.error.code).toBe('bad-request');
      const bad = await store.history.restore(doc.id, { kind: 'snapshot', name });
      expect(bad.ok ? null : bad.error.code).toBe('bad-request');
    }
  });

  it('prunes by the policy: 3 days of saving every 30 minutes leave a bounded history', async () => {
    const { store, clock } = await setUp();
    const doc = sampleWorkshop({ itemsPerStage: 1 });
    const saves = 3 * 24 * 2;
    for (let i = 0; i < saves; i++) {
      await store.save(retitled(doc, `t${i}`));
      clock.advance(minutes(30));
    }
    const list = await history(store, doc.id);
    // Every save took a snapshot (30 min apart). Kept: the last hour (2), one per hour of the day
    // before (about 23), one per day before that (2), give or take the boundaries.
    expect(list.length).toBeGreaterThanOrEqual(25);
    expect(list.length).toBeLessThanOrEqual(29);
    expect(list[0]?.title).toBe(`t${saves - 1}`);
    const hours = list.slice(2, 20).map((s) => new Date(s.takenAt).getUTCHours());
    expect(new Set(hours).size).toBe(hours.length);
  }, 20_000);
});
