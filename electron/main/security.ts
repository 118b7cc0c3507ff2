import type { App, Session, WebContents } from 'electron';
import { appHost, appOrigin, appScheme, isAppUrl } from './app-url';

export type Log = (message: string) => void;
const defaultLog: Log = (message) => console.warn(message);

export interface GuardOptions {
  /** The electron-vite dev server URL; undefined in production. */
  devServerUrl?: string | undefined;
  /** `app.isPackaged`. Unless this is explicitly `false`, DevTools are closed as soon as they open. */
  isPackaged?: boolean;
  log?: Log;
}

/** Schemes that never touch the network: DevTools' own pages and in-memory images. */
const localSchemes = new Set(['devtools:', 'data:', 'blob:']);
const devSchemes = new Set(['http:', 'https:', 'ws:', 'wss:']);

/**
 * Whether a request may proceed: app:// pages, local-only schemes, and (in development only)
 * the dev server with its hot-reload socket. Everything else — any network — is cancelled.
 */
export function isAllowedRequest(url: string, devServerUrl: string | undefined): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === `${appScheme}:`) return parsed.host === appHost;
  if (localSchemes.has(parsed.protocol)) return true;
  if (!devServerUrl) return false;
  const dev = new URL(devServerUrl);
  return devSchemes.has(parsed.protocol) && parsed.host === dev.host;
}

/**
 * Per-page guards: no navigation away from the app (main frame or sub-frame), no redirects
 * elsewhere, no new windows, no webviews, and in packaged builds no DevTools.
 */
export function guardWebContents(contents: WebContents, { devServerUrl, isPackaged, log = defaultLog }: GuardOptions = {}): void {
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url, devServerUrl)) return;
    event.preventDefault();
    log(`[security] blocked navigation to ${url}`);
  });
  // Sub-frames (the CSP's frame-src 'none' should leave none); the main frame is will-navigate's.
  contents.on('will-frame-navigate', (details) => {
    if (details.isMainFrame || isAppUrl(details.url, devServerUrl)) return;
    details.preventDefault();
    log(`[security] blocked frame navigation to ${details.url}`);
  });
  contents.on('will-redirect', (event, url) => {
    if (isAppUrl(url, devServerUrl)) return;
    event.preventDefault();
    log(`[security] blocked redirect to ${url}`);
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log('[security] blocked a <webview>');
  });
  contents.setWindowOpenHandler(({ url }) => {
    log(`[security] blocked a new window for ${url}`);
    return { action: 'deny' };
  });
  if (isPackaged !== false) {
    // Second line behind `webPreferences.devTools: false` (web-preferences.ts): whatever opened
    // them (a menu role, a shortcut, a window created elsewhere), DevTools close at once.
    contents.on('devtools-opened', () => {
      contents.closeDevTools();
      log('[security] closed DevTools in a packaged build');
    });
  }
}

/** Applies `guardWebContents` to every page the app ever creates, including DevTools and popups. */
export function guardAllWebContents(app: Pick<App, 'on'>, options: GuardOptions = {}): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, options));
}

/**
 * Applies `guardSession` to every session created after this call (a `partition` of a future
 * window, for instance), so no session escapes the request filter and the permission handlers.
 * The default session is guarded explicitly on `ready`.
 */
export function guardAllSessions(app: Pick<App, 'on'>, options: GuardOptions = {}): void {
  app.on('session-created', (session) => guardSession(session, options));
}

/** Session-wide guards: no permissions, no network, no spellchecker dictionary downloads. */
export function guardSession(session: Session, { devServerUrl, log = defaultLog }: GuardOptions = {}): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log(`[security] denied permission "${permission}"`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, devServerUrl);
    if (!allowed) log(`[security] cancelled request to ${details.url}`);
    callback({ cancel: !allowed });
  });
  session.setSpellCheckerEnabled(false);
  // Chromium would fetch Hunspell dictionaries from Google's CDN; point it at the app instead,
  // where no dictionary exists, so even a re-enabled spellchecker cannot reach the network.
  session.setSpellCheckerDictionaryDownloadURL(`${appOrigin}/no-dictionaries/`);
}
