import type { BrowserWindow } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { consentMessages, externalUrlOrNull, maxExternalUrlLength, openExternalWithConsent } from '../../../electron/main/external-links';
import type { Settings } from '../../../shared/settings';
import { electron, FakeBrowserWindow } from '../../mocks/electron';
import { callsOf, sourceFiles } from './source-scan';

vi.mock('electron', async () => (await import('../../mocks/electron')).electronModule());

beforeEach(() => electron.reset());

const openButton = 1;
const settingsIn = (language: Settings['language']) => ({ get: (): Settings => ({ language, recentFiles: [], timerSound: false }) });

function open(url: unknown, language: Settings['language'] = 'en', window: FakeBrowserWindow | null = null) {
  const log = vi.fn();
  const outcome = openExternalWithConsent(url, window as unknown as BrowserWindow | null, { settings: settingsIn(language), log });
  return { outcome, log };
}

describe('openExternalWithConsent', () => {
  it('asks first, and opens the link in the browser only when the user chooses to', async () => {
    electron.dialog.nextResponse = openButton;
    const window = new FakeBrowserWindow({});
    const { outcome } = open('https://example.com/docs?q=1', 'en', window);
    expect(await outcome).toBe('opened');
    expect(electron.dialog.messageBoxes).toHaveLength(1);
    const [box] = electron.dialog.messageBoxes;
    expect(box?.parent).toBe(window);
    expect(box?.options).toMatchObject({
      type: 'question',
      message: 'Open this link in your web browser?',
      buttons: ['Cancel', 'Open in browser'],
      defaultId: 0,
      cancelId: 0,
    });
    expect(box?.options.detail).toContain('https://example.com/docs?q=1');
    expect(electron.shell.openedExternally).toEqual(['https://example.com/docs?q=1']);
  });

  it('opens nothing when the user cancels or closes the dialog', async () => {
    electron.dialog.nextResponse = 0;
    expect(await open('https://example.com/').outcome).toBe('declined');
    expect(electron.dialog.messageBoxes).toHaveLength(1);
    expect(electron.shell.openedExternally).toEqual([]);
  });

  it('asks in Chinese when the UI language is zh-CN', async () => {
    await open('http://example.com/', 'zh-CN').outcome;
    expect(electron.dialog.messageBoxes[0]?.options).toMatchObject({
      message: '要在网页浏览器中打开此链接吗？',
      buttons: ['取消', '在浏览器中打开'],
    });
    expect(electron.dialog.messageBoxes[0]?.options.detail).toContain('落地工坊');
  });

  it('has every message in both languages', () => {
    const keys = (language: keyof typeof consentMessages) => Object.keys(consentMessages[language]).sort();
    expect(keys('zh-CN')).toEqual(keys('en'));
    expect(consentMessages['zh-CN'].detail('https://x.example/')).toContain('https://x.example/');
  });

  it('refuses anything but a plain http(s) address, without asking and without opening', async () => {
    electron.dialog.nextResponse = openButton;
    const refused = [
      'file:///C:/Windows/System32/calc.exe',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'smb://attacker.example/share/payload.exe',
      'ms-msdt:/id PCWDiagnostic',
      'vbscript:msgbox(1)',
      'app://groundwork/index.html',
      'mailto:someone@example.com',
      'https://bank.example@evil.example/',
      'https://user:pass@example.com/',
      'https://example.com/\u202egnp.exe',
      'https://exa\tmple.com/',
      ' https://example.com/',
      'https://example.com/a b',
      'not a url',
      '',
      `https://example.com/${'a'.repeat(maxExternalUrlLength)}`,
      42,
      null,
      { href: 'https://example.com/' },
    ];
    for (const url of refused) {
      const { outcome, log } = open(url);
      expect(await outcome, String(url)).toBe('refused');
      expect(log).toHaveBeenCalledWith(expect.stringContaining('refused'));
    }
    expect(electron.dialog.messageBoxes).toEqual([]);
    expect(electron.shell.openedExternally).toEqual([]);
  });

  it('shows and opens the normalised address, so an internationalised host is shown as punycode', async () => {
    electron.dialog.nextResponse = openButton;
    expect(externalUrlOrNull('HTTPS://Example.COM')?.href).toBe('https://example.com/');
    await open('https://exаmple.com/').outcome; // a Cyrillic "а"
    expect(electron.dialog.messageBoxes[0]?.options.detail).toContain('https://xn--exmple-4nf.com/');
    expect(electron.shell.openedExternally).toEqual(['https://xn--exmple-4nf.com/']);
  });

  it('asks without a parent when the window is gone, and reports a link the system cannot open', async () => {
    electron.dialog.nextResponse = openButton;
    electron.shell.failWith = new Error('no handler');
    const window = new FakeBrowserWindow({});
    window.close();
    const { outcome, log } = open('https://example.com/', 'en', window);
    expect(await outcome).toBe('failed');
    expect(electron.dialog.messageBoxes[0]?.parent).toBeNull();
    expect(log).toHaveBeenCalledWith(expect.stringContaining('no handler'));
  });

  it('is the only caller of shell.openExternal in electron/', () => {
    const callers = sourceFiles('electron').filter(({ text }) => callsOf(text, /\bopenExternal\s*\(/).length > 0);
    expect(callers.map(({ file }) => file)).toEqual(['electron/main/external-links.ts']);
    const shellUsers = sourceFiles('electron').filter(({ text }) => /\bshell\b/.test(text));
    expect(shellUsers.map(({ file }) => file)).toEqual(['electron/main/external-links.ts']);
  });
});
