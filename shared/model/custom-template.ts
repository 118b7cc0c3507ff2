import { z } from 'zod';
import { workshopFileExtension, workshopFileName } from '../files/file-name';
import type { Result } from '../result';
import { fail, ok } from '../result';
import { reIdWorkshop } from '../samples/re-id';
import { decodeWorkshop, decodeWorkshopBytes, findStructuralProblem, parseFileJson } from './codec';
import type { Id } from './ids';
import { stripRoomWork } from './template-content';
import { shortText, timestamp } from './text';
import type { Language, Workshop } from './workshop';
import { languageSchema } from './workshop';

/**
 * A custom template: a workshop's agenda and reusable content, saved by a facilitator and shared
 * as a `*.groundwork-template` file (UTF-8 JSON). The envelope says what it is and names it; the
 * workshop inside is an ordinary document (with its own `schemaVersion`, migrated like any
 * workshop file) from which the room's work was removed (see template-content.ts).
 */
export const templateFormat = 'groundwork-template';
/** Bump only with a step that reads the previous version. */
export const TEMPLATE_FORMAT_VERSION = 1 as const;
export const templateFileExtension = 'groundwork-template';
/** A description is a sentence or two, shown on the home screen. */
export const templateDescriptionChars = 2000;

const envelopeSchema = z.object({
  format: z.literal(templateFormat),
  formatVersion: z.literal(TEMPLATE_FORMAT_VERSION),
  name: shortText.refine((s) => s.trim().length > 0, 'a template needs a name'),
  description: z.string().max(templateDescriptionChars),
  language: languageSchema,
  createdAt: timestamp,
});

export interface CustomTemplate {
  format: typeof templateFormat;
  formatVersion: typeof TEMPLATE_FORMAT_VERSION;
  name: string;
  description: string;
  /** The language the template's content is written in (the workshop's). */
  language: Language;
  createdAt: string;
  /** The agenda with its reusable content; its id is the template's id. */
  workshop: Workshop;
}

/** What the new-workshop form lists of a custom template. */
export interface CustomTemplateSummary {
  id: string;
  name: string;
  description: string;
  language: Language;
  createdAt: string;
  stageCount: number;
}

export const templateId = (template: CustomTemplate): string => template.workshop.id;

export function summarizeTemplate(template: CustomTemplate): CustomTemplateSummary {
  const { name, description, language, createdAt } = template;
  return { id: templateId(template), name, description, language, createdAt, stageCount: template.workshop.stages.length };
}

/** Newest first, then by name, so the list is stable. */
export function sortTemplates(list: CustomTemplateSummary[]): CustomTemplateSummary[] {
  return list.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.name.localeCompare(b.name));
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Validates a parsed template file: structure (forbidden keys, depth) → envelope → the workshop
 * through the workshop read path (migrate → schema). The workshop is stripped of room work again,
 * so a hand-made file cannot smuggle cards or scores into every workshop made from it.
 */
export function decodeTemplate(raw: unknown): Result<CustomTemplate> {
  const structural = findStructuralProblem(raw);
  if (structural) return fail('invalid', structural);
  if (!isRecord(raw) || raw.format !== templateFormat) {
    return fail('not-template', { detail: isRecord(raw) && 'schemaVersion' in raw ? 'a workshop file, not a template' : 'no "format": "groundwork-template"' });
  }
  if (typeof raw.formatVersion === 'number' && raw.formatVersion > TEMPLATE_FORMAT_VERSION) {
    return fail('newer-version', { path: 'formatVersion', detail: `template format ${raw.formatVersion}` });
  }
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success) {
    const issue = envelope.error.issues[0];
    return fail('invalid', { path: issue?.path.map(String).join('.') ?? '', detail: issue?.message ?? 'invalid template' });
  }
  const workshop = decodeWorkshop(raw.workshop);
  if (!workshop.ok) {
    const { code, path, detail } = workshop.error;
    return fail(code, { path: path ? `workshop.${path}` : 'workshop', ...(detail === undefined ? {} : { detail }) });
  }
  return ok({ ...envelope.data, workshop: stripRoomWork(workshop.value.doc) });
}

/** Read path of a template file's text: size → JSON → `decodeTemplate`. */
export function parseTemplateText(text: string): Result<CustomTemplate> {
  const raw = parseFileJson(text);
  return raw.ok ? decodeTemplate(raw.value) : raw;
}

/** The read path for bytes (an imported file): size → UTF-8 → `parseTemplateText`. */
export function parseTemplateBytes(bytes: Uint8Array): Result<CustomTemplate> {
  const text = decodeWorkshopBytes(bytes);
  return text.ok ? parseTemplateText(text.value) : text;
}

/** The file's text; the envelope first, so a reader sees what the file is. */
export function serializeTemplate(template: CustomTemplate): string {
  const { format, formatVersion, name, description, language, createdAt, workshop } = template;
  return `${JSON.stringify({ format, formatVersion, name, description, language, createdAt, workshop }, null, 2)}\n`;
}

export interface TemplateFromWorkshopArgs {
  name: string;
  description: string;
  now: string;
  /** Makes the template's fresh ids: a template never shares ids with the workshop it came from. */
  makeId: () => Id;
}

/** A custom template of a workshop: its structure and reusable content (see template-content.ts). */
export function templateFromWorkshop(doc: Workshop, { name, description, now, makeId }: TemplateFromWorkshopArgs): CustomTemplate {
  const stripped = reIdWorkshop(stripRoomWork(doc), makeId);
  return {
    format: templateFormat,
    formatVersion: TEMPLATE_FORMAT_VERSION,
    name: name.trim(),
    description: description.trim(),
    language: doc.language,
    createdAt: now,
    workshop: { ...stripped, title: name.trim(), createdAt: now, updatedAt: now },
  };
}

export interface WorkshopFromTemplateArgs {
  title: string;
  now: string;
  makeId: () => Id;
}

/** A new workshop from a template: fresh ids throughout (links inside kept), at its first stage. */
export function workshopFromTemplate(template: CustomTemplate, { title, now, makeId }: WorkshopFromTemplateArgs): Workshop {
  const doc = reIdWorkshop(stripRoomWork(template.workshop), makeId);
  return { ...doc, title, createdAt: now, updatedAt: now, currentStageId: doc.stages[0]?.id ?? null };
}

/** A file name from the template's name, with the rules of workshop file names: `银行客服模板.groundwork-template`. */
export function templateFileName(name: string): string {
  const base = workshopFileName(name.replace(/\.groundwork-template$/i, '')).slice(0, -`.${workshopFileExtension}`.length);
  return `${base}.${templateFileExtension}`;
}
