import type { App, Session, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { GuardOptions } from '../../../electron/main/security';
import { guardAllSessions, guardAllWebContents, guardSession, isAllowedRequest } from '../../../electron/main/security';
import { createFakeSession, electron, fakeEvent, FakeWebContents } from '../../mocks/electron';

beforeEach(() => electron.reset());

const asApp = () => electron.app as unknown as App;
const asSession = () => electron.session.defaultSession as unknown as Session;

function guardedContents(devServerUrl?: string, options: Omit<GuardOptions, 'devServerUrl' | 'log'> = {}) {
  const log = vi.fn();
  guardAllWebContents(asApp(), { devServerUrl, log, ...options });
  const contents = new FakeWebContents();
  electron.app.emit('web-contents-created', fakeEvent(), contents as unknown as WebContents);
  return { contents, log };
}

function navigate(contents: FakeWebContents, event: 'will-navigate' | 'will-redirect', url: string): boolean {
  const e = fakeEvent();
  contents.emit(event, e, url);
  return e.defaultPrevented;
}

describe('web contents guards', () => {
  it('blocks navigation and redirects away from the app, and allows the app itself', () => {
    const { contents, log } = guardedContents();
    expect(navigate(contents, 'will-navigate', 'https://evil.example/')).toBe(true);
    expect(navigate(contents, 'will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(navigate(contents, 'will-navigate', 'http://localhost:5173/')).toBe(true);
    expect(navigate(contents, 'will-navigate', 'app://groundwork/index.html')).toBe(false);
    expect(navigate(contents, 'will-redirect', 'https://evil.example/')).toBe(true);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('https://evil.example/'));
  });

  it('blocks sub-frame navigation away from the app too', () => {
    const { contents, log } = guardedContents();
    const frameNavigate = (url: string) => {
      const details = Object.assign(fakeEvent(), { url, isMainFrame: false });
      contents.emit('will-frame-navigate', details);
      return details.defaultPrevented;
    };
    expect(frameNavigate('https://evil.example/frame')).toBe(true);
    expect(frameNavigate('javascript:alert(1)')).toBe(true);
    expect(frameNavigate('app://groundwork/index.html')).toBe(false);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('https://evil.example/frame'));
  });

  it('allows the dev server only when it is set', () => {
    const { contents } = guardedContents('http://localhost:5173');
    expect(navigate(contents, 'will-navigate', 'http://localhost:5173/')).toBe(false);
    expect(navigate(contents, 'will-navigate', 'http://localhost:8080/')).toBe(true);
  });

  it('denies every new window and every webview', () => {
    const { contents } = guardedContents();
    for (const url of ['https://evil.example/', 'app://groundwork/index.html', 'about:blank']) {
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    }
    const e = fakeEvent();
    contents.emit('will-attach-webview', e, {}, {});
    expect(e.defaultPrevented).toBe(true);
  });
});

describe('DevTools', () => {
  it('close as soon as they open in a packaged build, whatever opened them', () => {
    const { contents, log } = guardedContents(undefined, { isPackaged: true });
    contents.openDevTools();
    expect(contents.devToolsOpen).toBe(false);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('DevTools'));
  });

  it('close also when nobody said whether the build is packaged (secure by default)', () => {
    const { contents } = guardedContents();
    contents.openDevTools();
    expect(contents.devToolsOpen).toBe(false);
  });

  it('stay open in development', () => {
    const { contents } = guardedContents('http://localhost:5173', { isPackaged: false });
    contents.openDevTools();
    expect(contents.devToolsOpen).toBe(true);
  });
});

describe('session guards', () => {
  it('denies every permission request and check', () => {
    guardSession(asSession(), { log: () => undefined });
    const { permissionRequestHandler, permissionCheckHandler } = electron.session.defaultSession;
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      permissionRequestHandler?.({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
      expect(permissionCheckHandler?.({}, permission, 'app://groundwork', {})).toBe(false);
    }
  });

  it('cancels every request that is not the app, and logs it', () => {
    const log = vi.fn();
    guardSession(asSession(), { log });
    const decide = (url: string) => {
      const callback = vi.fn();
      electron.session.defaultSession.beforeRequest?.({ url }, callback);
      return callback.mock.calls[0]?.[0];
    };
    expect(decide('https://api.openai.com/v1/chat')).toEqual({ cancel: true });
    expect(decide('http://127.0.0.1:4173/')).toEqual({ cancel: true });
    expect(decide('file:///etc/passwd')).toEqual({ cancel: true });
    expect(decide('ws://localhost:5173/')).toEqual({ cancel: true });
    expect(decide('app://evil/index.html')).toEqual({ cancel: true });
    for (const url of ['https://fonts.googleapis.com/css2?family=Noto+Sans+SC', 'wss://evil.example/', 'ftp://files.example/x', 'chrome-extension://abc/x.js', 'not a url']) {
      expect(decide(url), url).toEqual({ cancel: true });
      expect(log).toHaveBeenCalledWith(expect.stringContaining(url));
    }
    expect(decide('app://groundwork/assets/index.js')).toEqual({ cancel: false });
    expect(decide('devtools://devtools/bundled/inspector.html')).toEqual({ cancel: false });
    expect(log).toHaveBeenCalledWith(expect.stringContaining('https://api.openai.com/v1/chat'));
  });

  it('lets the dev server and its hot-reload socket through only in development', () => {
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', 'http://localhost:5173')).toBe(true);
    expect(isAllowedRequest('ws://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isAllowedRequest('https://fonts.googleapis.com/css', 'http://localhost:5173')).toBe(false);
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', undefined)).toBe(false);
  });

  it('turns the spellchecker off and keeps its dictionary downloads off the network', () => {
    guardSession(asSession(), { log: () => undefined });
    expect(electron.session.defaultSession.spellCheckerEnabled).toBe(false);
    expect(electron.session.defaultSession.dictionaryDownloadUrl).toMatch(/^app:\/\/groundwork\//);
  });

  it('are applied to every session created later, not only the default one', () => {
    const log = vi.fn();
    guardAllSessions(asApp(), { log });
    const partition = createFakeSession();
    electron.app.emit('session-created', partition as unknown as Session);
    const callback = vi.fn();
    partition.beforeRequest?.({ url: 'https://telemetry.example/collect' }, callback);
    expect(callback).toHaveBeenCalledWith({ cancel: true });
    const permission = vi.fn();
    partition.permissionRequestHandler?.({}, 'media', permission, {});
    expect(permission).toHaveBeenCalledWith(false);
    expect(partition.permissionCheckHandler?.({}, 'media', 'app://groundwork', {})).toBe(false);
    expect(partition.spellCheckerEnabled).toBe(false);
  });
});
