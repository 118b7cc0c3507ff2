import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';
import { registerPresenterHandlers } from '../../../electron/main/ipc/presenter';
import { createPresenterWindow, externalDisplay, presenterUrl } from '../../../electron/main/presenter-window';
import { secureWebPreferences } from '../../../electron/main/web-preferences';
import { electron, FakeBrowserWindow, invokeEvent, laptopDisplay, projectorDisplay } from '../../mocks/electron';

vi.mock('electron', async () => (await import('../../mocks/electron')).electronModule());

const mainDir = path.resolve('/opt/groundwork/out/main');
const preload = path.resolve('/opt/groundwork/out/preload/index.cjs');

beforeEach(() => electron.reset());

function presenter(owner?: FakeBrowserWindow, devServerUrl?: string) {
  return createPresenterWindow({
    mainDir,
    devServerUrl,
    owner: owner ? () => owner as unknown as BrowserWindow : undefined,
    log: () => undefined,
  });
}

const lastWindow = () => FakeBrowserWindow.instances.at(-1);

describe('presenter window', () => {
  it('has exactly the secure web preferences of the main window, and loads the presenter route of the app', () => {
    expect(presenter().toggle()).toEqual({ open: true });
    const window = lastWindow();
    expect(window?.options.webPreferences).toEqual(secureWebPreferences({ preload, isPackaged: false }));
    expect(window?.loadedUrls).toEqual(['app://groundwork/index.html#/presenter']);
    expect(window?.visible).toBe(false);
    window?.emit('ready-to-show');
    expect(window?.visible).toBe(true);
  });

  it('has no DevTools in a packaged build, and uses the dev server in development', () => {
    electron.app.isPackaged = true;
    presenter().toggle();
    expect(lastWindow()?.options.webPreferences).toMatchObject({ devTools: false, sandbox: true, contextIsolation: true, nodeIntegration: false });
    electron.app.isPackaged = false;
    presenter(undefined, 'http://localhost:5173').toggle();
    expect(lastWindow()?.loadedUrls).toEqual(['http://localhost:5173#/presenter']);
    expect(presenterUrl()).toBe('app://groundwork/index.html#/presenter');
  });

  it('opens fullscreen on the external display when a projector is connected', () => {
    electron.screen.displays = [laptopDisplay(), projectorDisplay()];
    presenter().toggle();
    const window = lastWindow();
    expect(window?.options).toMatchObject({ x: 1920, y: 0, width: 1280, height: 720, fullscreen: true });
    expect(window?.isFullScreen()).toBe(true);
  });

  it('is a normal window when the laptop is the only display', () => {
    presenter().toggle();
    expect(lastWindow()?.options).not.toHaveProperty('fullscreen');
    expect(lastWindow()?.isFullScreen()).toBe(false);
  });

  it('picks the display that is not the primary one, wherever it is', () => {
    const left = { ...projectorDisplay(), id: 7, bounds: { x: -1280, y: 0, width: 1280, height: 720 } };
    expect(externalDisplay([left, laptopDisplay()], laptopDisplay())?.id).toBe(7);
    expect(externalDisplay([laptopDisplay()], laptopDisplay())).toBeUndefined();
  });

  it('toggles: a second toggle closes it, a third opens a new one', () => {
    const controller = presenter();
    expect(controller.toggle()).toEqual({ open: true });
    const first = lastWindow();
    expect(controller.isOpen()).toBe(true);
    expect(controller.toggle()).toEqual({ open: false });
    expect(first?.isDestroyed()).toBe(true);
    expect(controller.isOpen()).toBe(false);
    expect(controller.toggle()).toEqual({ open: true });
    expect(FakeBrowserWindow.getAllWindows()).toHaveLength(1);
    expect(lastWindow()).not.toBe(first);
  });

  it('knows when the room closed it by hand, and opens again on the next toggle', () => {
    const controller = presenter();
    controller.toggle();
    lastWindow()?.close();
    expect(controller.isOpen()).toBe(false);
    expect(controller.toggle()).toEqual({ open: true });
  });

  it('closes together with the facilitator window', () => {
    const owner = new FakeBrowserWindow({});
    const controller = presenter(owner);
    controller.toggle();
    const window = lastWindow();
    owner.close();
    expect(window?.isDestroyed()).toBe(true);
    expect(controller.isOpen()).toBe(false);
  });

  it('leaves no listener on the facilitator window once closed', () => {
    const owner = new FakeBrowserWindow({});
    const controller = presenter(owner);
    controller.toggle();
    controller.toggle();
    controller.toggle();
    controller.toggle();
    expect(owner.listeners.get('closed') ?? []).toHaveLength(0);
  });

  it('is toggled through the presenter:toggle channel, from the app’s own pages only', async () => {
    registerPresenterHandlers({ ipcMain: electron.ipcMain, log: () => undefined }, { mainDir });
    const toggle = electron.ipcMain.handlers.get('presenter:toggle');
    expect(await toggle?.(invokeEvent('https://evil.example/'), {})).toEqual({ ok: false, error: { code: 'forbidden-sender' } });
    expect(FakeBrowserWindow.instances).toHaveLength(0);
    expect(await toggle?.(invokeEvent('app://groundwork/index.html'), { x: 1 })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await toggle?.(invokeEvent('app://groundwork/index.html'), {})).toEqual({ ok: true, value: { open: true } });
    expect(await toggle?.(invokeEvent('app://groundwork/index.html#/presenter'), {})).toEqual({ ok: true, value: { open: false } });
  });
});
