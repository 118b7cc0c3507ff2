/**
 * Starts the PDF worker. Written out in full so Vite finds it and bundles pdf.worker.ts (and
 * jsPDF) as a separate module-worker chunk, loaded from the app's own origin (`worker-src 'self'`).
 */
export function createPdfWorker(): Worker {
  return new Worker(new URL('./pdf.worker.ts', import.meta.url), { type: 'module', name: 'groundwork-pdf' });
}
