import type { BigIntStats } from 'node:fs';
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { serializeWorkshop } from '../../../shared/model/codec';
import { idSchema } from '../../../shared/model/ids';
import type { DamagedWorkshop, WorkshopListing, WorkshopSummary } from '../../../shared/model/summary';
import { sortSummaries, summarize } from '../../../shared/model/summary';
import type { Workshop } from '../../../shared/model/workshop';
import type { AppError, Result } from '../../../shared/result';
import { fail, ok } from '../../../shared/result';
import type { AtomicWriteIo } from './atomic-write';
import { backupPathOf, errorCode, removeStaleTempFiles, writeFileAtomic } from './atomic-write';
import { encodeUtf8, readWorkshopFile } from './workshop-file';

/** The workshop files of one folder. Every method returns a Result; none throws. */
export interface WorkshopStore {
  readonly dir: string;
  list(): Promise<Result<WorkshopListing>>;
  load(id: string): Promise<Result<Workshop>>;
  save(doc: Workshop): Promise<Result<{ savedAt: string }>>;
  remove(id: string): Promise<Result<null>>;
}

export interface WorkshopStoreOptions {
  /** Clock for `savedAt`; tests pass a fixed one. */
  now?: () => Date;
  io?: AtomicWriteIo;
}

export const workshopExtension = '.groundwork';

/** Identifies one version of a file on disk; a file with the same identity needs no re-validation. */
type FileIdentity = Pick<BigIntStats, 'ino' | 'size' | 'mtimeNs'>;

const identityOf = (stats: BigIntStats): FileIdentity => ({ ino: stats.ino, size: stats.size, mtimeNs: stats.mtimeNs });
const sameIdentity = (a: FileIdentity | undefined, b: BigIntStats): boolean =>
  a !== undefined && a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs;

function ioFailure<T>(error: unknown): Result<T> {
  if (errorCode(error) === 'ENOENT') return fail('not-found', { detail: error instanceof Error ? error.message : String(error) });
  return fail('io', { detail: error instanceof Error ? error.message : String(error) });
}

export function createWorkshopStore(dir: string, options: WorkshopStoreOptions = {}): WorkshopStore {
  const now = options.now ?? (() => new Date());
  /** Files this store last read or wrote as valid workshops, by id. */
  const knownGood = new Map<string, FileIdentity>();
  /** One operation at a time per id, so an autosave never races a delete or another save. */
  const queues = new Map<string, Promise<unknown>>();

  const fileOf = (id: string) => path.join(dir, `${id}${workshopExtension}`);

  function checkId(id: unknown): Result<string> {
    const parsed = idSchema.safeParse(id);
    if (parsed.success) return ok(parsed.data);
    return fail('bad-request', { path: 'id', detail: parsed.error.issues[0]?.message ?? 'invalid id' });
  }

  function serialized<T>(id: string, task: () => Promise<Result<T>>): Promise<Result<T>> {
    const previous = queues.get(id) ?? Promise.resolve();
    const run = previous.then(task, task).catch((error: unknown) => ioFailure<T>(error));
    queues.set(id, run);
    void run.then(() => {
      if (queues.get(id) === run) queues.delete(id);
    });
    return run;
  }

  /** Decodes a file and checks that it holds the workshop its name promises. */
  async function readChecked(id: string): Promise<{ result: Result<Workshop>; stats: BigIntStats }> {
    const { decoded, stats } = await readWorkshopFile(fileOf(id));
    if (!decoded.ok) return { result: decoded, stats };
    if (decoded.value.doc.id !== id) {
      return { result: fail('invalid', { path: 'id', detail: `file ${id}${workshopExtension} holds workshop "${decoded.value.doc.id}"` }), stats };
    }
    knownGood.set(id, identityOf(stats));
    return { result: ok(decoded.value.doc), stats };
  }

  /** Whether the current file at `id` may be replaced: absent, known good, or decodes as a workshop. */
  async function checkTarget(id: string): Promise<Result<{ exists: boolean }>> {
    let stats: BigIntStats;
    try {
      stats = await fsp.stat(fileOf(id), { bigint: true });
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return ok({ exists: false });
      throw error;
    }
    if (sameIdentity(knownGood.get(id), stats)) return ok({ exists: true });
    const { result } = await readChecked(id);
    if (result.ok) return ok({ exists: true });
    const { code, ...rest } = result.error;
    return fail('target-invalid', { ...rest, detail: `${code}: ${rest.detail ?? ''}`.trim() });
  }

  async function listOne(fileName: string): Promise<{ summary: WorkshopSummary } | { damaged: DamagedWorkshop }> {
    const id = fileName.slice(0, -workshopExtension.length);
    if (!idSchema.safeParse(id).success) {
      return { damaged: { fileName, error: { code: 'invalid', path: '', detail: 'the file name is not a workshop id' } } };
    }
    try {
      const { result } = await readChecked(id);
      return result.ok ? { summary: summarize(result.value) } : { damaged: { fileName, error: result.error } };
    } catch (error) {
      const failure = ioFailure<never>(error);
      const appError: AppError = failure.ok ? { code: 'io' } : failure.error;
      return { damaged: { fileName, error: appError } };
    }
  }

  return {
    dir,

    async list() {
      try {
        await fsp.mkdir(dir, { recursive: true });
        const all = await fsp.readdir(dir);
        await removeStaleTempFiles(dir, all);
        const names = all.filter((name) => name.endsWith(workshopExtension) && !name.startsWith('.')).sort();
        const workshops: WorkshopSummary[] = [];
        const damaged: DamagedWorkshop[] = [];
        // One file at a time: each may be up to limits.fileBytes, and parsing is CPU-bound anyway.
        for (const name of names) {
          const entry = await listOne(name);
          if ('summary' in entry) workshops.push(entry.summary);
          else damaged.push(entry.damaged);
        }
        return ok({ workshops: sortSummaries(workshops), damaged });
      } catch (error) {
        return ioFailure(error);
      }
    },

    load(id) {
      const checked = checkId(id);
      if (!checked.ok) return Promise.resolve(checked);
      return serialized(checked.value, async () => (await readChecked(checked.value)).result);
    },

    save(doc) {
      const checked = checkId(doc.id);
      if (!checked.ok) return Promise.resolve(checked);
      const id = checked.value;
      return serialized(id, async () => {
        await fsp.mkdir(dir, { recursive: true });
        const target = await checkTarget(id);
        if (!target.ok) return target;
        const stats = await writeFileAtomic(fileOf(id), encodeUtf8(serializeWorkshop(doc)), { backupExisting: target.value.exists, ...(options.io ? { io: options.io } : {}) });
        knownGood.set(id, identityOf(stats));
        return ok({ savedAt: now().toISOString() });
      });
    },

    remove(id) {
      const checked = checkId(id);
      if (!checked.ok) return Promise.resolve(checked);
      return serialized(checked.value, async () => {
        knownGood.delete(checked.value);
        await fsp.unlink(fileOf(checked.value));
        await fsp.unlink(backupPathOf(fileOf(checked.value))).catch((error: unknown) => {
          if (errorCode(error) !== 'ENOENT') throw error;
        });
        return ok(null);
      });
    },
  };
}
