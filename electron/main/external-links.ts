import type { BrowserWindow, MessageBoxOptions } from 'electron';
import { dialog, shell } from 'electron';
import type { Language } from '../../shared/model/workshop';
import type { SettingsStore } from './store/settings-store';

/**
 * The one way out of the app to the user's web browser. `shell.openExternal` hands a URL to the
 * operating system, which may start any registered program (file:, smb:, ms-msdt:, custom
 * schemes…); so only plain http(s) web addresses pass, and only after the user has read the
 * address in a native dialog and chosen to open it. Nothing else in electron/ may call
 * `shell.openExternal` (tests/unit/main/external-links.test.ts checks the sources).
 */

/** Longer than any real link a workshop would hold; refuse rather than show a wall of text. */
export const maxExternalUrlLength = 2048;

/**
 * Control characters, whitespace and bidirectional overrides: a URL parser would silently drop or
 * encode them, and a dialog could show them reordered, so the address read would not be the one opened.
 */
function isUnsafeCharacter(code: number): boolean {
  return (
    code <= 0x20 ||
    (code >= 0x7f && code <= 0xa0) ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x2028 && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0xfeff
  );
}

const hasUnsafeCharacters = (text: string): boolean => [...text].some((ch) => isUnsafeCharacter(ch.codePointAt(0) ?? 0));

/**
 * The URL to open, normalised, or null when it must not be opened: not a string, too long, not
 * http(s), without a host, with a user name or password (`https://bank.example@evil.example`),
 * or with characters that would not be shown as they are.
 */
export function externalUrlOrNull(url: unknown): URL | null {
  if (typeof url !== 'string' || url.length === 0 || url.length > maxExternalUrlLength) return null;
  if (hasUnsafeCharacters(url)) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (parsed.hostname === '' || parsed.username !== '' || parsed.password !== '') return null;
  return parsed;
}

interface ConsentMessages {
  title: string;
  message: string;
  detail: (href: string) => string;
  cancel: string;
  open: string;
}

/** The dialog's words in each UI language (main has no i18next; the type keeps both complete). */
export const consentMessages: Record<Language, ConsentMessages> = {
  en: {
    title: 'Open link',
    message: 'Open this link in your web browser?',
    detail: (href) => `${href}\n\nThe browser leaves Groundwork and may connect to the network.`,
    cancel: 'Cancel',
    open: 'Open in browser',
  },
  'zh-CN': {
    title: '打开链接',
    message: '要在网页浏览器中打开此链接吗？',
    detail: (href) => `${href}\n\n浏览器不属于落地工坊，可能会连接网络。`,
    cancel: '取消',
    open: '在浏览器中打开',
  },
};

/** What happened: opened, declined by the user, refused as unsafe, or the system failed to open it. */
export type ExternalLinkOutcome = 'opened' | 'declined' | 'refused' | 'failed';

export interface ExternalLinkOptions {
  /** The dialog speaks the UI language of the settings at the time of the call. */
  settings: Pick<SettingsStore, 'get'>;
  log?: (message: string) => void;
}

const cancelButton = 0;
const openButton = 1;

export async function openExternalWithConsent(
  url: unknown,
  window: BrowserWindow | null,
  { settings, log = console.warn }: ExternalLinkOptions,
): Promise<ExternalLinkOutcome> {
  const parsed = externalUrlOrNull(url);
  if (!parsed) {
    log(`[security] refused to open an external link: ${String(url).slice(0, 200)}`);
    return 'refused';
  }
  // The normalised address — punycode host included — is what the user reads and what is opened.
  const href = parsed.href;
  const words = consentMessages[settings.get().language];
  const options: MessageBoxOptions = {
    type: 'question',
    title: words.title,
    message: words.message,
    detail: words.detail(href),
    buttons: [words.cancel, words.open],
    defaultId: cancelButton,
    cancelId: cancelButton,
    noLink: true,
  };
  const parent = window && !window.isDestroyed() ? window : null;
  const { response } = parent ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options);
  if (response !== openButton) return 'declined';
  try {
    await shell.openExternal(href);
    return 'opened';
  } catch (error) {
    log(`[external-links] could not open ${href}: ${error instanceof Error ? error.message : String(error)}`);
    return 'failed';
  }
}
