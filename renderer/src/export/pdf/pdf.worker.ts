import { cachedFontSource } from './font-source';
import { createPdfWorkerHandler } from './pdf-worker-handler';
import type { ToPdfWorker } from './worker-protocol';

/**
 * The PDF worker: builds handouts off the UI thread (jsPDF lays out and compresses synchronously,
 * for a second or more). Started by pdf-exporter.ts as a module worker (the CSP allows
 * `worker-src 'self'`); cancelled by terminating it. Only the web build has the fonts in its own
 * code (`__GW_BUNDLED_FONTS__`, set in vite.web.config.ts): the Electron build leaves the 42 MB
 * of base64 out and gets the bytes from the page, which reads them through main.
 */
const scope = self as unknown as {
  postMessage(message: unknown, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<ToPdfWorker>) => void) | null;
};

const bundled = __GW_BUNDLED_FONTS__ ? async () => cachedFontSource((await import('./font-source-bundled')).bundledFontSource()) : null;
const handle = createPdfWorkerHandler((message, transfer = []) => scope.postMessage(message, transfer), bundled);

scope.onmessage = (event) => void handle(event.data);
