import path from 'node:path';
import type { BrowserWindow, SaveDialogOptions } from 'electron';
import { app, dialog } from 'electron';
import { templateFileExtension, templateFileName } from '../../../shared/model/custom-template';
import { ok } from '../../../shared/result';
import type { TemplateStore } from '../store/template-store';
import type { IpcRegistrar } from './register';
import { handle } from './register';

export interface TemplateHandlerOptions {
  store: TemplateStore;
  /** The window the save dialog belongs to (modal to it); none: a free-standing dialog. */
  owner: () => BrowserWindow | null;
}

/**
 * The custom-template channels. The renderer names templates by id only; the one path written
 * outside the templates folder comes from the native save dialog (Export template file).
 */
export function registerTemplateHandlers(registrar: IpcRegistrar, { store, owner }: TemplateHandlerOptions): void {
  const showSave = (options: SaveDialogOptions) => {
    const window = owner();
    return window && !window.isDestroyed() ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options);
  };

  handle(registrar, 'templates:list', () => store.list());
  handle(registrar, 'templates:load', ({ id }) => store.load(id));
  handle(registrar, 'templates:save', ({ text }) => store.saveText(text));
  handle(registrar, 'templates:delete', ({ id }) => store.remove(id));
  handle(registrar, 'templates:import', ({ bytes }) => store.importBytes(bytes));

  handle(registrar, 'templates:export', async ({ id }) => {
    const template = await store.load(id);
    if (!template.ok) return template;
    const choice = await showSave({
      defaultPath: path.join(app.getPath('documents'), templateFileName(template.value.name)),
      filters: [{ name: 'Groundwork template', extensions: [templateFileExtension] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    if (choice.canceled || !choice.filePath) return ok({ cancelled: true as const });
    const written = await store.exportTo(id, choice.filePath);
    return written.ok ? ok({ path: choice.filePath }) : written;
  });
}
