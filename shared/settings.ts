import { z } from 'zod';
import { exportSettingsSchema } from './export/export-settings';
import { languageSchema } from './model/workshop';

/** App settings (never workshop content): kept by electron-store in the app, by localStorage on the web. */
export const settingsSchema = z.object({
  language: languageSchema,
  windowBounds: z
    .object({
      x: z.number().int(),
      y: z.number().int(),
      width: z.number().int().min(400).max(20_000),
      height: z.number().int().min(300).max(20_000),
    })
    .optional(),
  recentFiles: z.array(z.string().max(4096)).max(20),
  /** A soft tone when the stage timer reaches 2 minutes left and 0 (off unless the facilitator turns it on). */
  timerSound: z.boolean(),
  /** The export dialog's last choices; absent until the first export (then `defaultExportSettings`). */
  export: exportSettingsSchema.optional(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const settingsPatchSchema = settingsSchema.partial().strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export const defaultSettings: Settings = { language: 'en', recentFiles: [], timerSound: false };

/** The language to start in before the user chose one: Chinese for a Chinese system, else English. */
export function defaultLanguageFor(locale: string | undefined): Settings['language'] {
  return locale?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}
