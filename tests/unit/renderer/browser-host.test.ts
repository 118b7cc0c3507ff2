import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createWorkshop } from '../../../shared/model/templates';
import { indexedDbTextStore } from '../../../renderer/src/host/browser';
import { createTextStoreHost } from '../../../renderer/src/host/text-store-host';

const settingsMemory = () => {
  let text: string | null = null;
  return { read: () => text, write: (t: string) => void (text = t) };
};

describe('browser host (IndexedDB)', () => {
  it('keeps workshops across page loads, validated on every read', async () => {
    const factory = new IDBFactory();
    let n = 0;
    const doc = createWorkshop({ template: 'llm-landing', title: '智能客服落地 🚀', language: 'zh-CN', now: '2026-11-28T09:00:00.000Z', makeId: () => `w${++n}` });
    const first = createTextStoreHost('browser', indexedDbTextStore(factory), settingsMemory());
    expect((await first.saveWorkshop({ doc })).ok).toBe(true);

    const reloaded = createTextStoreHost('browser', indexedDbTextStore(factory), settingsMemory());
    const loaded = await reloaded.loadWorkshop({ id: doc.id });
    expect(loaded).toEqual({ ok: true, value: doc });
    const listing = await reloaded.listWorkshops({});
    expect(listing.ok && listing.value.workshops.map((w) => [w.title, w.stageCount])).toEqual([['智能客服落地 🚀', 9]]);

    expect((await reloaded.deleteWorkshop({ id: doc.id })).ok).toBe(true);
    expect(await reloaded.loadWorkshop({ id: doc.id })).toEqual({ ok: false, error: { code: 'not-found' } });
  });

  it('never overwrites a stored document that fails validation', async () => {
    const factory = new IDBFactory();
    const store = indexedDbTextStore(factory);
    const host = createTextStoreHost('browser', store, settingsMemory());
    let n = 0;
    const doc = createWorkshop({ template: 'blank', title: 'x', language: 'en', now: '2026-11-28T09:00:00.000Z', makeId: () => `b${++n}` });
    await store.set(doc.id, '{"schemaVersion": 1, "truncated');
    expect(await host.saveWorkshop({ doc })).toEqual({ ok: false, error: { code: 'target-invalid' } });
    expect(await store.get(doc.id)).toBe('{"schemaVersion": 1, "truncated');
  });

  it('falls back to defaults when stored settings are corrupt, and rejects unknown settings', async () => {
    const storage = settingsMemory();
    storage.write('{not json');
    const host = createTextStoreHost('browser', indexedDbTextStore(new IDBFactory()), storage, { language: 'zh-CN', recentFiles: [], timerSound: false });
    expect(await host.getSettings({})).toEqual({ ok: true, value: { language: 'zh-CN', recentFiles: [], timerSound: false } });
    const bad = await host.setSettings({ language: 'fr' } as never);
    expect(bad.ok).toBe(false);
    const good = await host.setSettings({ language: 'en' });
    expect(good.ok && good.value.language).toBe('en');
  });
});
