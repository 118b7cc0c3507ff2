import path from 'node:path';
import type { BrowserWindow, SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import { app, dialog } from 'electron';
import { pdfFileName } from '../../../shared/export/pdf-file';
import { ok } from '../../../shared/result';
import { writeFileAtomic } from '../store/atomic-write';
import type { IpcRegistrar } from './register';
import { handle } from './register';

export interface PdfSaveOptions {
  /** The window the save dialog belongs to (modal to it); none: a free-standing dialog. */
  owner: () => BrowserWindow | null;
}

function showSaveDialog(owner: BrowserWindow | null, options: SaveDialogOptions): Promise<SaveDialogReturnValue> {
  return owner && !owner.isDestroyed() ? dialog.showSaveDialog(owner, options) : dialog.showSaveDialog(options);
}

/**
 * The PDF channel: 'pdf:save' { bytes, suggestedName } → the native save dialog, then an atomic
 * write (temp file, fsync, rename) to the path the user chose. The bytes were checked by the
 * contract's schema before this runs: a PDF ("%PDF-"), below the size limit. The renderer only
 * suggests a file name; the folder and the final path come from the user, in the dialog.
 */
export function registerPdfHandlers(registrar: IpcRegistrar, options: PdfSaveOptions): void {
  handle(registrar, 'pdf:save', async ({ bytes, suggestedName }) => {
    const choice = await showSaveDialog(options.owner(), {
      defaultPath: path.join(app.getPath('documents'), pdfFileName(suggestedName)),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    if (choice.canceled || !choice.filePath) return ok({ cancelled: true as const });
    await writeFileAtomic(choice.filePath, bytes);
    return ok({ path: choice.filePath });
  });
}
