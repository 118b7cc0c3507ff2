import path from 'node:path';
import type { Rectangle } from 'electron';
import { app, BrowserWindow, screen } from 'electron';
import type { Settings } from '../../shared/settings';
import { appIndexUrl } from './app-url';
import type { SettingsStore } from './store/settings-store';
import { secureWebPreferences } from './web-preferences';

export const minWindowSize = { width: 960, height: 640 } as const;
const defaultWindowSize = { width: 1280, height: 800 } as const;
/** Resizes and moves arrive in bursts; write the bounds once the burst settles. */
export const boundsSaveDelayMs = 500;

/** The built preload next to the built main bundle: out/main/index.js → out/preload/index.cjs. */
export function preloadPathFor(mainDir: string): string {
  return path.resolve(mainDir, '..', 'preload', 'index.cjs');
}

type Bounds = NonNullable<Settings['windowBounds']>;

/** Saved bounds are used only if the window would still be visible (the projector may be gone). */
export function visibleBounds(bounds: Bounds | undefined, workAreas: Rectangle[]): Bounds | undefined {
  if (!bounds) return undefined;
  const visible = workAreas.some(
    (area) =>
      bounds.x < area.x + area.width - 100 &&
      bounds.x + bounds.width > area.x + 100 &&
      bounds.y >= area.y - 10 &&
      bounds.y < area.y + area.height - 100,
  );
  return visible ? bounds : undefined;
}

export interface MainWindowOptions {
  settings: SettingsStore;
  /** Folder of the built main bundle, to find the preload. */
  mainDir: string;
  devServerUrl?: string | undefined;
  log?: (message: string) => void;
}

export function createMainWindow({ settings, mainDir, devServerUrl, log = console.warn }: MainWindowOptions): BrowserWindow {
  const saved = visibleBounds(
    settings.get().windowBounds,
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const window = new BrowserWindow({
    title: 'Groundwork',
    ...defaultWindowSize,
    ...saved,
    minWidth: minWindowSize.width,
    minHeight: minWindowSize.height,
    show: false,
    webPreferences: secureWebPreferences({ preload: preloadPathFor(mainDir), isPackaged: app.isPackaged }),
  });

  let timer: ReturnType<typeof setTimeout> | undefined;
  const saveBounds = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (window.isDestroyed() || window.isMinimized()) return;
    const { x, y, width, height } = window.getNormalBounds();
    try {
      settings.set({ windowBounds: { x: Math.round(x), y: Math.round(y), width: Math.round(width), height: Math.round(height) } });
    } catch (error) {
      log(`[window] could not save the window bounds: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const scheduleSave = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(saveBounds, boundsSaveDelayMs);
  };
  window.on('resize', scheduleSave);
  window.on('move', scheduleSave);
  window.on('close', saveBounds);
  window.once('ready-to-show', () => window.show());

  void window.loadURL(devServerUrl ?? appIndexUrl).catch((error: unknown) => {
    log(`[window] could not load the app: ${error instanceof Error ? error.message : String(error)}`);
  });
  return window;
}
