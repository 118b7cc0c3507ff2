import type { App, Session, WebContents } from 'electron';
import { appHost, appOrigin, appScheme, isAppUrl } from './app-url';

export type Log = (message: string) => void;
const defaultLog: Log = (message) => console.warn(message);

export interface GuardOptions {
  /** The electron-vite dev server URL; undefined in production. */
  devServerUrl?: string | undefined;
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

/** Per-page guards: no navigation away from the app, no redirects elsewhere, no new windows, no webviews. */
export function guardWebContents(contents: WebContents, { devServerUrl, log = defaultLog }: GuardOptions = {}): void {
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url, devServerUrl)) return;
    event.preventDefault();
    log(`[security] blocked navigation to ${url}`);
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
}

/** Applies `guardWebContents` to every page the app ever creates, including DevTools and popups. */
export function guardAllWebContents(app: Pick<App, 'on'>, options: GuardOptions = {}): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, options));
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
