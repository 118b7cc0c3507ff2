import { describe, expect, it } from 'vitest';
import type { LoadedFonts } from '../../../renderer/src/export/pdf/font-source';
import type { HandoutOptions } from '../../../renderer/src/export/pdf/handout';
import type { WorkerLike } from '../../../renderer/src/export/pdf/pdf-exporter';
import { createPdfExporter } from '../../../renderer/src/export/pdf/pdf-exporter';
import { createPdfWorkerHandler } from '../../../renderer/src/export/pdf/pdf-worker-handler';
import type { FromPdfWorker, ToPdfWorker } from '../../../renderer/src/export/pdf/worker-protocol';
import { chineseWorkshop } from '../../mocks/chinese-workshop';
import { fontFiles, nodeFontSource } from '../../mocks/pdf-fonts';
import { readFileSync } from 'node:fs';

/**
 * The PDF worker's message handling and the page's side of it, with the worker run in-process
 * (Node has no module workers; the web end-to-end test runs the real one under the app's CSP).
 */
const options: HandoutOptions = { language: 'zh-CN', preset: 'handout', paper: 'a4', marking: '内部资料', generatedAt: '2026-01-16T10:00:00.000+08:00' };
const doc = chineseWorkshop();
const fontBytes = (): LoadedFonts => ({ regular: new Uint8Array(readFileSync(fontFiles.regular)), bold: new Uint8Array(readFileSync(fontFiles.bold)) });
const isPdf = (bytes: Uint8Array) => new TextDecoder().decode(bytes.subarray(0, 5)) === '%PDF-';

