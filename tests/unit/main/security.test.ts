import type { App, Session, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { guardAllWebContents, guardSession, isAllowedRequest } from '../../../electron/main/security';
import { electron, fakeEvent, FakeWebContents } from '../../mocks/electron';

beforeEach(() => electron.reset());

const asApp = () => electron.app as unknown as App;
const asSession = () => electron.session.defaultSession as unknown as Session;

function guardedContents(devServerUrl?: string) {
  const log = vi.fn();
  guardAllWebContents(asApp(), { devServerUrl, log });
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
});
