import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiChannels } from '../../../shared/ipc-channels';
import { electron, FakeBrowserWindow, invokeEvent } from '../../mocks/electron';
import { useTempDirs } from '../../mocks/temp-dir';

vi.mock('electron', async () => (await import('../../mocks/electron')).electronModule());

const tempDir = useTempDirs();

beforeEach(() => {
  electron.reset();
  vi.resetModules();
  vi.stubEnv('ELECTRON_RENDERER_URL', '');
});
afterEach(() => {
  vi.unstubAllEnvs();
});

/** Runs electron/main/index.ts as Electron would: module first, then `ready`. */
async function launch() {
  electron.state.userData = await tempDir();
  await import('../../../electron/main/index');
}

describe('main process lifecycle', () => {
  it('registers the app scheme and the page guards before ready, and nothing else', async () => {
    await launch();
    expect(electron.protocol.privileged).toHaveLength(1);
    expect(electron.app.listeners.has('web-contents-created')).toBe(true);
    expect(electron.protocol.handlers.size).toBe(0);
    expect(electron.ipcMain.handlers.size).toBe(0);
    expect(FakeBrowserWindow.instances).toHaveLength(0);
  });

  it('on ready: guards the session, serves app://, registers every channel, opens the window', async () => {
    await launch();
    electron.makeReady();
    await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1));
    expect(electron.session.defaultSession.beforeRequest).toBeTypeOf('function');
    expect(electron.session.defaultSession.spellCheckerEnabled).toBe(false);
    expect([...electron.protocol.handlers.keys()]).toEqual(['app']);
    expect([...electron.ipcMain.handlers.keys()].sort()).toEqual(Object.values(apiChannels).sort());
    const listing = await electron.ipcMain.handlers.get('workshops:list')?.(invokeEvent('app://groundwork/index.html'), {});
    expect(listing).toEqual({ ok: true, value: { workshops: [], damaged: [] } });
  });

  it('quits when the last window closes (not on macOS), and reopens the window on activate', async () => {
    await launch();
    electron.makeReady();
    await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1));
    FakeBrowserWindow.instances[0]?.close();
    electron.app.emit('activate');
    expect(FakeBrowserWindow.getAllWindows()).toHaveLength(1);
    electron.app.emit('window-all-closed');
    expect(electron.state.quitCalls).toBe(process.platform === 'darwin' ? 0 : 1);
  });

  it('quits at once when another instance holds the lock', async () => {
    electron.state.singleInstance = false;
    await launch();
    expect(electron.state.quitCalls).toBe(1);
    expect(electron.app.listeners.has('web-contents-created')).toBe(false);
  });
});
