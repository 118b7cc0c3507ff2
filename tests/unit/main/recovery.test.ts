import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerRecoveryHandlers } from '../../../electron/main/ipc/recovery';
import type { IpcRegistrar } from '../../../electron/main/ipc/register';
import { createSessionMarker } from '../../../electron/main/store/session-marker';
import { createWorkshopStore } from '../../../electron/main/store/workshop-store';
import type { Workshop } from '../../../shared/model/workshop';
import { manualClock, minutes } from '../../mocks/clock';
import { electron, invokeEvent } from '../../mocks/electron';
import { useTempDirs } from '../../mocks/temp-dir';
import { sampleWorkshop } from '../../mocks/workshops';

vi.mock('electron', async () => (await import('../../mocks/electron')).electronModule());

const tempDir = useTempDirs();
const markers: { end(): void }[] = [];
beforeEach(() => electron.reset());
// Runs before the temp folders go: a marker still writing must not write into a removed folder.
afterEach(() => void markers.splice(0).forEach((m) => m.end()));

const retitled = (doc: Workshop, title: string, updatedAt: string): Workshop => ({ ...doc, title, updatedAt });

/** One run of the app: a marker in `userData`, the store, and the recovery channels. */
async function run(userData: string, clock = manualClock()) {
  electron.reset();
  const marker = createSessionMarker(userData, clock.now);
  const previous = await marker.begin();
  markers.push(marker);
  const store = createWorkshopStore(path.join(userData, 'workshops'), { now: clock.now, log: () => undefined, onEdited: (w) => marker.note(w) });
  const registrar: IpcRegistrar = { ipcMain: electron.ipcMain, log: () => undefined };
  registerRecoveryHandlers(registrar, store, previous);
  const call = (channel: string) => electron.ipcMain.handlers.get(channel)?.(invokeEvent('app://groundwork/index.html'), {});
  return { marker, previous, store, call };
}

describe('quarantine', () => {
  it('moves a damaged file aside (never deleted, never overwritten) and offers the last good copy', async () => {
    const userData = await tempDir();
    const { store } = await run(userData);
    const doc = sampleWorkshop();
    await store.save(retitled(doc, 'good one', '2026-02-01T09:00:00.000Z'));
    await store.save(retitled(doc, 'good two', '2026-02-01T09:05:00.000Z'));
    const file = path.join(store.dir, `${doc.id}.groundwork`);
    const garbage = Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x00]);
    await fsp.writeFile(file, garbage);

    const listing = await store.list();
    if (!listing.ok) throw new Error('list failed');
    const [damaged] = listing.value.damaged;
    expect(damaged).toMatchObject({ id: doc.id, error: { code: 'not-json' }, recovery: { version: { kind: 'backup' }, title: 'good one' } });
    expect(await fsp.readFile(path.join(store.dir, 'quarantine', damaged?.quarantinedAs ?? ''))).toEqual(garbage);
    await expect(fsp.access(file)).rejects.toThrow();

    // The offer survives a restart until it is taken.
    const again = await createWorkshopStore(store.dir, { log: () => undefined }).list();
    expect(again.ok && again.value.damaged).toEqual([expect.objectContaining({ id: doc.id, quarantinedAs: damaged?.quarantinedAs, recovery: expect.objectContaining({ title: 'good one' }) })]);

    const restored = await store.history.restore(doc.id, { kind: 'backup' });
    expect(restored.ok && restored.value.doc.title).toBe('good one');
    const after = await store.list();
    expect(after.ok && [after.value.workshops.map((w) => w.title), after.value.damaged]).toEqual([['good one'], []]);
    expect(await fsp.readdir(path.join(store.dir, 'quarantine'))).toEqual([damaged?.quarantinedAs]);
  });

  it('a second damaged copy of the same file gets its own quarantine name', async () => {
    const userData = await tempDir();
    const { store } = await run(userData);
    const file = path.join(store.dir, 'ws-demo-1.groundwork');
    await fsp.mkdir(store.dir, { recursive: true });
    await fsp.writeFile(file, 'first garbage');
    await store.list();
    await fsp.writeFile(file, 'second garbage');
    await store.list();
    const names = await fsp.readdir(path.join(store.dir, 'quarantine'));
    expect(names).toHaveLength(2);
    const contents = await Promise.all(names.map((n) => fsp.readFile(path.join(store.dir, 'quarantine', n), 'utf8')));
    expect(contents.sort()).toEqual(['first garbage', 'second garbage']);
  });
});

