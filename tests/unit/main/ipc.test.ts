import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { IpcRegistrar } from '../../../electron/main/ipc/register';
import { handle, isTrustedSender, removeStrayIpcListeners } from '../../../electron/main/ipc/register';
import { registerPdfHandlers } from '../../../electron/main/ipc/export';
import { registerExternalLinkHandlers } from '../../../electron/main/ipc/external';
import { registerFileHandlers } from '../../../electron/main/ipc/files';
import { registerFontHandlers } from '../../../electron/main/ipc/fonts';
import { registerHistoryHandlers } from '../../../electron/main/ipc/history';
import { registerRecoveryHandlers } from '../../../electron/main/ipc/recovery';
import { createOpenRequests } from '../../../electron/main/open-requests';
import { registerPresenterHandlers } from '../../../electron/main/ipc/presenter';
import { registerSettingsHandlers } from '../../../electron/main/ipc/settings';
import { registerWorkshopHandlers } from '../../../electron/main/ipc/workshops';
import { registerTemplateHandlers } from '../../../electron/main/ipc/templates';
import { createSettingsStore } from '../../../electron/main/store/settings-store';
import { createWorkshopStore } from '../../../electron/main/store/workshop-store';
import { createTemplateStore } from '../../../electron/main/store/template-store';
import { apiChannels } from '../../../shared/ipc-channels';
import type { Channel } from '../../../shared/ipc-channels';
import { electron, invokeEvent } from '../../mocks/electron';
import { useTempDirs } from '../../mocks/temp-dir';
import { sampleWorkshop } from '../../mocks/workshops';
import { sourceFiles } from './source-scan';

vi.mock('electron', async () => (await import('../../mocks/electron')).electronModule());

const tempDir = useTempDirs();
const appPage = 'app://groundwork/index.html';

beforeEach(() => electron.reset());

async function setUp(devServerUrl?: string) {
  const dir = await tempDir();
  const workshops = createWorkshopStore(dir);
  const settings = createSettingsStore({ cwd: dir, locale: 'en-US' });
  const registrar: IpcRegistrar = { ipcMain: electron.ipcMain, devServerUrl, log: () => undefined };
  registerWorkshopHandlers(registrar, workshops);
  registerSettingsHandlers(registrar, settings);
  registerPresenterHandlers(registrar, { mainDir: '/opt/groundwork/out/main' });
  registerFontHandlers(registrar, [path.join(dir, 'fonts')]);
  registerPdfHandlers(registrar, { owner: () => null });
  registerExternalLinkHandlers(registrar, { owner: () => null, settings });
  registerHistoryHandlers(registrar, workshops);
  registerFileHandlers(registrar, { store: workshops, settings, owner: () => null, requests: createOpenRequests() });
  registerRecoveryHandlers(registrar, workshops, null);
  registerTemplateHandlers(registrar, { store: createTemplateStore(path.join(dir, 'templates')), owner: () => null });
  const call = (channel: Channel, arg: unknown, from: string | null = appPage) => {
    const handler = electron.ipcMain.handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return handler(invokeEvent(from), arg);
  };
  return { workshops, settings, call };
}

const goodArgs: Record<Channel, unknown> = {
  'workshops:list': {},
  'workshops:load': { id: 'ws-demo-1' },
  'workshops:save': { doc: sampleWorkshop() },
  'workshops:delete': { id: 'ws-demo-1' },
  'settings:get': {},
  'settings:set': { language: 'zh-CN' },
  'presenter:toggle': {},
  'fonts:read': { face: 'regular' },
  'pdf:save': { bytes: new TextEncoder().encode('%PDF-1.3\n'), suggestedName: 'handout.pdf' },
  'workshops:open': { id: 'ws-demo-1' },
  'workshops:save-text': { text: '{}' },
  'workshops:resolve-conflict': { doc: sampleWorkshop(), choice: 'mine' },
  'history:list': { id: 'ws-demo-1' },
  'history:read': { id: 'ws-demo-1', name: '2026-02-01T10-00-00.000Z_interval.groundwork' },
  'history:restore': { id: 'ws-demo-1', version: { kind: 'backup' } },
  'files:open': {},
  'files:open-recent': { path: '/media/usb/workshop.groundwork' },
  'files:save-as': { doc: sampleWorkshop() },
  'files:export': { doc: sampleWorkshop() },
  'files:import': { bytes: new Uint8Array([123, 125]) },
  'files:wait-open': {},
  'recovery:get': {},
  'recovery:open': {},
  'recovery:dismiss': {},
  'links:open-external': { url: 'https://example.com/' },
  'templates:list': {},
  'templates:load': { id: 'tpl-1' },
  'templates:save': { text: '{}' },
  'templates:delete': { id: 'tpl-1' },
  'templates:import': { bytes: new Uint8Array([123, 125]) },
  'templates:export': { id: 'tpl-1' },
};

