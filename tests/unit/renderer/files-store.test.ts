import { describe, expect, it } from 'vitest';
import { listenForOpenRequests } from '../../../renderer/src/features/files/open-requests';
import { exportCopy, importChosenFile, resolveConflict } from '../../../renderer/src/features/files/file-actions';
import { createMemoryHost } from '../../../renderer/src/host/memory';
import { mapTextStore } from '../../../renderer/src/host/map-text-store';
import { createTextStoreHost } from '../../../renderer/src/host/text-store-host';
import type { Host } from '../../../renderer/src/host/types';
import { createAppStore } from '../../../renderer/src/store/app-store';
import { parseWorkshopText, serializeWorkshop } from '../../../shared/model/codec';
import { SCHEMA_VERSION } from '../../../shared/model/workshop';
import { ok } from '../../../shared/result';
import { sampleWorkshop } from '../../mocks/workshops';

const setup = (host: Host) => createAppStore(host, 'en', { debounceMs: 1, maxWaitMs: 2 });
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('workshop files in the renderer store', () => {
  it('opens a newer version read-only: navigation works, edits are ignored, nothing is saved', async () => {
    const newer = JSON.stringify({ ...sampleWorkshop({ id: 'newer' }), schemaVersion: SCHEMA_VERSION + 1 });
    const files = new Map([['newer', newer]]);
    const store = setup(createMemoryHost(files));
    await store.getState().openWorkshop('newer');
    expect(store.getState().docFile).toEqual({ location: { kind: 'store' }, readOnly: { fileVersion: SCHEMA_VERSION + 1 } });
    const second = store.getState().doc?.stages[1]?.id ?? '';
    store.getState().dispatch({ type: 'stage/select', stageId: second });
    expect(store.getState().doc?.currentStageId).toBe(second);
    store.getState().dispatch({ type: 'workshop/rename', title: 'changed' });
    expect(store.getState().doc?.title).toBe('智能客服落地工作坊');
    await settle();
    await store.getState().flushSave();
    expect(files.get('newer')).toBe(newer);
    const listing = await createMemoryHost(files).listWorkshops({});
    expect(listing.ok && listing.value.workshops[0]?.readOnly).toBe(true);
  });

  it('a workshop changed by someone else is not overwritten; load theirs keeps mine in the history', async () => {
    const files = new Map<string, string>();
    const history = new Map<string, string>();
    const host = createMemoryHost(files, undefined, history);
    const store = setup(host);
    await store.getState().createWorkshop({ template: 'blank', title: 'mine', language: 'en' });
    const id = store.getState().doc?.id ?? '';
    await store.getState().closeWorkshop();
    await store.getState().openWorkshop(id);
    const theirs = serializeWorkshop({ ...sampleWorkshop({ id }), title: 'theirs' });
    files.set(id, theirs); // another tab saved
    store.getState().dispatch({ type: 'workshop/rename', title: 'mine, edited' });
    await settle();
    const save = store.getState().save;
    expect(save.state === 'failed' && save.error.code).toBe('conflict');
    expect(files.get(id)).toBe(theirs);

    await resolveConflict({ host, store }, 'theirs');
    expect(store.getState().doc?.title).toBe('theirs');
    const snapshots = [...history.values()].map((text) => parseWorkshopText(text)).map((d) => (d.ok ? d.value.doc.title : null));
    expect(snapshots).toContain('mine, edited');
    store.getState().dispatch({ type: 'workshop/rename', title: 'theirs, edited' });
    await settle();
    expect(store.getState().save.state).toBe('saved');
  });

  it('keep mine after a conflict keeps the undo history and saves', async () => {
    const files = new Map<string, string>();
    const host = createMemoryHost(files);
    const store = setup(host);
    await store.getState().createWorkshop({ template: 'blank', title: 'mine', language: 'en' });
    const id = store.getState().doc?.id ?? '';
    await store.getState().closeWorkshop();
    await store.getState().openWorkshop(id);
    files.set(id, serializeWorkshop({ ...sampleWorkshop({ id }), title: 'theirs' }));
    store.getState().dispatch({ type: 'workshop/rename', title: 'mine, edited' });
    await settle();
    await resolveConflict({ host, store }, 'mine');
    expect(store.getState().history.past).toHaveLength(1);
    const stored = parseWorkshopText(files.get(id) ?? '');
    expect(stored.ok && stored.value.doc.title).toBe('mine, edited');
  });

  it('imports a chosen file (a new id when taken) and refuses one over the size limit without reading it', async () => {
    const files = new Map<string, string>();
    const host = createMemoryHost(files);
    const store = setup(host);
    const doc = sampleWorkshop();
    files.set(doc.id, serializeWorkshop(doc));
    await importChosenFile({ host, store }, new File([serializeWorkshop({ ...doc, title: 'from USB' })], 'w.groundwork'));
    expect(store.getState().doc?.title).toBe('from USB');
    expect(store.getState().doc?.id).not.toBe(doc.id);
    expect(files.size).toBe(2);
    const huge = { size: 60 * 1024 * 1024, name: 'huge.groundwork', arrayBuffer: () => Promise.reject(new Error('read')) } as unknown as File;
    await importChosenFile({ host, store }, huge);
    expect(store.getState().error?.code).toBe('too-large');
  });

  it('offers the newest state after an unclean exit (web build marker), once', async () => {
    const files = new Map<string, string>();
    const history = mapTextStore();
    let marker: string | null = null;
    const session = { read: () => marker, write: (id: string) => void (marker = id) };
    const make = () => createTextStoreHost('browser', mapTextStore(files), { read: () => null, write: () => undefined }, undefined, undefined, undefined, { history, session });
    const first = setup(make());
    await first.getState().createWorkshop({ template: 'blank', title: 'before the crash', language: 'en' });
    expect(marker).toBe(first.getState().doc?.id);
    // The tab died: no pagehide, the marker stays.
    const host = make();
    const offer = await host.getRecovery({});
    expect(offer).toMatchObject({ ok: true, value: { title: 'before the crash', version: { kind: 'current' } } });
    const store = setup(host);
    const opened = await host.openRecovery({});
    if (opened.ok) store.getState().showOpened(opened.value);
    expect(store.getState().doc?.title).toBe('before the crash');
    expect(await host.getRecovery({})).toEqual({ ok: true, value: null });
  });

  it('exports through the host, and stops waiting for open requests when the host has none', async () => {
    const host = createMemoryHost();
    const store = setup(host);
    await store.getState().createWorkshop({ template: 'blank', title: 'x', language: 'en' });
    let exported: unknown = null;
    host.exportFile = async ({ doc }) => {
      exported = doc;
      return ok({ path: 'x.groundwork' });
    };
    expect(await exportCopy({ host, store })).toBe('x.groundwork');
    expect(exported).toMatchObject({ title: 'x' });
    let calls = 0;
    host.waitOpenRequest = async () => (++calls === 1 ? ok({ doc: sampleWorkshop({ id: 'asked' }), location: { kind: 'file', path: '/usb/a.groundwork', name: 'a.groundwork' }, readOnly: null }) : ok(null));
    listenForOpenRequests(host, store);
    await settle();
    expect(store.getState().doc?.id).toBe('asked');
    expect(store.getState().docFile?.location).toEqual({ kind: 'file', path: '/usb/a.groundwork', name: 'a.groundwork' });
    expect(calls).toBe(2);
  });
});
