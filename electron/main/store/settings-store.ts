import Store from 'electron-store';
import type { Schema } from 'electron-store';
import { exportPresets, paperSizes } from '../../../shared/export/export-settings';
import { languages } from '../../../shared/model/workshop';
import type { Settings, SettingsPatch } from '../../../shared/settings';
import { defaultLanguageFor, defaultSettings, settingsPatchSchema, settingsSchema } from '../../../shared/settings';

/** App settings (never workshop data), kept by electron-store in `<cwd>/settings.json`. */
export interface SettingsStore {
  get(): Settings;
  /** Applies a patch (validated again here); a key set to `undefined` is removed if optional. */
  set(patch: SettingsPatch): Settings;
  readonly path: string;
}

export interface SettingsStoreOptions {
  /** Folder of the settings file: the app's userData folder, or a temp folder in tests. */
  cwd: string;
  /** System locale (`app.getLocale()`), used for the language until the user picks one. */
  locale?: string;
}

/** JSON schema mirroring shared/settings.ts, so electron-store rejects (and clears) a bad file. */
const jsonSchema: Schema<Settings> = {
  language: { type: 'string', enum: [...languages] },
  windowBounds: {
    type: 'object',
    properties: {
      x: { type: 'integer' },
      y: { type: 'integer' },
      width: { type: 'integer', minimum: 400, maximum: 20_000 },
      height: { type: 'integer', minimum: 300, maximum: 20_000 },
    },
    required: ['x', 'y', 'width', 'height'],
  },
  recentFiles: { type: 'array', items: { type: 'string', maxLength: 4096 }, maxItems: 20 },
  timerSound: { type: 'boolean' },
  export: {
    type: 'object',
    properties: {
      preset: { type: 'string', enum: [...exportPresets] },
      language: { type: 'string', enum: [...languages] },
      paper: { type: 'string', enum: [...paperSizes] },
      organisation: { type: 'string', maxLength: 200 },
      marking: { type: 'string', maxLength: 200 },
      excludedSections: { type: 'array', items: { type: 'string', maxLength: 100 }, maxItems: 200 },
    },
    required: ['preset', 'paper', 'organisation', 'marking', 'excludedSections'],
  },
};

const shape = settingsSchema.shape;

/** Each field checked on its own, so one bad value falls back to its default without losing the rest. */
function sanitize(raw: Record<string, unknown>, defaults: Settings): Settings {
  const language = shape.language.safeParse(raw.language);
  const recentFiles = shape.recentFiles.safeParse(raw.recentFiles);
  const windowBounds = shape.windowBounds.safeParse(raw.windowBounds);
  const timerSound = shape.timerSound.safeParse(raw.timerSound);
  const settings: Settings = {
    language: language.success ? language.data : defaults.language,
    recentFiles: recentFiles.success ? recentFiles.data : defaults.recentFiles,
    timerSound: timerSound.success ? timerSound.data : defaults.timerSound,
  };
  if (windowBounds.success && windowBounds.data) settings.windowBounds = windowBounds.data;
  const exportChoices = shape.export.safeParse(raw.export);
  if (exportChoices.success && exportChoices.data) settings.export = exportChoices.data;
  return settings;
}

export function createSettingsStore({ cwd, locale }: SettingsStoreOptions): SettingsStore {
  const defaults: Settings = { ...defaultSettings, language: defaultLanguageFor(locale) };
  const store = new Store<Settings>({
    cwd,
    name: 'settings',
    schema: jsonSchema,
    defaults,
    // A corrupt or hand-edited file must not stop the app from starting: start from defaults.
    clearInvalidConfig: true,
    accessPropertiesByDotNotation: false,
  });

  const get = (): Settings => sanitize(store.store, defaults);

  return {
    path: store.path,
    get,
    set(patch) {
      const parsed = settingsPatchSchema.parse(patch);
      const next: Record<string, unknown> = { ...get() };
      for (const [key, value] of Object.entries(parsed)) {
        if (value !== undefined) next[key] = value;
        else if (key === 'windowBounds') delete next[key];
      }
      const settings = settingsSchema.parse(next);
      store.store = settings;
      return get();
    },
  };
}
