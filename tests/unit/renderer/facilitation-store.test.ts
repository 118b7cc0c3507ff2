import { describe, expect, it, vi } from 'vitest';
import { createMemoryHost } from '../../../renderer/src/host/memory';
import { createTextStoreHost } from '../../../renderer/src/host/text-store-host';
import { createAppStore } from '../../../renderer/src/store/app-store';
import { ok } from '../../../shared/result';
import { defaultSettings } from '../../../shared/settings';

describe('app store: facilitation settings and the presenter', () => {
  it('remembers the timer sound in the settings, off until turned on', async () => {
    const host = createMemoryHost();
    const store = createAppStore(host, 'zh-CN');
    expect(store.getState().timerSound).toBe(false);
    await store.getState().setTimerSound(true);
    expect(store.getState().timerSound).toBe(true);
    const saved = await host.getSettings({});
    expect(saved.ok && saved.value.timerSound).toBe(true);
    expect(createAppStore(host, 'zh-CN', { timerSound: true }).getState().timerSound).toBe(true);
  });

  it('reads settings saved before the timer sound existed without losing the language', async () => {
    const files = { ids: async () => [], get: async () => undefined, set: async () => undefined, delete: async () => undefined };
    const storage = { read: () => JSON.stringify({ language: 'zh-CN', recentFiles: [] }), write: () => undefined };
    const host = createTextStoreHost('browser', files, storage, defaultSettings);
    expect(await host.getSettings({})).toEqual(ok({ language: 'zh-CN', recentFiles: [], timerSound: false }));
  });

  it('keeps the language when the timer sound changes, and the sound when the language does', async () => {
    const host = createMemoryHost();
    const store = createAppStore(host, 'en');
    await store.getState().setLanguage('zh-CN');
    await store.getState().setTimerSound(true);
    await store.getState().setLanguage('en');
    const saved = await host.getSettings({});
    expect(saved.ok && saved.value).toMatchObject({ language: 'en', timerSound: true });
  });

  it('asks the host to toggle the presenter, and shows a failure', async () => {
    const host = createMemoryHost();
    const toggle = vi.spyOn(host, 'togglePresenter');
    const store = createAppStore(host, 'en');
    await store.getState().togglePresenter();
    expect(toggle).toHaveBeenCalledWith({});
    toggle.mockResolvedValueOnce({ ok: false, error: { code: 'forbidden-sender' } });
    await store.getState().togglePresenter();
    expect(store.getState().error).toEqual({ code: 'forbidden-sender' });
    expect(await host.togglePresenter({})).toEqual(ok({ open: true }));
  });
});