describe('crash recovery', () => {
  it('after a clean quit, offers nothing', async () => {
    const userData = await tempDir();
    const first = await run(userData);
    await first.store.save(sampleWorkshop());
    first.marker.end();
    const second = await run(userData);
    expect(second.previous).toBeNull();
    expect(await second.call('recovery:get')).toEqual({ ok: true, value: null });
  });

  it('after an unclean exit, offers the newest state of the workshop that was open, once', async () => {
    const userData = await tempDir();
    const clock = manualClock();
    const first = await run(userData, clock);
    const doc = sampleWorkshop();
    await first.store.save(sampleWorkshop({ id: 'other', now: '2026-02-01T08:00:00.000Z' }));
    await first.store.save(retitled(doc, 'two seconds before the power cut', '2026-02-01T14:09:58.000Z'));
    await vi.waitFor(async () => expect(JSON.parse(await fsp.readFile(first.marker.file, 'utf8')).workshop).toEqual({ id: doc.id, path: null }), { timeout: 10_000 });
    // No marker.end(): the power strip was kicked.
    const second = await run(userData, clock);
    expect(second.previous?.workshop).toEqual({ id: doc.id, path: null });
    expect(await second.call('recovery:get')).toMatchObject({
      ok: true,
      value: { id: doc.id, version: { kind: 'current' }, title: 'two seconds before the power cut', savedAt: '2026-02-01T14:09:58.000Z', counts: { stages: 9 } },
    });
    const opened = await second.call('recovery:open');
    expect(opened).toMatchObject({ ok: true, value: { doc: { title: 'two seconds before the power cut' }, readOnly: null } });
    expect(await second.call('recovery:get')).toEqual({ ok: true, value: null });
  });

  it('when the current file is damaged after the crash, offers the newest good version instead', async () => {
    const userData = await tempDir();
    const clock = manualClock();
    const first = await run(userData, clock);
    const doc = sampleWorkshop();
    await first.store.save(retitled(doc, 'snapshot', '2026-02-01T09:00:00.000Z'));
    clock.advance(minutes(2));
    await first.store.save(retitled(doc, 'last good', '2026-02-01T09:02:00.000Z'));
    clock.advance(minutes(2));
    await first.store.save(retitled(doc, 'newest', '2026-02-01T09:04:00.000Z'));
    await fsp.writeFile(path.join(first.store.dir, `${doc.id}.groundwork`), '{"schemaVersion": 2, "id": "ws-de');
    const second = await run(userData, clock);
    expect(await second.call('recovery:get')).toMatchObject({ ok: true, value: { version: { kind: 'backup' }, title: 'last good' } });
    expect(await fsp.readdir(path.join(second.store.dir, 'quarantine'))).toHaveLength(1);
    expect(await second.call('recovery:open')).toMatchObject({ ok: true, value: { doc: { title: 'last good' } } });
    const loaded = await second.store.load(doc.id);
    expect(loaded.ok && loaded.value.title).toBe('last good');
  });

  it('a damaged marker still counts as an unclean exit, and dismiss forgets the offer', async () => {
    const userData = await tempDir();
    await fsp.writeFile(path.join(userData, 'session.json'), '{"startedAt": "2026-02-01T0');
    const second = await run(userData);
    expect(second.previous).toEqual({ startedAt: null, workshop: null });
    expect(await second.call('recovery:get')).toEqual({ ok: true, value: null });
    expect(await second.call('recovery:dismiss')).toEqual({ ok: true, value: null });
  });
});
