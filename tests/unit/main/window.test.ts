import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSettingsStore } from '../../../electron/main/store/settings-store';
import { boundsSaveDelayMs, createMainWindow } from '../../../electron/main/window';
import { secureWebPreferences } from '../../../electron/main/web-preferences';
import { electron, FakeBrowserWindow } from '../../mocks/electron';
import { useTempDirs } from '../../mocks/temp-dir';

vi.mock('electron', async () => (await import('../../mocks/electron')).electronModule());

const tempDir = useTempDirs();
const mainDir = path.resolve('/opt/groundwork/out/main');

beforeEach(() => electron.reset());
afterEach(() => {
  vi.useRealTimers();
});

async function openWindow(devServerUrl?: string) {
  const settings = createSettingsStore({ cwd: await tempDir() });
  const window = createMainWindow({ settings, mainDir, devServerUrl, log: () => undefined }) as unknown as FakeBrowserWindow;
  return { settings, window };
}

describe('main window', () => {
  it('is created with the secure web preferences, the built CommonJS preload, a minimum size and the title', async () => {
    const { window } = await openWindow();
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    expect(window.options).toMatchObject({ title: 'Groundwork', minWidth: 960, minHeight: 640, show: false });
    const preload = path.resolve('/opt/groundwork/out/preload/index.cjs');
    expect(window.options.webPreferences).toEqual(secureWebPreferences({ preload, isPackaged: false }));
  });

  it('has no DevTools when the app is packaged', async () => {
    electron.app.isPackaged = true;
    const { window } = await openWindow();
    expect(window.options.webPreferences).toMatchObject({ devTools: false, sandbox: true, contextIsolation: true });
  });

  it('loads the app page, or the dev server in development, and shows once ready', async () => {
    const { window } = await openWindow();
    expect(window.loadedUrls).toEqual(['app://groundwork/index.html']);
    expect(window.visible).toBe(false);
    window.emit('ready-to-show');
    expect(window.visible).toBe(true);
    const dev = await openWindow('http://localhost:5173');
    expect(dev.window.loadedUrls).toEqual(['http://localhost:5173']);
  });

  it('restores saved bounds that are on a screen, and ignores ones that are not', async () => {
    const cwd = await tempDir();
    const settings = createSettingsStore({ cwd });
    settings.set({ windowBounds: { x: 100, y: 50, width: 1400, height: 900 } });
    createMainWindow({ settings, mainDir });
    expect(FakeBrowserWindow.instances[0]?.options).toMatchObject({ x: 100, y: 50, width: 1400, height: 900 });
    settings.set({ windowBounds: { x: 4000, y: 50, width: 1400, height: 900 } }); // the projector is gone
    createMainWindow({ settings, mainDir });
    expect(FakeBrowserWindow.instances[1]?.options).toMatchObject({ width: 1280, height: 800 });
    expect(FakeBrowserWindow.instances[1]?.options).not.toHaveProperty('x');
  });

  it('saves the bounds once a burst of resizes settles, and again on close', async () => {
    vi.useFakeTimers();
    const { settings, window } = await openWindow();
    window.setBoundsByUser({ x: 10, y: 10, width: 1000, height: 700 });
    window.setBoundsByUser({ x: 20, y: 20, width: 1100, height: 750 });
    vi.advanceTimersByTime(boundsSaveDelayMs - 1);
    expect(settings.get().windowBounds).toBeUndefined();
    vi.advanceTimersByTime(1);
    expect(settings.get().windowBounds).toEqual({ x: 20, y: 20, width: 1100, height: 750 });
    window.bounds = { x: 30, y: 40, width: 1200, height: 800 };
    window.emit('move');
    window.close();
    expect(settings.get().windowBounds).toEqual({ x: 30, y: 40, width: 1200, height: 800 });
  });
});
