// `npm run bench`: speed figures for the file store, each against a baseline measured in the same
// run on the same machine and disk, written to tests/bench/results.json (merged with other figures).
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { encodeUtf8 } from '../../electron/main/store/workshop-file';
import { createWorkshopStore } from '../../electron/main/store/workshop-store';
import { serializeWorkshop } from '../../shared/model/codec';
import type { Workshop } from '../../shared/model/workshop';
import { sampleWorkshop } from '../mocks/workshops';
import { pdfBench } from './pdf';

interface Figure {
  value: number;
  unit: 'ms' | 'bytes';
  baseline: number;
  ratio: number;
}

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const resultsFile = path.join(benchDir, 'results.json');
const runs = 30;
const targetBytes = 1024 * 1024;

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

async function time(task: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await task();
  return performance.now() - start;
}

/** A realistic workshop of about 1 MB: the nine-stage template, Chinese and English items everywhere. */
function megabyteWorkshop(): Workshop {
  const probe = Buffer.byteLength(serializeWorkshop(sampleWorkshop({ itemsPerStage: 100 })));
  return sampleWorkshop({ id: 'bench-1mb', itemsPerStage: Math.round((100 * targetBytes) / probe) });
}

/** What a plain careful write costs: open, write, fsync, close. */
async function plainWrite(file: string, bytes: string): Promise<void> {
  const handle = await fsp.open(file, 'w');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function main(): Promise<void> {
  const dir = path.join(benchDir, 'tmp', `run-${process.pid}`);
  await fsp.mkdir(dir, { recursive: true });
  try {
    const store = createWorkshopStore(path.join(dir, 'store'));
    const doc = megabyteWorkshop();
    const bytes = serializeWorkshop(doc);
    const size = Buffer.byteLength(bytes);
    const plainFile = path.join(dir, 'plain.groundwork');

    // Warm up both paths (JIT, file creation, first .bak), then alternate them so drift hits both.
    for (let i = 0; i < 3; i++) {
      await store.save({ ...doc, updatedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString() });
      await plainWrite(plainFile, bytes);
    }
    const saves: number[] = [];
    const writes: number[] = [];
    for (let i = 0; i < runs; i++) {
      const next = { ...doc, updatedAt: new Date(Date.UTC(2026, 0, 2, 0, 0, i)).toISOString() };
      saves.push(await time(async () => {
        const result = await store.save(next);
        if (!result.ok) throw new Error(`save failed: ${JSON.stringify(result.error)}`);
      }));
      writes.push(await time(() => plainWrite(plainFile, bytes)));
    }

    // Not a figure: how much of a save is turning the document into bytes, which the baseline skips.
    const encodes: number[] = [];
    for (let i = 0; i < runs; i++) {
      const next = { ...doc, updatedAt: new Date(Date.UTC(2026, 0, 3, 0, 0, i)).toISOString() };
      encodes.push(await time(async () => encodeUtf8(serializeWorkshop(next))));
    }

    const storeFile = path.join(store.dir, `${doc.id}.groundwork`);
    const loads: number[] = [];
    const reads: number[] = [];
    for (let i = 0; i < runs + 3; i++) {
      const load = await time(async () => {
        const result = await store.load(doc.id);
        if (!result.ok) throw new Error(`load failed: ${JSON.stringify(result.error)}`);
      });
      const read = await time(async () => JSON.parse(await fsp.readFile(storeFile, 'utf8')));
      if (i >= 3) {
        loads.push(load);
        reads.push(read);
      }
    }

    const figure = (value: number, baseline: number): Figure => ({
      value: round(value),
      unit: 'ms',
      baseline: round(baseline),
      ratio: round(value / baseline),
    });
    const figures: Record<string, Figure> = {
      'save.1mb.median_ms': figure(median(saves), median(writes)),
      'open.1mb.median_ms': figure(median(loads), median(reads)),
    };
    const goals: Record<string, string> = {
      'save.1mb.median_ms': 'ratio <= 1.5; baseline: open + write + fsync + close of the same bytes',
      'open.1mb.median_ms': 'value <= 300 ms; baseline: readFile + JSON.parse of the same file',
    };
    const pdf = await pdfBench(dir);
    Object.assign(figures, pdf.figures);
    Object.assign(goals, pdf.goals);

    console.log(`document: ${(size / 1024 / 1024).toFixed(2)} MB, ${doc.stages.reduce((n, s) => n + Object.values(s).filter(Array.isArray).reduce((m, a) => m + a.length, 0), 0)} items; ${runs} runs each`);
    for (const [name, f] of Object.entries(figures)) {
      console.log(`${name}: ${f.value} ${f.unit} (baseline ${f.baseline} ${f.unit}, ratio ${f.ratio}; goal ${goals[name]})`);
    }
    console.log(`  (of a save, serializing the document to UTF-8 JSON takes ${round(median(encodes))} ms)`);
    for (const note of pdf.notes) console.log(`  (${note})`);
    await writeResults(figures);
  } finally {
    await fsp.rm(dir, { recursive: true, force: true });
  }
}

const round = (n: number): number => Math.round(n * 100) / 100;

/** Merges these figures into results.json, keeping figures other benches wrote. */
async function writeResults(figures: Record<string, Figure>): Promise<void> {
  let existing: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(await fsp.readFile(resultsFile, 'utf8'));
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) existing = parsed as Record<string, unknown>;
  } catch {
    // no results yet, or unreadable: start afresh
  }
  await fsp.writeFile(resultsFile, `${JSON.stringify({ ...existing, ...figures }, null, 2)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