/** A worker that runs the real handler in this process, delivering messages asynchronously like a worker. */
class InProcessWorker implements WorkerLike {
  static started: InProcessWorker[] = [];
  onmessage: ((event: MessageEvent<FromPdfWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  received: { message: ToPdfWorker; transfer: Transferable[] }[] = [];
  terminated = false;
  private readonly handle = createPdfWorkerHandler((message) => {
    if (!this.terminated) this.onmessage?.({ data: message } as MessageEvent<FromPdfWorker>);
  }, null);
  constructor() {
    InProcessWorker.started.push(this);
  }
  postMessage(message: ToPdfWorker, transfer: Transferable[]): void {
    this.received.push({ message, transfer });
    setTimeout(() => void (this.terminated ? undefined : this.handle(message)), 0);
  }
  terminate(): void {
    this.terminated = true;
  }
}

describe('the PDF worker’s handler', { timeout: 60_000 }, () => {
  it('makes the PDF with the fonts it was sent, reporting progress, and transfers the bytes back', async () => {
    const sent: { message: FromPdfWorker; transfer: Transferable[] | undefined }[] = [];
    const handle = createPdfWorkerHandler((message, transfer) => sent.push({ message, transfer }), null);
    await handle({ type: 'fonts', fonts: fontBytes() });
    await handle({ type: 'export', id: 7, doc, options });
    const done = sent.at(-1)?.message;
    expect(done?.type).toBe('done');
    if (done?.type !== 'done') return;
    expect(isPdf(done.bytes)).toBe(true);
    expect(done.missingGlyphs).toEqual(['💬']);
    expect(sent.at(-1)?.transfer).toEqual([done.bytes.buffer]);
    const progress = sent.flatMap(({ message }) => (message.type === 'progress' ? [message.done] : []));
    expect(progress[0]).toBe(1);
    expect(progress.length).toBeGreaterThan(5);
    expect(sent.every(({ message }) => message.id === 7)).toBe(true);
  });

  it('falls back to its bundled fonts when sent none, and says so when it has none', async () => {
    const sent: FromPdfWorker[] = [];
    let loads = 0;
    const bundled = async () => {
      loads += 1;
      return nodeFontSource;
    };
    const handle = createPdfWorkerHandler((message) => sent.push(message), bundled);
    await handle({ type: 'export', id: 1, doc, options });
    await handle({ type: 'export', id: 2, doc, options: { ...options, language: 'en' } });
    expect(sent.filter((m) => m.type === 'done').map((m) => m.id)).toEqual([1, 2]);
    expect(loads).toBe(1);
    // 'warm' loads both faces before any export asks for them.
    const faces: string[] = [];
    const warmed = createPdfWorkerHandler(() => undefined, async () => ({ load: async (face) => (faces.push(face), nodeFontSource.load(face)) }));
    await warmed({ type: 'warm' });
    expect(faces.sort()).toEqual(['bold', 'regular']);
    const bare: FromPdfWorker[] = [];
    await createPdfWorkerHandler((message) => bare.push(message), null)({ type: 'export', id: 3, doc, options });
    expect(bare).toEqual([{ type: 'failed', id: 3, message: 'the PDF worker has no fonts' }]);
  });
});

describe('the PDF exporter (page side)', { timeout: 60_000 }, () => {
  it('starts one worker, sends it the fonts once (transferred), and makes PDF after PDF in it', async () => {
    InProcessWorker.started = [];
    let fontLoads = 0;
    const exporter = createPdfExporter({
      createWorker: () => new InProcessWorker(),
      fonts: async () => {
        fontLoads += 1;
        return fontBytes();
      },
    });
    exporter.warm();
    const steps: number[] = [];
    const first = await exporter.exportPdf(doc, options, { onProgress: (done) => steps.push(done) });
    const second = await exporter.exportPdf(doc, { ...options, language: 'en', paper: 'letter' });
    expect(isPdf(first.bytes) && isPdf(second.bytes)).toBe(true);
    expect(first.pageCount).toBeGreaterThanOrEqual(12);
    expect(steps.at(-1)).toBe(steps.length);
    expect(InProcessWorker.started).toHaveLength(1);
    expect(fontLoads).toBe(1);
    const [fonts] = InProcessWorker.started[0]?.received ?? [];
    expect(fonts?.message.type).toBe('fonts');
    expect(fonts?.transfer).toHaveLength(2);
    exporter.dispose();
    expect(InProcessWorker.started[0]?.terminated).toBe(true);
  });

  it('cancels by stopping the worker at once, with the reason; the next export starts a fresh worker', async () => {
    InProcessWorker.started = [];
    const exporter = createPdfExporter({ createWorker: () => new InProcessWorker(), fonts: async () => fontBytes() });
    const controller = new AbortController();
    const cancelled = exporter.exportPdf(doc, options, { signal: controller.signal, onProgress: (done) => done === 2 && controller.abort(new Error('cancelled by the facilitator')) });
    await expect(cancelled).rejects.toThrow('cancelled by the facilitator');
    expect(InProcessWorker.started[0]?.terminated).toBe(true);
    const again = await exporter.exportPdf(doc, options);
    expect(isPdf(again.bytes)).toBe(true);
    expect(InProcessWorker.started).toHaveLength(2);
    expect(InProcessWorker.started[1]?.received[0]?.message.type).toBe('fonts');
    const before = new AbortController();
    before.abort(new Error('too late'));
    await expect(exporter.exportPdf(doc, options, { signal: before.signal })).rejects.toThrow('too late');
    exporter.dispose();
  });

  it('fails the export with a message when the worker cannot start or the fonts cannot be read', async () => {
    const broken = createPdfExporter({
      createWorker: () => {
        const worker = new InProcessWorker();
        worker.postMessage = () => setTimeout(() => worker.onerror?.({ message: 'Refused to create a worker' } as ErrorEvent), 0);
        return worker;
      },
    });
    await expect(broken.exportPdf(doc, options)).rejects.toThrow('the PDF worker stopped: Refused to create a worker');
    const noFonts = createPdfExporter({ createWorker: () => new InProcessWorker(), fonts: () => Promise.reject(new Error('fonts/LXGWWenKai-Bold.ttf not found')) });
    await expect(noFonts.exportPdf(doc, options)).rejects.toThrow('fonts/LXGWWenKai-Bold.ttf not found');
    noFonts.dispose();
  });
});
