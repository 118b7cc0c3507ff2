import { describe, expect, it } from 'vitest';
import { secureWebPreferences } from '../../../electron/main/web-preferences';
import { callsOf, sourceFiles } from './source-scan';

const hardened = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  spellcheck: false,
};

/** Constructors that start a renderer; each must get its web preferences from secureWebPreferences(). */
const rendererConstructor = /new\s+(?:BrowserWindow|BrowserView|WebContentsView)\s*\(/;

/** The constructions in `text` whose options do not take `webPreferences` from secureWebPreferences(). */
function insecureConstructions(text: string): string[] {
  return callsOf(text, rendererConstructor).filter((args) => !/webPreferences\s*:\s*secureWebPreferences\(/.test(args));
}

describe('secure web preferences', () => {
  it('isolate and sandbox the page, with no Node, no webview, web security on and no insecure content', () => {
    expect(secureWebPreferences({ preload: '/p/index.cjs', isPackaged: true })).toEqual({
      ...hardened,
      devTools: false,
      preload: '/p/index.cjs',
    });
  });

  it('allow DevTools only in an unpackaged (development) build', () => {
    expect(secureWebPreferences({ isPackaged: false }).devTools).toBe(true);
    expect(secureWebPreferences({ isPackaged: true }).devTools).toBe(false);
  });

  it('give a window without a preload no preload key at all', () => {
    expect(secureWebPreferences({ isPackaged: true })).not.toHaveProperty('preload');
  });

  it('are what every window, view and second window in electron/ is built with', () => {
    const files = sourceFiles('electron');
    const constructions = files.flatMap(({ file, text }) => callsOf(text, rendererConstructor).map(() => file));
    expect(constructions, 'the main window at least').toContain('electron/main/window.ts');
    const offenders = files.flatMap(({ file, text }) => insecureConstructions(text).map((args) => `${file}: new …(${args.trim().slice(0, 80)})`));
    expect(offenders).toEqual([]);
  });

  it('are the only place in electron/ that sets a web preference at all', () => {
    const keys = /\b(contextIsolation|sandbox|nodeIntegration\w*|webSecurity|allowRunningInsecureContent|webviewTag|experimentalFeatures|enableBlinkFeatures|devTools)\s*:/;
    const offenders = sourceFiles('electron')
      .filter(({ file }) => file !== 'electron/main/web-preferences.ts')
      .filter(({ text }) => keys.test(text))
      .map(({ file }) => file);
    expect(offenders).toEqual([]);
  });

  it('(the source check itself catches a window built any other way)', () => {
    expect(insecureConstructions("new BrowserWindow({ webPreferences: { nodeIntegration: true } })")).toHaveLength(1);
    expect(insecureConstructions('new WebContentsView({})')).toHaveLength(1);
    expect(insecureConstructions('new BrowserWindow({ show: false, webPreferences: secureWebPreferences({ isPackaged }) })')).toEqual([]);
  });
});
