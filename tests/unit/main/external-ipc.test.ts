import { beforeEach, describe, expect, it, vi } from 'vitest';
import { registerExternalLinkHandlers } from '../../../electron/main/ipc/external';
import type { IpcRegistrar } from '../../../electron/main/ipc/register';
import type { Settings } from '../../../shared/settings';
import { defaultSettings } from '../../../shared/settings';
import { electron, invokeEvent } from '../../mocks/electron';

vi.mock('electron', async () => (await import('../../mocks/electron')).electronModule());

/** 'links:open-external': a link clicked in a note reaches the system browser only after consent. */
const appPage = 'app://groundwork/index.html';
const openButton = 1;

beforeEach(() => electron.reset());

function setUp(language: Settings['language'] = 'zh-CN') {
  const registrar: IpcRegistrar = { ipcMain: electron.ipcMain, log: () => undefined };
  registerExternalLinkHandlers(registrar, { owner: () => null, settings: { get: () => ({ ...defaultSettings, language }) }, log: () => undefined });
  return (arg: unknown, from: string | null = appPage) => electron.ipcMain.handlers.get('links:open-external')?.(invokeEvent(from), arg);
}

describe('links:open-external', () => {
  it('opens an http(s) link only after the user chose to, asking in the UI language', async () => {
    const call = setUp('zh-CN');
    expect(await call({ url: 'https://example.com/产品' })).toEqual({ ok: true, value: { opened: false } });
    expect(electron.shell.openedExternally).toEqual([]);
    expect(electron.dialog.messageBoxes[0]?.options.detail).toContain('https://example.com/%E4%BA%A7%E5%93%81');
    expect(electron.dialog.messageBoxes[0]?.options.buttons).toEqual(['取消', '在浏览器中打开']);
    electron.dialog.nextResponse = openButton;
    expect(await call({ url: 'https://example.com/' })).toEqual({ ok: true, value: { opened: true } });
    expect(electron.shell.openedExternally).toEqual(['https://example.com/']);
  });

  it('refuses other schemes and disguised addresses without asking', async () => {
    const call = setUp('en');
    electron.dialog.nextResponse = openButton;
    for (const url of ["javascript:alert('x')", 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', 'smb://host/share', 'https://bank.example@evil.example/', 'java\tscript:alert(1)']) {
      expect(await call({ url }), url).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    }
    expect(await call({ url: 'x'.repeat(3000) })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(electron.dialog.messageBoxes).toEqual([]);
    expect(electron.shell.openedExternally).toEqual([]);
  });

  it('answers a foreign page with forbidden-sender', async () => {
    const call = setUp();
    expect(await call({ url: 'https://example.com/' }, 'https://evil.example/')).toEqual({ ok: false, error: { code: 'forbidden-sender' } });
    expect(electron.dialog.messageBoxes).toEqual([]);
  });
});
