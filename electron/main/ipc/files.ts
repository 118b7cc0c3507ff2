import path from 'node:path';
import type { BrowserWindow, OpenDialogOptions, SaveDialogOptions } from 'electron';
import { app, dialog } from 'electron';
import { withRecent, workshopFileExtension, workshopFileName } from '../../../shared/files/file-name';
import type { OpenedWorkshop } from '../../../shared/files/types';
import type { Result } from '../../../shared/result';
import { fail, ok } from '../../../shared/result';
import type { OpenRequests } from '../open-requests';
import type { SettingsStore } from '../store/settings-store';
import type { WorkshopStore } from '../store/workshop-store';
import type { IpcRegistrar } from './register';
import { handle } from './register';

export interface FileHandlerOptions {
  store: WorkshopStore;
  settings: SettingsStore;
  /** The window the dialogs belong to (modal to it); none: free-standing dialogs. */
  owner: () => BrowserWindow | null;
  requests: OpenRequests;
}

const filters = [{ name: 'Groundwork workshop', extensions: [workshopFileExtension] }];
const cancelled = { cancelled: true as const };

/**
 * Files outside the app's folder. Paths come only from the native dialogs, the system (double-click,
 * command line) or the recent-files list: the renderer never names a path to write.
 */
export function registerFileHandlers(registrar: IpcRegistrar, { store, settings, owner, requests }: FileHandlerOptions): void {
  const parent = () => {
    const window = owner();
    return window && !window.isDestroyed() ? window : null;
  };
  const showOpen = (options: OpenDialogOptions) => {
    const window = parent();
    return window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options);
  };
  const showSave = (options: SaveDialogOptions) => {
    const window = parent();
    return window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options);
  };
  const remember = (file: string) => settings.set({ recentFiles: withRecent(settings.get().recentFiles, file) });
  const forget = (file: string) => settings.set({ recentFiles: settings.get().recentFiles.filter((f) => f !== file) });

  /** Opens a file in place and puts it first in the recent files. */
  async function openPath(file: string): Promise<Result<OpenedWorkshop>> {
    const opened = await store.files.openFile(file);
    if (opened.ok) remember(path.resolve(file));
    else if (opened.error.code === 'not-found') forget(file);
    return opened;
  }

  const saveDialog = (title: string) =>
    showSave({
      defaultPath: path.join(app.getPath('documents'), workshopFileName(title)),
      filters,
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });

  handle(registrar, 'files:open', async () => {
    const choice = await showOpen({ filters, properties: ['openFile'] });
    const file = choice.filePaths[0];
    if (choice.canceled || !file) return ok(cancelled);
    return openPath(file);
  });

  handle(registrar, 'files:open-recent', ({ path: file }) => {
    // The page can edit the recent list through settings, so the path is checked here as well.
    const workshopPath = path.isAbsolute(file) && file.toLowerCase().endsWith(`.${workshopFileExtension}`);
    if (!workshopPath || !settings.get().recentFiles.includes(file)) return fail('bad-request', { path: 'path', detail: 'not a recent workshop file' });
    return openPath(file);
  });

  handle(registrar, 'files:save-as', async ({ doc }) => {
    const choice = await saveDialog(doc.title);
    if (choice.canceled || !choice.filePath) return ok(cancelled);
    const saved = await store.files.saveAs(doc, choice.filePath);
    if (saved.ok) remember(path.resolve(choice.filePath));
    return saved;
  });

  handle(registrar, 'files:export', async ({ doc }) => {
    const choice = await saveDialog(doc.title);
    if (choice.canceled || !choice.filePath) return ok(cancelled);
    const written = await store.files.exportTo(doc, choice.filePath);
    return written.ok ? ok({ path: choice.filePath }) : written;
  });

  handle(registrar, 'files:import', ({ bytes }) => store.files.importBytes(bytes));

  handle(registrar, 'files:wait-open', async () => {
    const file = await requests.next();
    return file === null ? ok(null) : openPath(file);
  });
}
