import type { Workshop } from '../../../../shared/model/workshop';
import type { LoadedFonts } from './font-source';
import type { HandoutOptions } from './handout';
import type { PdfResult, RenderHooks } from './render-handout';
import type { FromPdfWorker, ToPdfWorker } from './worker-protocol';
import { transferables } from './worker-protocol';

/** The part of a Worker the exporter uses; tests pass an in-process stand-in. */
export interface WorkerLike {
  postMessage(message: ToPdfWorker, transfer: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<FromPdfWorker>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export interface PdfExporterOptions {
  createWorker: () => WorkerLike;
  /** The fonts to hand each new worker (Electron: read by main); none: the worker uses its bundled copy (web). */
  fonts?: () => Promise<LoadedFonts>;
}

export interface PdfExporter {
  /** Starts the worker and hands it the fonts now, so the first export does not wait for them. */
  warm(): void;
  /** One handout, made in the worker; `hooks.signal` cancels it (the worker is stopped at once). */
  exportPdf(doc: Workshop, options: HandoutOptions, hooks?: RenderHooks): Promise<PdfResult>;
  /** Stops the worker (it is started again by the next export). */
  dispose(): void;
}

interface Session {
  worker: WorkerLike;
  ready: Promise<void>;
  pending: Map<number, { resolve: (r: PdfResult) => void; reject: (e: Error) => void; onProgress?: RenderHooks['onProgress'] }>;
}

const abortReason = (signal: AbortSignal): Error =>
  signal.reason instanceof Error ? signal.reason : new DOMException('The export was cancelled.', 'AbortError');

/**
 * Makes PDFs in a worker, off the UI thread. The worker lives across exports (jsPDF loaded, fonts
 * received once); cancelling terminates it — jsPDF's work is synchronous, so a message could not
 * interrupt it — and the next export starts a fresh one.
 */
export function createPdfExporter({ createWorker, fonts }: PdfExporterOptions): PdfExporter {
  let session: Session | null = null;
  let nextId = 1;

  const stop = (reason: Error) => {
    const current = session;
    session = null;
    if (!current) return;
    current.worker.terminate();
    for (const p of current.pending.values()) p.reject(reason);
    current.pending.clear();
  };

  const start = (): Session => {
    if (session) return session;
    const worker = createWorker();
    const pending: Session['pending'] = new Map();
    worker.onmessage = ({ data }) => {
      const p = pending.get(data.id);
      if (!p) return;
      if (data.type === 'progress') return p.onProgress?.(data.done, data.total);
      pending.delete(data.id);
      if (data.type === 'done') p.resolve({ bytes: data.bytes, pageCount: data.pageCount, missingGlyphs: data.missingGlyphs });
      else p.reject(new Error(data.message));
    };
    // A worker that cannot start (missing chunk, CSP) or crashes fails every export waiting on it.
    worker.onerror = (event) => {
      event.preventDefault?.();
      stop(new Error(`the PDF worker stopped: ${event.message || 'it could not be started'}`));
    };
    const ready = fonts
      ? fonts().then((loaded) => {
          if (session?.worker !== worker) return;
          worker.postMessage({ type: 'fonts', fonts: loaded }, transferables(loaded.regular, loaded.bold));
        })
      : Promise.resolve(worker.postMessage({ type: 'warm' }, []));
    ready.catch(() => undefined);
    session = { worker, ready, pending };
    return session;
  };

  return {
    warm() {
      const current = start();
      current.ready.catch(() => {
        if (session === current) stop(new Error('the fonts could not be loaded'));
      });
    },

    async exportPdf(doc, options, hooks = {}) {
      const { signal, onProgress } = hooks;
      signal?.throwIfAborted();
      const current = start();
      const onAbort = () => {
        if (signal && session === current) stop(abortReason(signal));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      try {
        try {
          await current.ready;
        } catch (error) {
          if (session === current) stop(error instanceof Error ? error : new Error(String(error)));
          throw error;
        }
        signal?.throwIfAborted();
        if (session !== current) throw new Error('the PDF worker stopped');
        const id = nextId++;
        const result = new Promise<PdfResult>((resolve, reject) => current.pending.set(id, { resolve, reject, ...(onProgress ? { onProgress } : {}) }));
        current.worker.postMessage({ type: 'export', id, doc, options }, []);
        return await result;
      } finally {
        signal?.removeEventListener('abort', onAbort);
      }
    },

    dispose() {
      stop(new DOMException('The PDF exporter was closed.', 'AbortError'));
    },
  };
}
