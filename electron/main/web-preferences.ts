import type { WebPreferences } from 'electron';

export interface SecureWebPreferencesOptions {
  /** The built preload script, if the window talks to main at all (a read-only view may not). */
  preload?: string;
  /** `app.isPackaged`: DevTools exist only in development builds. */
  isPackaged: boolean;
}

/**
 * The web preferences of every window the app opens — the main window now, the presenter window
 * later. The page gets no Node, no Electron internals, a sandbox and isolated context; the preload
 * is its only bridge. Never build a BrowserWindow's `webPreferences` any other way
 * (tests/unit/main/web-preferences.test.ts checks every `new BrowserWindow` in electron/main).
 */
export function secureWebPreferences({ preload, isPackaged }: SecureWebPreferencesOptions): WebPreferences {
  return {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    // A file dropped on the window must not replace the app with a file:// page.
    navigateOnDragDrop: false,
    // Chromium's spellchecker would download dictionaries from the network.
    spellcheck: false,
    devTools: !isPackaged,
    ...(preload === undefined ? {} : { preload }),
  };
}
