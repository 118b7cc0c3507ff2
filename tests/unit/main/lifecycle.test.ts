import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiChannels } from '../../../shared/ipc-channels';
import { createFakeSession, electron, FakeBrowserWindow, FakeWebContents, fakeEvent, invokeEvent } from '../../mocks/electron';
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
    expect(electron.state.sandboxEnabled, 'app.enableSandbox(): every renderer sandboxed').toBe(true);
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

  it('in a packaged build: no DevTools, no dev server, and every page and session guarded', async () => {
    electron.app.isPackaged = true;
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    await launch();
    electron.makeReady();
    await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1));
    const window = FakeBrowserWindow.instances[0];
    expect(window?.options.webPreferences).toMatchObject({ devTools: false, sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(window?.loadedUrls).toEqual(['app://groundwork/index.html']);

    // Any page the app creates (here: a stand-in for a second window's contents) gets the guards.
    const contents = new FakeWebContents();
    electron.app.emit('web-contents-created', fakeEvent(), contents);
    contents.openDevTools();
    expect(contents.devToolsOpen).toBe(false);
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    const navigation = fakeEvent();
    contents.emit('will-navigate', navigation, 'http://localhost:5173/');
    expect(navigation.defaultPrevented).toBe(true);

    const later = createFakeSession();
    electron.app.emit('session-created', later);
    const callback = vi.fn();
    later.beforeRequest?.({ url: 'http://localhost:5173/' }, callback);
    expect(callback).toHaveBeenCalledWith({ cancel: true });
  });

  it('in development: DevTools available, and the window still sandboxed', async () => {
    await launch();
    electron.makeReady();
    await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1));
    expect(FakeBrowserWindow.instances[0]?.options.webPreferences).toMatchObject({ devTools: true, sandbox: true, contextIsolation: true });
    // electron-store's unchecked 'electron-store-get-data' listener is gone; Electron's own no-op stays.
    expect(electron.ipcMain.eventNames(), 'invoke handlers only').toEqual(['error']);
  });
});
