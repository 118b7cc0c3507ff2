import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createSettingsStore } from '../../../electron/main/store/settings-store';
import { electron } from '../../mocks/electron';
import { useTempDirs } from '../../mocks/temp-dir';

vi.mock('electron', async () => (await import('../../mocks/electron')).electronModule());

const tempDir = useTempDirs();

beforeEach(() => electron.reset());

describe('settings store', () => {
  it('starts from the defaults, in the system language', async () => {
    const cwd = await tempDir();
    expect(createSettingsStore({ cwd, locale: 'en-GB' }).get()).toEqual({ language: 'en', recentFiles: [], timerSound: false });
    const zhCwd = await tempDir();
    expect(createSettingsStore({ cwd: zhCwd, locale: 'zh-CN' }).get()).toEqual({ language: 'zh-CN', recentFiles: [], timerSound: false });
  });

  it('keeps its file in the given folder, not in the app data folder', async () => {
    const cwd = await tempDir();
    const store = createSettingsStore({ cwd });
    store.set({ language: 'zh-CN' });
    expect(store.path).toBe(path.join(cwd, 'settings.json'));
    expect(JSON.parse(await fsp.readFile(store.path, 'utf8'))).toMatchObject({ language: 'zh-CN' });
  });

  it('persists a patch across a new instance with the same folder', async () => {
    const cwd = await tempDir();
    const bounds = { x: 10, y: 20, width: 1200, height: 800 };
    const updated = createSettingsStore({ cwd }).set({ language: 'zh-CN', windowBounds: bounds, recentFiles: ['D:\\工作坊\\客服.groundwork'], timerSound: true });
    expect(updated).toEqual({ language: 'zh-CN', windowBounds: bounds, recentFiles: ['D:\\工作坊\\客服.groundwork'], timerSound: true });
    const reopened = createSettingsStore({ cwd, locale: 'en-US' });
    expect(reopened.get()).toEqual(updated);
    expect(reopened.set({ recentFiles: [] })).toEqual({ language: 'zh-CN', windowBounds: bounds, recentFiles: [], timerSound: true });
  });

  it('removes the window bounds when patched with undefined', async () => {
    const cwd = await tempDir();
    const store = createSettingsStore({ cwd });
    store.set({ windowBounds: { x: 0, y: 0, width: 1000, height: 700 } });
    expect(store.set({ windowBounds: undefined })).toEqual({ language: 'en', recentFiles: [], timerSound: false });
  });

  it('clears a corrupt settings file instead of throwing', async () => {
    const cwd = await tempDir();
    await fsp.writeFile(path.join(cwd, 'settings.json'), '{ "language": "zh-CN", ');
    const store = createSettingsStore({ cwd, locale: 'en-US' });
    expect(store.get()).toEqual({ language: 'en', recentFiles: [], timerSound: false });
    expect(JSON.parse(await fsp.readFile(store.path, 'utf8'))).toEqual({ language: 'en', recentFiles: [], timerSound: false });
  });

  it('reads a file from before the timer sound setting, keeping its language', async () => {
    const cwd = await tempDir();
    await fsp.writeFile(path.join(cwd, 'settings.json'), JSON.stringify({ language: 'zh-CN', recentFiles: [] }));
    expect(createSettingsStore({ cwd, locale: 'en-US' }).get()).toEqual({ language: 'zh-CN', recentFiles: [], timerSound: false });
  });

  it('clears a file that breaks the schema instead of throwing', async () => {
    const cwd = await tempDir();
    await fsp.writeFile(path.join(cwd, 'settings.json'), JSON.stringify({ language: 'klingon', recentFiles: 'nope' }));
    expect(createSettingsStore({ cwd }).get()).toEqual({ language: 'en', recentFiles: [], timerSound: false });
  });

  it('rejects an invalid patch without changing the file', async () => {
    const cwd = await tempDir();
    const store = createSettingsStore({ cwd });
    store.set({ language: 'zh-CN' });
    expect(() => store.set({ language: 'fr' } as never)).toThrow();
    expect(() => store.set({ windowBounds: { x: 0, y: 0, width: 10, height: 10 } })).toThrow();
    expect(createSettingsStore({ cwd }).get()).toEqual({ language: 'zh-CN', recentFiles: [], timerSound: false });
  });
});
