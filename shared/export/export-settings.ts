import { z } from 'zod';
import { languageSchema } from '../model/workshop';
import { exportLogoSchema } from './logo';

/**
 * The export dialog's remembered choices (part of the app settings, never of a workshop):
 * a facilitator who exported "stakeholder handout, 简体中文, A4, 内部资料" once gets the same next time.
 */
export const exportPresets = ['handout', 'full'] as const;
export const paperSizes = ['a4', 'letter'] as const;

export const exportSettingsSchema = z.object({
  preset: z.enum(exportPresets),
  /** The PDF's language; absent until chosen once, then the UI language is offered. */
  language: languageSchema.optional(),
  paper: z.enum(paperSizes),
  organisation: z.string().max(200),
  /** The confidentiality marking in every header and footer, e.g. "内部资料 · Internal". */
  marking: z.string().max(200),
  /** Sections left out (section keys of the handout builder: "summary", "stage:<id>", "decisions" …). */
  excludedSections: z.array(z.string().max(100)).max(200),
  /** The organisation's logo (PNG or JPEG, at most 1 MB), absent until one is chosen. */
  logo: exportLogoSchema.optional(),
});
export type ExportSettings = z.infer<typeof exportSettingsSchema>;

export const defaultExportSettings: ExportSettings = { preset: 'handout', paper: 'a4', organisation: '', marking: '', excludedSections: [] };

/** The remembered choices, or the defaults before the first export. */
export const exportSettingsOf = (settings: { export?: ExportSettings | undefined }): ExportSettings => settings.export ?? defaultExportSettings;
