import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createSettingsStore } from '../../../electron/main/store/settings-store';
import type { ExportSettings } from '../../../shared/export/export-settings';
import { defaultExportSettings, exportSettingsOf, exportSettingsSchema } from '../../../shared/export/export-settings';
import { settingsPatchSchema, settingsSchema } from '../../../shared/settings';
import { createMemoryHost } from '../../../renderer/src/host/memory';
import { electron } from '../../mocks/electron';
import { useTempDirs } from '../../mocks/temp-dir';

vi.mock('electron', async () => (await import('../../mocks/electron')).electronModule());

/** The export dialog's remembered choices, in the settings: schema, electron-store, and the web's host. */
const tempDir = useTempDirs();
beforeEach(() => electron.reset());

const choices: ExportSettings = {
  preset: 'full',
  language: 'zh-CN',
  paper: 'letter',
  organisation: '华东客服中心',
  marking: '内部资料 · Internal',
  excludedSections: ['summary', 'stage:s-3'],
};

describe('export settings', () => {
  it('are optional, with defaults until the first export', () => {
    expect(exportSettingsOf({})).toEqual(defaultExportSettings);
    expect(exportSettingsOf({ export: choices })).toEqual(choices);
    expect(settingsSchema.parse({ language: 'en', recentFiles: [], timerSound: false })).not.toHaveProperty('export');
  });

  it('accept what the dialog makes and refuse what it cannot', () => {
    expect(settingsPatchSchema.parse({ export: choices })).toEqual({ export: choices });
    const { language: _language, ...withoutLanguage } = choices;
    expect(exportSettingsSchema.safeParse(withoutLanguage).success).toBe(true);
    for (const bad of [{ preset: 'summary' }, { paper: 'a3' }, { language: 'fr' }, { marking: 'x'.repeat(201) }, { excludedSections: Array(201).fill('summary') }, { organisation: null }]) {
      expect(settingsPatchSchema.safeParse({ export: { ...choices, ...bad } }).success, JSON.stringify(bad).slice(0, 40)).toBe(false);
    }
  });

  it('round-trip through electron-store, across a restart', async () => {
    const cwd = await tempDir();
    const store = createSettingsStore({ cwd, locale: 'zh-CN' });
    expect(store.get().export).toBeUndefined();
    expect(store.set({ export: choices }).export).toEqual(choices);
    const reopened = createSettingsStore({ cwd, locale: 'en-US' });
    expect(reopened.get()).toEqual({ language: 'zh-CN', recentFiles: [], timerSound: false, export: choices });
    expect(reopened.set({ language: 'en' }).export, 'another setting keeps the export choices').toEqual(choices);
  });

  it('are checked by electron-store’s JSON schema too: a file with bad export choices does not stop the app', async () => {
    const cwd = await tempDir();
    await fsp.writeFile(path.join(cwd, 'settings.json'), JSON.stringify({ language: 'zh-CN', recentFiles: [], timerSound: true, export: { ...choices, paper: 'a3' } }));
    // Like any file that fails the schema, it is cleared (clearInvalidConfig): defaults, in the system language.
    const settings = createSettingsStore({ cwd, locale: 'en-US' }).get();
    expect(settings).toEqual({ language: 'en', recentFiles: [], timerSound: false });
    expect(exportSettingsOf(settings)).toEqual(defaultExportSettings);
  });

  it('round-trip through the web build’s host (localStorage there, memory here)', async () => {
    const host = createMemoryHost();
    expect(await host.setSettings({ export: choices })).toMatchObject({ ok: true, value: { export: choices } });
    expect(await host.getSettings({})).toMatchObject({ ok: true, value: { language: 'en', export: choices } });
    expect((await host.setSettings({ export: { ...choices, preset: 'everything' } } as never)).ok).toBe(false);
  });
});
