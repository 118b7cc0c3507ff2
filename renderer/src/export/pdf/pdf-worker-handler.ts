import { exportWorkshopPdf } from './export-pdf';
import type { FontSource } from './font-source';
import { loadFonts } from './font-source';
import type { FromPdfWorker, ToPdfWorker } from './worker-protocol';
import { transferables } from './worker-protocol';

export type PostFromWorker = (message: FromPdfWorker, transfer?: Transferable[]) => void;

/**
 * What the PDF worker does with each message, apart from the worker global (so it runs in unit
 * tests too): keep the fonts it is given, and answer an export with progress and the PDF's bytes
 * (transferred) or a failure. `bundled` loads the web build's own copy of the fonts when the page
 * sends none (it should cache what it loads); null where there is no such copy (the Electron build
 * reads them from disk via main).
 */
export function createPdfWorkerHandler(post: PostFromWorker, bundled: (() => Promise<FontSource>) | null): (message: ToPdfWorker) => Promise<void> {
  let source: Promise<FontSource> | null = null;
  const fonts = (): Promise<FontSource> => (source ??= bundled ? bundled() : Promise.reject(new Error('the PDF worker has no fonts')));

  return async (message) => {
    switch (message.type) {
      case 'fonts': {
        const given = message.fonts;
        source = Promise.resolve({ load: async (face) => given[face] });
        return;
      }
      case 'warm':
        // Loading 2 × 15 MB of font takes a moment on the web build: start while the dialog is open.
        await fonts()
          .then(loadFonts)
          .catch(() => undefined);
        return;
      case 'export': {
        const { id, doc, options } = message;
        try {
          const result = await exportWorkshopPdf(doc, options, await fonts(), {
            onProgress: (done, total) => post({ type: 'progress', id, done, total }),
          });
          post({ type: 'done', id, bytes: result.bytes, pageCount: result.pageCount, missingGlyphs: result.missingGlyphs }, transferables(result.bytes));
        } catch (error) {
          post({ type: 'failed', id, message: error instanceof Error ? error.message : String(error) });
        }
      }
    }
  };
}
