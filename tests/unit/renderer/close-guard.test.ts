import { describe, expect, it, vi } from 'vitest';
import { installCloseGuard } from '../../../renderer/src/app/close-guard';
import { createMemoryHost } from '../../../renderer/src/host/memory';
import { createAppStore } from '../../../renderer/src/store/app-store';

function harness() {
  const files = new Map<string, string>();
  const host = createMemoryHost(files);
  const store = createAppStore(host, 'zh-CN', { debounceMs: 60_000, maxWaitMs: 60_000 });
  let listener: ((event: BeforeUnloadEvent) => void) | undefined;
  const close = vi.fn();
  installCloseGuard({ addEventListener: (_type, l) => (listener = l) }, store, close);
  const tryClose = () => {
    const event = { defaultPrevented: false, returnValue: undefined as unknown, preventDefault() { this.defaultPrevented = true; } };
    listener?.(event as unknown as BeforeUnloadEvent);
    return event.defaultPrevented;
  };
  return { files, host, store, close, tryClose };
}

describe('closing the window', () => {
  it('goes through at once when everything is saved', async () => {
    const { store, tryClose } = harness();
    expect(tryClose()).toBe(false);
    await store.getState().createWorkshop({ template: 'blank', title: '试点', language: 'zh-CN' });
    expect(tryClose()).toBe(false);
  });

  it('is held while a change waits for the autosave, which then runs before the window closes', async () => {
    const { files, store, close, tryClose } = harness();
    await store.getState().createWorkshop({ template: 'blank', title: '试点', language: 'zh-CN' });
    store.getState().dispatch({ type: 'workshop/rename', title: '智能客服试点' });
    expect(tryClose()).toBe(true);
    await vi.waitFor(() => expect(close).toHaveBeenCalledOnce());
    expect([...files.values()][0]).toContain('智能客服试点');
    expect(tryClose()).toBe(false);
  });

  it('stays open when the save fails, so the failure can be seen and retried', async () => {
    const { host, store, close, tryClose } = harness();
    await store.getState().createWorkshop({ template: 'blank', title: '试点', language: 'zh-CN' });
    host.saveWorkshop = async () => ({ ok: false, error: { code: 'io', detail: 'USB stick removed' } });
    store.getState().dispatch({ type: 'workshop/rename', title: '智能客服试点' });
    expect(tryClose()).toBe(true);
    await vi.waitFor(() => expect(store.getState().save.state).toBe('failed'));
    expect(close).not.toHaveBeenCalled();
    expect(tryClose()).toBe(true); // still held: the change is not on disk
  });
});