describe('IPC handlers', () => {
  it('registers exactly one handler per channel of the contract', async () => {
    await setUp();
    expect([...electron.ipcMain.handlers.keys()].sort()).toEqual(Object.values(apiChannels).sort());
  });

  it('refuses every channel to a foreign or vanished sender, without touching the stores', async () => {
    const { workshops, settings, call } = await setUp();
    const touched = [vi.spyOn(workshops, 'list'), vi.spyOn(workshops, 'save'), vi.spyOn(workshops, 'load'), vi.spyOn(workshops, 'remove'), vi.spyOn(settings, 'get'), vi.spyOn(settings, 'set')];
    for (const channel of Object.values(apiChannels)) {
      for (const from of ['https://evil.example/index.html', 'file:///etc/passwd', 'app://other/index.html', 'http://localhost:5173/', null]) {
        expect(await call(channel, goodArgs[channel], from)).toEqual({ ok: false, error: { code: 'forbidden-sender' } });
      }
    }
    for (const spy of touched) expect(spy).not.toHaveBeenCalled();
  });

  it('checks the sender before the arguments, on every channel of shared/ipc-channels.ts', async () => {
    const { call } = await setUp();
    for (const channel of Object.values(apiChannels)) {
      expect(await call(channel, { junk: '../../etc/passwd' }, 'https://evil.example/')).toEqual({ ok: false, error: { code: 'forbidden-sender' } });
      expect(await call(channel, { junk: '../../etc/passwd' })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    }
  });

  it('registers invoke handlers only, through handle() in ipc/register.ts', async () => {
    await setUp();
    expect(electron.ipcMain.eventNames(), 'no ipcMain.on listeners but Electron’s own').toEqual(['error']);
    const direct = /\bipcMain\s*\.\s*(?:on|once|addListener|handle|handleOnce)\s*\(/;
    const users = sourceFiles('electron/main').filter(({ text }) => direct.test(text));
    expect(users.map(({ file }) => file)).toEqual(['electron/main/ipc/register.ts']);
    const registered = sourceFiles('electron/main/ipc').flatMap(({ text }) => [...text.matchAll(/\bhandle\(registrar, '([^']+)'/g)].map((m) => m[1]));
    expect(registered.sort()).toEqual(Object.values(apiChannels).sort());
  });

  it('removes plain listeners a dependency added (electron-store), and keeps Electron’s error no-op', async () => {
    await setUp();
    const leaked = vi.fn();
    electron.ipcMain.on('electron-store-get-data', leaked);
    const log = vi.fn();
    expect(removeStrayIpcListeners(electron.ipcMain, log)).toEqual(['electron-store-get-data']);
    expect(electron.ipcMain.emit('electron-store-get-data', {})).toBe(false);
    expect(leaked).not.toHaveBeenCalled();
    expect(electron.ipcMain.eventNames()).toEqual(['error']);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('electron-store-get-data'));
    expect(electron.ipcMain.handlers.size).toBe(Object.keys(apiChannels).length);
  });

  it('accepts the dev server only when electron-vite dev set it', async () => {
    expect(isTrustedSender({ url: 'http://localhost:5173/' }, undefined)).toBe(false);
    expect(isTrustedSender({ url: 'http://localhost:5173/index.html' }, 'http://localhost:5173')).toBe(true);
    expect(isTrustedSender({ url: 'http://localhost:5174/' }, 'http://localhost:5173')).toBe(false);
    const { call } = await setUp('http://localhost:5173');
    expect(await call('settings:get', {}, 'http://localhost:5173/')).toMatchObject({ ok: true });
  });

  it('answers bad arguments with bad-request and the path of the problem', async () => {
    const { call } = await setUp();
    expect(await call('workshops:load', { id: '../../etc/passwd' })).toMatchObject({ ok: false, error: { code: 'bad-request', path: 'id' } });
    expect(await call('workshops:load', undefined)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await call('workshops:list', { sneaky: true })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    const badDoc = { ...sampleWorkshop(), title: 7 };
    expect(await call('workshops:save', { doc: badDoc })).toMatchObject({ ok: false, error: { code: 'bad-request', path: 'doc.title' } });
    expect(await call('settings:set', { language: 'fr' })).toMatchObject({ ok: false, error: { code: 'bad-request', path: 'language' } });
    expect(await call('settings:set', { recentFiles: ['a'], theme: 'dark' })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it('passes good calls to the stores', async () => {
    const { call, settings } = await setUp();
    const doc = sampleWorkshop();
    expect(await call('workshops:save', { doc })).toMatchObject({ ok: true, value: { savedAt: expect.any(String) } });
    expect(await call('workshops:list', {})).toMatchObject({ ok: true, value: { workshops: [{ id: doc.id, title: '智能客服落地工作坊', stageCount: 9 }], damaged: [] } });
    expect(await call('workshops:load', { id: doc.id })).toEqual({ ok: true, value: doc });
    expect(await call('workshops:delete', { id: doc.id })).toEqual({ ok: true, value: null });
    expect(await call('workshops:load', { id: doc.id })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await call('settings:set', { language: 'zh-CN' })).toEqual({ ok: true, value: { language: 'zh-CN', recentFiles: [], timerSound: false } });
    expect(settings.get().language).toBe('zh-CN');
    expect(await call('settings:get', {})).toEqual({ ok: true, value: { language: 'zh-CN', recentFiles: [], timerSound: false } });
  });

  it('turns an exception in a handler into an io result', async () => {
    const registrar: IpcRegistrar = { ipcMain: electron.ipcMain, log: () => undefined };
    handle(registrar, 'settings:get', () => {
      throw new Error('disk on fire');
    });
    const result = await electron.ipcMain.handlers.get('settings:get')?.(invokeEvent(appPage), {});
    expect(result).toEqual({ ok: false, error: { code: 'io', detail: 'disk on fire' } });
  });
});
