// File store figures for `npm run bench`: saving and opening 1 MB and 10 MB workshops through the
// real store, each against a plain write or read of the same bytes measured in the same run.
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createWorkshopStore } from '../../electron/main/store/workshop-store';
import type { ValidatedWorkshopText } from '../../shared/model/codec';
import { parseWorkshopBytes, serializeWorkshop, validateWorkshopText } from '../../shared/model/codec';
import type { Workshop } from '../../shared/model/workshop';
import { workshopSchema } from '../../shared/model/workshop';
import { sampleWorkshop } from '../mocks/workshops';
import type { Figure } from './results';
import { compared, median, round } from './results';

const mb = 1024 * 1024;

async function time(task: () => unknown): Promise<number> {
  const start = performance.now();
  await task();
  return performance.now() - start;
}

/** A realistic workshop of about `bytes`: the nine-stage template, Chinese and English items everywhere. */
function workshopOf(bytes: number, id: string): Workshop {
  const probe = Buffer.byteLength(serializeWorkshop(sampleWorkshop({ itemsPerStage: 100 })));
  return sampleWorkshop({ id, itemsPerStage: Math.round((100 * bytes) / probe) });
}

/** What a plain careful write costs: open, write, fsync, close. */
async function plainWrite(file: string, text: string | Buffer): Promise<void> {
  const handle = await fsp.open(file, 'w');
  try {
    await handle.writeFile(text);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** The text the renderer sends for one version of `doc`, checked as main checks it (not timed). */
function checkedVersion(doc: Workshop, i: number): ValidatedWorkshopText {
  const checked = validateWorkshopText(serializeWorkshop({ ...doc, updatedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString() }));
  if (!checked.ok) throw new Error(JSON.stringify(checked.error));
  return checked.value;
}

const must = async (result: Promise<{ ok: boolean }>) => {
  const r = await result;
  if (!r.ok) throw new Error(JSON.stringify(r));
};

/** Saves (store) and plain writes of the same texts, alternated so drift hits both; warm-up first. */
async function saves(dir: string, doc: Workshop, runs: number) {
  const store = createWorkshopStore(path.join(dir, 'store'), { log: () => undefined });
  const plain = path.join(dir, 'plain.groundwork');
  const texts = Array.from({ length: runs + 3 }, (_, i) => checkedVersion(doc, i));
  const out = { save: [] as number[], write: [] as number[], writeBytes: [] as number[], validated: [] as number[], viaDocument: [] as number[] };
  for (const [i, v] of texts.entries()) {
    const save = await time(() => must(store.saveValidated(v)));
    const write = await time(() => plainWrite(plain, v.text));
    if (i >= 3) {
      out.save.push(save);
      out.write.push(write);
    }
  }
  // Not goals: the whole of main's part of an autosave (checking the text too), and the document path.
  for (const v of texts.slice(3)) out.validated.push(await time(() => must(store.saveValidated(validated(v.text)))));
  // The older path as a whole: the contract's schema check of the document object, then the store serializing it.
  for (const v of texts.slice(3, 3 + Math.min(runs, 10))) out.viaDocument.push(await time(() => must(store.save(workshopSchema.parse(v.doc)))));
  // A stricter baseline: the same text already encoded, written as bytes (Node's string write path is slow).
  for (const v of texts.slice(3)) {
    const bytes = Buffer.from(v.text);
    out.writeBytes.push(await time(() => plainWrite(plain, bytes)));
  }
  return { store, out };
}

function validated(text: string): ValidatedWorkshopText {
  const checked = validateWorkshopText(text);
  if (!checked.ok) throw new Error(JSON.stringify(checked.error));
  return checked.value;
}

/** Opens through the store (read, UTF-8, parse, structure, schema) against readFile + JSON.parse. */
async function opens(store: ReturnType<typeof createWorkshopStore>, id: string, runs: number) {
  const file = path.join(store.dir, `${id}.groundwork`);
  const open: number[] = [];
  const read: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const o = await time(() => must(store.open(id)));
    const r = await time(async () => JSON.parse(await fsp.readFile(file, 'utf8')));
    if (i > 0) {
      open.push(o);
      read.push(r);
    }
  }
  return { open, read, file };
}

export async function filesBench(tmpDir: string): Promise<{ figures: Record<string, Figure>; goals: Record<string, string>; notes: string[] }> {
  const dir1 = path.join(tmpDir, 'files-1mb');
  const dir10 = path.join(tmpDir, 'files-10mb');
  await fsp.mkdir(dir1, { recursive: true });
  await fsp.mkdir(dir10, { recursive: true });

  const doc1 = workshopOf(mb, 'bench-1mb');
  const one = await saves(dir1, doc1, 30);
  const open1 = await opens(one.store, doc1.id, 30);

  const doc10 = workshopOf(10 * mb, 'bench-10mb');
  const ten = await saves(dir10, doc10, 7);
  const open10 = await opens(ten.store, doc10.id, 5);
  const bytes10 = await fsp.readFile(open10.file);
  const validate10: number[] = [];
  const parse10: number[] = [];
  for (let i = 0; i < 6; i++) {
    const v = await time(() => {
      if (!parseWorkshopBytes(bytes10).ok) throw new Error('the 10 MB file does not validate');
    });
    const p = await time(() => JSON.parse(bytes10.toString('utf8')));
    if (i > 0) {
      validate10.push(v);
      parse10.push(p);
    }
  }
  const importStore = createWorkshopStore(path.join(dir10, 'import'), { log: () => undefined });
  const fullImport = await time(() => must(importStore.files.importBytes(bytes10)));

  const size = (d: Workshop) => `${(Buffer.byteLength(serializeWorkshop(d)) / mb).toFixed(2)} MB`;
  return {
    figures: {
      'save.1mb.median_ms': compared(median(one.out.save), median(one.out.write)),
      'open.1mb.median_ms': compared(median(open1.open), median(open1.read)),
      'save.10mb.median_ms': compared(median(ten.out.save), median(ten.out.write)),
      'open.10mb.ms': compared(median(open10.open), median(open10.read)),
      'import.validate.10mb.ms': compared(median(validate10), median(parse10)),
    },
    goals: {
      'save.1mb.median_ms': 'ratio <= 1.5; a save of the checked text (atomic write, .bak, history bookkeeping); baseline: open + write + fsync + close of the same text',
      'open.1mb.median_ms': 'value <= 300 ms; baseline: readFile + JSON.parse of the same file',
      'save.10mb.median_ms': 'no goal yet; as save.1mb',
      'open.10mb.ms': 'value <= 1000 ms (median of 5); baseline: readFile + JSON.parse',
      'import.validate.10mb.ms': 'no goal yet; size, UTF-8, JSON, structure, migration, schema (median of 5); baseline: JSON.parse of the same bytes',
    },
    notes: [
      `documents: ${size(doc1)} and ${size(doc10)}`,
      `main's whole part of an autosave, checking the text (JSON.parse, structure, schema) and saving it: 1 MB ${round(median(one.out.validated))} ms, 10 MB ${round(median(ten.out.validated))} ms`,
      `the older path (schema check of a document object, serialized in main, saved): 1 MB ${round(median(one.out.viaDocument))} ms, 10 MB ${round(median(ten.out.viaDocument))} ms`,
      `against writing the already encoded bytes instead of the text: save.1mb ratio ${round(median(one.out.save) / median(one.out.writeBytes))} (${round(median(one.out.writeBytes))} ms), save.10mb ratio ${round(median(ten.out.save) / median(ten.out.writeBytes))} (${round(median(ten.out.writeBytes))} ms)`,
      `a whole 10 MB import (check, write, history snapshot): ${round(fullImport)} ms`,
    ],
  };
}
