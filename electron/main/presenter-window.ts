import type { BrowserWindow as BrowserWindowType, Rectangle } from 'electron';
import { app, BrowserWindow, screen } from 'electron';
import { appIndexUrl } from './app-url';
import { secureWebPreferences } from './web-preferences';
import { preloadPathFor } from './window';

/** The renderer shows its read-only presenter view at this hash (renderer/src/app/presenter-route.ts). */
export const presenterHash = '#/presenter';
const windowedSize = { width: 1280, height: 720 } as const;

/** The page the presenter window loads: the app's own index (or the dev server) at the presenter route. */
export function presenterUrl(devServerUrl?: string): string {
  return `${devServerUrl ?? appIndexUrl}${presenterHash}`;
}

interface DisplayLike {
  id: number;
  bounds: Rectangle;
}

/** The projector: the first display that is not the primary one; none when only one display exists. */
export function externalDisplay(displays: readonly DisplayLike[], primary: DisplayLike): DisplayLike | undefined {
  if (displays.length < 2) return undefined;
  return displays.find((d) => d.id !== primary.id);
}

export interface PresenterWindowOptions {
  /** Folder of the built main bundle, to find the preload (the presenter reads settings through it). */
  mainDir: string;
  devServerUrl?: string | undefined;
  /** The facilitator's window: the presenter closes with it. */
  owner?: () => BrowserWindowType | null;
  log?: (message: string) => void;
}

export interface PresenterWindow {
  /** Opens the presenter window, or closes it when it is open. */
  toggle(): { open: boolean };
  close(): void;
  isOpen(): boolean;
}

/**
 * The presenter (projector) window: a second BrowserWindow with exactly the main window's secure
 * web preferences, showing the app's read-only presenter view. Fullscreen on the external display
 * when there is one, otherwise a normal window beside the facilitator's.
 */
export function createPresenterWindow({ mainDir, devServerUrl, owner, log = console.warn }: PresenterWindowOptions): PresenterWindow {
  let window: BrowserWindowType | null = null;
  const isOpen = () => window !== null && !window.isDestroyed();

  const close = () => {
    const open = window;
    window = null;
    if (open && !open.isDestroyed()) open.close();
  };

  const open = () => {
    const external = externalDisplay(screen.getAllDisplays(), screen.getPrimaryDisplay());
    const placement = external ? { ...external.bounds, fullscreen: true } : { ...windowedSize };
    const created = new BrowserWindow({
      title: 'Groundwork',
      ...placement,
      show: false,
      autoHideMenuBar: true,
      backgroundColor: '#0e1116',
      webPreferences: secureWebPreferences({ preload: preloadPathFor(mainDir), isPackaged: app.isPackaged }),
    });
    window = created;
    const facilitator = owner?.() ?? null;
    const closeWithOwner = () => close();
    facilitator?.on('closed', closeWithOwner);
    created.once('ready-to-show', () => created.show());
    created.on('closed', () => {
      if (window === created) window = null;
      if (facilitator && !facilitator.isDestroyed()) facilitator.off('closed', closeWithOwner);
    });
    void created.loadURL(presenterUrl(devServerUrl)).catch((error: unknown) => {
      log(`[presenter] could not load the presenter view: ${error instanceof Error ? error.message : String(error)}`);
    });
  };

  return {
    toggle() {
      if (isOpen()) {
        close();
        return { open: false };
      }
      open();
      return { open: true };
    },
    close,
    isOpen,
  };
}
