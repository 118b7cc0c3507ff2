import { parseWorkshopText } from '../../../shared/model/codec';
import { fail, ok } from '../../../shared/result';
import type { Settings } from '../../../shared/settings';
import { defaultSettings, settingsPatchSchema, settingsSchema } from '../../../shared/settings';
import { mapTextStore } from './map-text-store';
import { createTextHistory } from './text-history';
import type { TemplateExport } from './text-templates';
import { createTextTemplates } from './text-templates';
import type { SessionFlag } from './text-workshops';
import { createTextWorkshops } from './text-workshops';
import type { Host } from './types';

/** Workshop files by id, as text: IndexedDB in the browser, a Map in memory. */
export interface TextStore {
  ids(): Promise<string[]>;
  get(id: string): Promise<string | undefined>;
  set(id: string, text: string): Promise<void>;
  delete(id: string): Promise<void>;
}

/** Where a text host keeps history snapshots and the crash marker, and how it exports a file. */
export interface TextFilesOptions {
  /** History snapshots (and quarantined texts); in memory when not given. */
  history?: TextStore;
  session?: SessionFlag;
  exportFile?: Host['exportFile'];
  /** Custom templates (text-templates.ts); in memory when not given. */
  templates?: TextStore;
  /** How a template file is handed to the user (a download); unsupported when not given. */
  exportTemplate?: TemplateExport;
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
  /** Hands a finished PDF to the user: a download in the browser; refused in memory unless given. */
  savePdf: Host['savePdf'] = async () => fail('bad-request', { detail: 'no place to save a PDF' }),
  /** History, crash marker and export of workshop files: see text-workshops.ts. */
  files: TextFilesOptions = {},
): Host {
  const io = (error: unknown) => fail<never>('io', { detail: error instanceof Error ? error.message : String(error) });
  const workshops = createTextWorkshops(store, createTextHistory(files.history ?? mapTextStore()), files.session ?? null);
  const unsupported = async () => fail<never>('unsupported');
  return {
    kind,
    ...workshops,
    ...createTextTemplates(files.templates ?? mapTextStore(), files.exportTemplate ?? null),
    // No file system here: files come and go through Import and a download (exportFile).
    openFile: unsupported,
    openRecent: unsupported,
    saveAs: unsupported,
    exportFile: files.exportFile ?? unsupported,
    waitOpenRequest: async () => ok(null),
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
    async readFont() {
      // The web build embeds the fonts in its own code (font-source-bundled.ts); there is no file to read.
      return fail('not-found', { detail: 'fonts are bundled with the web build' });
    },
    savePdf,
    // Nothing leaves a memory host; the browser host replaces this (browser-links.ts).
    openExternal: async () => ok({ opened: false }),
  };
}
