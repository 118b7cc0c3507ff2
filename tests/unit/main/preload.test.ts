import { beforeEach, describe, expect, it, vi } from 'vitest';
import { apiChannels } from '../../../shared/ipc-channels';
import { electron } from '../../mocks/electron';
import { sourceFiles } from './source-scan';

vi.mock('electron', async () => (await import('../../mocks/electron')).electronModule());

beforeEach(() => {
  electron.reset();
  vi.resetModules();
});

describe('preload', () => {
  it('exposes one object named groundwork with one method per channel, each invoking its channel', async () => {
    await import('../../../electron/preload/index');
    expect([...electron.exposed.keys()]).toEqual(['groundwork']);
    const api = electron.exposed.get('groundwork') as Record<string, (args: unknown) => Promise<unknown>>;
    expect(Object.keys(api).sort()).toEqual(Object.keys(apiChannels).sort());
    for (const [method, channel] of Object.entries(apiChannels)) {
      await api[method]?.({ probe: method });
      expect(electron.invocations.at(-1)).toEqual({ channel, args: [{ probe: method }] });
    }
  });

  it('exposes functions only: no ipcRenderer, no send, no listeners, and one argument per call', async () => {
    await import('../../../electron/preload/index');
    const api = electron.exposed.get('groundwork') as Record<string, unknown>;
    for (const [name, value] of Object.entries(api)) {
      expect(typeof value, name).toBe('function');
      expect(value).not.toBe(electron.ipcRenderer.invoke);
    }
    expect(Object.values(api)).not.toContain(electron.ipcRenderer);
    for (const forbidden of ['ipcRenderer', 'invoke', 'send', 'sendSync', 'on', 'once', 'postMessage']) expect(api).not.toHaveProperty(forbidden);
    const loadWorkshop = api.loadWorkshop as (...args: unknown[]) => Promise<unknown>;
    await loadWorkshop({ id: 'a' }, 'workshops:delete', { id: 'b' });
    expect(electron.invocations).toEqual([{ channel: 'workshops:load', args: [{ id: 'a' }] }]);
  });

  it('uses ipcRenderer for invoke only, and exposes one object once', () => {
    const [preload, ...others] = sourceFiles('electron/preload');
    expect(others).toEqual([]);
    const text = preload?.text ?? '';
    const uses = [...text.matchAll(/\bipcRenderer\s*\.\s*(\w+)/g)].map((m) => m[1]);
    expect(uses).toEqual(['invoke']);
    expect(text.match(/exposeInMainWorld\s*\(/g)).toHaveLength(1);
    const imports = [...new Set([...text.matchAll(/from\s+'([^']+)'/g)].map((m) => m[1]))].sort();
    expect(imports).toEqual(['../../shared/ipc', '../../shared/ipc-channels', 'electron']);
  });
});
