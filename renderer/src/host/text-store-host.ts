import { idSchema } from '../../../shared/model/ids';
import { parseWorkshopText, serializeWorkshop } from '../../../shared/model/codec';
import type { DamagedWorkshop, WorkshopSummary } from '../../../shared/model/summary';
import { sortSummaries, summarize } from '../../../shared/model/summary';
import { workshopSchema } from '../../../shared/model/workshop';
import { fail, ok } from '../../../shared/result';
import type { Settings } from '../../../shared/settings';
import { defaultSettings, settingsPatchSchema, settingsSchema } from '../../../shared/settings';
import type { Host } from './types';

/** Workshop files by id, as text: IndexedDB in the browser, a Map in memory. */
export interface TextStore {
  ids(): Promise<string[]>;
  get(id: string): Promise<string | undefined>;
  set(id: string, text: string): Promise<void>;
  delete(id: string): Promise<void>;
}

/** Where settings live as one JSON string. */
export interface SettingsStorage {
  read(): string | null;
  write(text: string): void;
}

function readSettings(storage: SettingsStorage, fallback: Settings): Settings {
  try {
    const stored: unknown = JSON.parse(storage.read() ?? 'null');
    // Settings saved before a newer setting existed keep their values; the new one takes its default.
    const parsed = settingsSchema.safeParse(stored !== null && typeof stored === 'object' ? { ...fallback, ...stored } : stored);
    return parsed.success ? parsed.data : fallback;
  } catch {
    return fallback;
  }
}

/**
 * A host over a text store. Documents are kept as the same JSON text a `.groundwork` file holds
 * and go through the same read path (size → JSON → structure → migrate → schema) on every load.
 */
export function createTextStoreHost(
  kind: 'browser' | 'memory',
  store: TextStore,
  settings: SettingsStorage,
  initialSettings: Settings = defaultSettings,
  /** Shows the presenter view: a second tab/window in the browser, nothing in memory. */
  openPresenter: () => void = () => undefined,
): Host {
  const io = (error: unknown) => fail<never>('io', { detail: error instanceof Error ? error.message : String(error) });
  return {
    kind,
    async listWorkshops() {
      try {
        const workshops: WorkshopSummary[] = [];
        const damaged: DamagedWorkshop[] = [];
        for (const id of await store.ids()) {
          const decoded = parseWorkshopText((await store.get(id)) ?? '');
          if (decoded.ok) workshops.push(summarize(decoded.value.doc));
          else damaged.push({ fileName: `${id}.groundwork`, error: decoded.error });
        }
        return ok({ workshops: sortSummaries(workshops), damaged });
      } catch (error) {
        return io(error);
      }
    },
    async loadWorkshop({ id }) {
      try {
        const text = await store.get(id);
        if (text === undefined) return fail('not-found');
        const decoded = parseWorkshopText(text);
        return decoded.ok ? ok(decoded.value.doc) : decoded;
      } catch (error) {
        return io(error);
      }
    },
    async saveWorkshop({ doc }) {
      const parsed = workshopSchema.safeParse(doc);
      if (!parsed.success) return fail('bad-request', { detail: parsed.error.issues[0]?.message });
      try {
        const existing = await store.get(parsed.data.id);
        if (existing !== undefined && !parseWorkshopText(existing).ok) return fail('target-invalid');
        await store.set(parsed.data.id, serializeWorkshop(parsed.data));
        return ok({ savedAt: new Date().toISOString() });
      } catch (error) {
        return io(error);
      }
    },
    async deleteWorkshop({ id }) {
      if (!idSchema.safeParse(id).success) return fail('bad-request');
      try {
        await store.delete(id);
        return ok(null);
      } catch (error) {
        return io(error);
      }
    },
    async getSettings() {
      return ok(readSettings(settings, initialSettings));
    },
    async setSettings(patch) {
      const parsed = settingsPatchSchema.safeParse(patch);
      if (!parsed.success) return fail('bad-request', { detail: parsed.error.issues[0]?.message });
      const next = { ...readSettings(settings, initialSettings), ...parsed.data };
      try {
        settings.write(JSON.stringify(next));
      } catch (error) {
        return io(error);
      }
      return ok(next);
    },
    async togglePresenter() {
      // A browser tab cannot close another one it does not own; opening again focuses it.
      openPresenter();
      return ok({ open: true });
    },
  };
}
