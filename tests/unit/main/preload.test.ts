import { beforeEach, describe, expect, it, vi } from 'vitest';
import { apiChannels } from '../../../shared/ipc-channels';
import { electron } from '../../mocks/electron';

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
});
