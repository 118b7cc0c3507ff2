import type { BrowserWindow } from 'electron';
import { ok } from '../../../shared/result';
import type { PresenterWindow } from '../presenter-window';
import { createPresenterWindow } from '../presenter-window';
import type { IpcRegistrar } from './register';
import { handle } from './register';

export interface PresenterHandlerOptions {
  /** Folder of the built main bundle (for the preload). */
  mainDir: string;
  /** The facilitator's window, which the presenter closes with. */
  owner?: () => BrowserWindow | null;
  /** For tests: the window controller to use instead of a new one. */
  presenter?: PresenterWindow;
}

/** The presenter channel: F5 or the header button opens the projector window, or closes it. */
export function registerPresenterHandlers(registrar: IpcRegistrar, options: PresenterHandlerOptions): PresenterWindow {
  const presenter =
    options.presenter ??
    createPresenterWindow({ mainDir: options.mainDir, devServerUrl: registrar.devServerUrl, owner: options.owner, log: registrar.log });
  handle(registrar, 'presenter:toggle', () => ok(presenter.toggle()));
  return presenter;
}
