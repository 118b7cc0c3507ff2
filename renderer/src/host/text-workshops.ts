import type { OpenedWorkshop, RecoveryCandidate, VersionRef } from '../../../shared/files/types';
import type { DecodedWorkshop, ValidatedWorkshopText } from '../../../shared/model/codec';
import { parseWorkshopBytes, parseWorkshopText, validateWorkshopText, workshopText } from '../../../shared/model/codec';
import { idSchema, newId } from '../../../shared/model/ids';
import type { DamagedWorkshop, WorkshopSummary } from '../../../shared/model/summary';
import { countWorkshop, sortSummaries, summarize } from '../../../shared/model/summary';
import type { Workshop } from '../../../shared/model/workshop';
import { SCHEMA_VERSION, workshopSchema } from '../../../shared/model/workshop';
import type { Result } from '../../../shared/result';
import { fail, ok } from '../../../shared/result';
import type { TextHistory } from './text-history';
import type { TextStore } from './text-store-host';
import type { Host } from './types';

/** "A workshop is being edited", kept where a crash leaves it (localStorage in the web build). */
export interface SessionFlag {
  read(): string | null;
  write(id: string): void;
}

type Methods = Pick<Host, 'listWorkshops' | 'openWorkshop' | 'saveWorkshop' | 'saveWorkshopText' | 'deleteWorkshop' | 'resolveConflict' | 'listHistory' | 'readSnapshot' | 'restoreVersion' | 'importFile' | 'getRecovery' | 'openRecovery' | 'dismissRecovery'>;

const damage = new Set(['not-json', 'invalid', 'too-large']);
const store = { kind: 'store' } as const;

/**
 * The workshops of a text store with the app's guarantees: every read validated; a damaged text
 * never overwritten (quarantined, its newest good snapshot offered); a text changed by someone
 * else (another tab) not overwritten without asking; snapshots every 10 minutes of saving and
 * before risky operations; the newest state offered after an unclean exit.
 */
export function createTextWorkshops(texts: TextStore, history: TextHistory, session: SessionFlag | null, now: () => Date = () => new Date()): Methods {
  /** The text last read or written per id: anything else found there was written by someone else. */
  const known = new Map<string, string>();
  const stages = new Map<string, Set<string>>();
  const previous = session?.read() ?? null;
  let offer: Promise<RecoveryCandidate | null> | null = previous && idSchema.safeParse(previous).success ? recoveryFor(previous) : null;
  const stageIds = (doc: Workshop) => new Set(doc.stages.map((s) => s.id));

  const attempt = async <T>(task: () => Promise<Result<T>>): Promise<Result<T>> => {
    try {
      return await task();
    } catch (error) {
      return fail('io', { detail: error instanceof Error ? error.message : String(error) });
    }
  };

  const opened = (doc: Workshop, fromVersion: number, text?: string): OpenedWorkshop => {
    const readOnly = fromVersion > SCHEMA_VERSION ? { fileVersion: fromVersion } : null;
    if (!readOnly) {
      if (text !== undefined) known.set(doc.id, text);
      stages.set(doc.id, stageIds(doc));
      session?.write(doc.id);
    }
    return { doc, location: store, readOnly };
  };

  async function write(v: ValidatedWorkshopText, force = false): Promise<Result<{ savedAt: string }>> {
    const id = v.doc.id;
    const existing = await texts.get(id);
    if (existing !== undefined && existing !== known.get(id)) {
      const decoded = parseWorkshopText(existing);
      if (!decoded.ok) return fail('target-invalid');
      if (known.has(id) && !force) return fail('conflict', { detail: 'changed by another window since it was opened' });
    }
    const before = stages.get(id);
    if (existing !== undefined && before && [...before].some((s) => !v.doc.stages.some((t) => t.id === s))) await history.take(id, existing, 'stage-deleted');
    await texts.set(id, v.text);
    known.set(id, v.text);
    stages.set(id, stageIds(v.doc));
    session?.write(id);
    await history.onSaved(id, v.text);
    return ok({ savedAt: now().toISOString() });
  }

  async function earlier(id: string): Promise<RecoveryCandidate | null> {
    const newest = await history.newestValid(id);
    return newest ? candidate(id, { kind: 'snapshot', name: newest.name }, newest.decoded) : null;
  }

  async function recoveryFor(id: string): Promise<RecoveryCandidate | null> {
    const text = await texts.get(id);
    const current = text === undefined ? null : parseWorkshopText(text);
    const best = await earlier(id);
    if (current?.ok && (!best || current.value.doc.updatedAt >= best.savedAt)) return candidate(id, { kind: 'current' }, current.value);
    return best;
  }

  const candidate = (id: string, version: RecoveryCandidate['version'], d: DecodedWorkshop): RecoveryCandidate => ({
    id,
    version,
    title: d.doc.title,
    savedAt: d.doc.updatedAt,
    counts: countWorkshop(d.doc),
    location: store,
  });

  async function restore(id: string, version: VersionRef): Promise<Result<OpenedWorkshop>> {
    if (version.kind !== 'snapshot') return fail('not-found', { detail: 'no last good copy in this build' });
    const read = await history.read(id, version.name);
    if (!read.ok) return read;
    const current = await texts.get(id);
    if (current !== undefined) {
      if (parseWorkshopText(current).ok) await history.take(id, current, 'restore');
      else await history.quarantine(id, current);
    }
    const doc = { ...read.value.doc, updatedAt: now().toISOString() };
    const saved = await write(workshopText(doc), true);
    return saved.ok ? ok(opened(doc, SCHEMA_VERSION)) : saved;
  }

  async function addToStore(doc: Workshop, reason: 'import' | null): Promise<Result<OpenedWorkshop>> {
    const placed = (await texts.get(doc.id)) === undefined ? doc : { ...doc, id: newId() };
    const text = workshopText(placed);
    const saved = await write(text);
    if (!saved.ok) return saved;
    if (reason) await history.take(placed.id, text.text, reason);
    return ok(opened(placed, SCHEMA_VERSION));
  }

  return {
    listWorkshops: () =>
      attempt(async () => {
        const workshops: WorkshopSummary[] = [];
        const damaged: DamagedWorkshop[] = [];
        for (const id of await texts.ids()) {
          const text = (await texts.get(id)) ?? '';
          const decoded = parseWorkshopText(text, { allowNewer: true });
          if (decoded.ok) workshops.push({ ...summarize(decoded.value.doc), ...(decoded.value.fromVersion > SCHEMA_VERSION ? { readOnly: true } : {}) });
          else if (!damage.has(decoded.error.code)) damaged.push({ fileName: `${id}.groundwork`, id, error: decoded.error });
          else {
            const quarantinedAs = await history.quarantine(id, text);
            await texts.delete(id);
            known.delete(id);
            const recovery = await earlier(id);
            damaged.push({ fileName: `${id}.groundwork`, id, error: decoded.error, quarantinedAs, ...(recovery ? { recovery } : {}) });
          }
        }
        const listed = new Set([...workshops.map((w) => w.id), ...damaged.map((d) => d.id)]);
        for (const [id, quarantinedAs] of await history.quarantined()) {
          if (listed.has(id)) continue;
          const recovery = await earlier(id);
          if (recovery) damaged.push({ fileName: `${id}.groundwork`, id, error: { code: 'invalid' }, quarantinedAs, recovery });
        }
        return ok({ workshops: sortSummaries(workshops), damaged });
      }),

    openWorkshop: ({ id }) =>
      attempt(async () => {
        const text = await texts.get(id);
        if (text === undefined) return fail('not-found');
        const decoded = parseWorkshopText(text, { allowNewer: true });
        if (!decoded.ok) return decoded;
        if (decoded.value.fromVersion < SCHEMA_VERSION) await history.take(id, text, 'migration');
        return ok(opened(decoded.value.doc, decoded.value.fromVersion, text));
      }),

    saveWorkshop: ({ doc }) =>
      attempt(async () => {
        const parsed = workshopSchema.safeParse(doc);
        if (!parsed.success) return fail('bad-request', { detail: parsed.error.issues[0]?.message });
        return write(workshopText(parsed.data));
      }),

    saveWorkshopText: ({ text }) =>
      attempt(async () => {
        const checked = validateWorkshopText(text);
        return checked.ok ? write(checked.value) : checked;
      }),

    deleteWorkshop: ({ id }) =>
      attempt(async () => {
        if (!idSchema.safeParse(id).success) return fail('bad-request');
        await texts.delete(id);
        await history.removeAll(id);
        known.delete(id);
        return ok(null);
      }),

    resolveConflict: ({ doc, choice }) =>
      attempt(async () => {
        const mine = workshopSchema.parse(doc);
        if (choice === 'copy') return addToStore({ ...mine, id: newId() }, null);
        const current = await texts.get(mine.id);
        if (choice === 'theirs') {
          await history.take(mine.id, workshopText(mine).text, 'conflict');
          if (current === undefined) return fail('not-found');
          const theirs = parseWorkshopText(current, { allowNewer: true });
          return theirs.ok ? ok(opened(theirs.value.doc, theirs.value.fromVersion, current)) : theirs;
        }
        if (current !== undefined && parseWorkshopText(current).ok) await history.take(mine.id, current, 'conflict');
        else if (current !== undefined) {
          await history.quarantine(mine.id, current);
          await texts.delete(mine.id);
        }
        const saved = await write(workshopText(mine), true);
        return saved.ok ? ok(opened(mine, SCHEMA_VERSION)) : saved;
      }),

    listHistory: ({ id }) => attempt(async () => ok(await history.list(id))),

    readSnapshot: ({ id, name }) =>
      attempt(async () => {
        const read = await history.read(id, name);
        if (!read.ok) return read;
        const info = (await history.list(id)).find((s) => s.name === name);
        if (!info) return fail('not-found');
        const { doc } = read.value;
        return ok({ info, title: doc.title, updatedAt: doc.updatedAt, stages: doc.stages.map((s) => ({ title: s.title, kind: s.kind, items: countWorkshop({ ...doc, stages: [s] }).items })) });
      }),

    restoreVersion: ({ id, version }) => attempt(() => restore(id, version)),

    importFile: ({ bytes }) =>
      attempt(async () => {
        const decoded = parseWorkshopBytes(bytes);
        return decoded.ok ? addToStore(decoded.value.doc, 'import') : decoded;
      }),

    getRecovery: () => attempt(async () => ok(offer ? await offer : null)),

    openRecovery: () =>
      attempt(async () => {
        const found = offer ? await offer : null;
        if (!found) return fail('not-found', { detail: 'nothing to recover' });
        if (found.version.kind === 'snapshot') {
          const restored = await restore(found.id, found.version);
          if (restored.ok) offer = null;
          return restored;
        }
        const text = (await texts.get(found.id)) ?? '';
        const decoded = parseWorkshopText(text, { allowNewer: true });
        if (!decoded.ok) return decoded;
        offer = null;
        return ok(opened(decoded.value.doc, decoded.value.fromVersion, text));
      }),

    dismissRecovery: async () => {
      offer = null;
      return ok(null);
    },
  };
}
