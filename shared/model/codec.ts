import type { z } from 'zod';
import type { Result } from '../result';
import { fail, ok } from '../result';
import { migrate } from '../migrations';
import { findDuplicateKey } from './duplicate-keys';
import { limits } from './limits';
import type { Workshop } from './workshop';
import { SCHEMA_VERSION, workshopSchema } from './workshop';

/** Keys that could reach an object's prototype if a consumer ever merged the document naively. */
const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);
const maxDepth = 64;

export interface DecodedWorkshop {
  doc: Workshop;
  /**
   * The version the file was written in. Above SCHEMA_VERSION the file came from a newer app and
   * was read with `allowNewer`: show it read-only, never write it back.
   */
  fromVersion: number;
}

export interface DecodeOptions {
  /**
   * A file from a newer app version is read with today's schema when it passes it (fields this
   * version does not know are dropped), instead of failing with `newer-version`. Only for showing
   * it read-only: never for a file about to be overwritten.
   */
  allowNewer?: boolean;
}

/** Whether a decoded file must be shown read-only: it was written by a newer app version. */
export const isNewerVersion = (decoded: DecodedWorkshop): boolean => decoded.fromVersion > SCHEMA_VERSION;

function issuePath(issue: z.core.$ZodIssue): string {
  return issue.path.map(String).join('.');
}

/**
 * Finds the first forbidden key or over-deep nesting, returning its path. One shared path stack,
 * joined only on failure: a 10 MB document has a million values, and a new array per value costs
 * more than the whole schema check.
 */
export function findStructuralProblem(root: unknown): { path: string; detail: string } | null {
  const stack: string[] = [];
  const visit = (value: unknown, depth: number): { path: string; detail: string } | null => {
    if (depth > maxDepth) return { path: stack.join('.'), detail: `nested deeper than ${maxDepth} levels` };
    if (typeof value !== 'object' || value === null) return null;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        stack.push(String(i));
        const inner = visit(value[i], depth + 1);
        stack.pop();
        if (inner) return inner;
      }
      return null;
    }
    for (const key of Object.keys(value)) {
      stack.push(key);
      if (forbiddenKeys.has(key)) return { path: stack.join('.'), detail: `forbidden key "${key}"` };
      const inner = visit((value as Record<string, unknown>)[key], depth + 1);
      stack.pop();
      if (inner) return inner;
    }
    return null;
  };
  return visit(root, 0);
}

function schemaFailure(error: z.ZodError): Result<never> {
  const first = error.issues[0];
  return fail('invalid', { path: first ? issuePath(first) : '', detail: first?.message ?? 'invalid document' });
}

/** Validates (and migrates) an already parsed document. */
export function decodeWorkshop(raw: unknown, options: DecodeOptions = {}): Result<DecodedWorkshop> {
  const structural = findStructuralProblem(raw);
  if (structural) return fail('invalid', structural);
  const migrated = migrate(raw);
  if (!migrated.ok) {
    if (migrated.error.code === 'newer-version' && options.allowNewer) return decodeNewer(raw as Record<string, unknown>, migrated);
    return migrated;
  }
  const parsed = workshopSchema.safeParse(migrated.value.doc);
  if (!parsed.success) return schemaFailure(parsed.error);
  return ok({ doc: parsed.data, fromVersion: migrated.value.fromVersion });
}

/** A newer file read with today's schema; when it does not pass, the answer stays `newer-version`. */
function decodeNewer(raw: Record<string, unknown>, refusal: Result<never>): Result<DecodedWorkshop> {
  const parsed = workshopSchema.safeParse({ ...raw, schemaVersion: SCHEMA_VERSION });
  if (!parsed.success) return refusal;
  return ok({ doc: parsed.data, fromVersion: raw.schemaVersion as number });
}

/**
 * The JSON value of a workshop or template file's text: size limit, a leading BOM dropped, JSON,
 * and no key twice in one object (JSON.parse would silently keep the last).
 */
export function parseFileJson(text: string): Result<unknown> {
  // UTF-16 length is a lower bound on the UTF-8 size and cheap; check the real size only when close.
  if (text.length > limits.fileBytes || (text.length * 3 > limits.fileBytes && utf8Length(text) > limits.fileBytes)) {
    return tooLarge();
  }
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    return fail('not-json', { detail: error instanceof Error ? error.message : String(error) });
  }
  const duplicate = findDuplicateKey(json);
  if (duplicate) return fail('invalid', { path: duplicate.path, detail: `"${duplicate.key}" appears twice in one object` });
  return ok(raw);
}

/** Read path of every workshop file: size limit → JSON → structure → migrate → schema. */
export function parseWorkshopText(text: string, options: DecodeOptions = {}): Result<DecodedWorkshop> {
  const raw = parseFileJson(text);
  return raw.ok ? decodeWorkshop(raw.value, options) : raw;
}

/** UTF-8 bytes (a file, an import) to text: the size limit first, and bytes that are not UTF-8 refused. */
export function decodeWorkshopBytes(bytes: Uint8Array): Result<string> {
  if (bytes.byteLength > limits.fileBytes) return tooLarge(`${bytes.byteLength} bytes`);
  try {
    // A leading BOM is dropped by the decoder; invalid sequences throw instead of becoming U+FFFD.
    return ok(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return fail('not-json', { detail: 'the file is not UTF-8 text' });
  }
}

/** The read path for bytes: size → UTF-8 → `parseWorkshopText`. */
export function parseWorkshopBytes(bytes: Uint8Array, options: DecodeOptions = {}): Result<DecodedWorkshop> {
  const text = decodeWorkshopBytes(bytes);
  return text.ok ? parseWorkshopText(text.value, options) : text;
}

export function serializeWorkshop(doc: Workshop): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

function tooLarge(size?: string): Result<never> {
  const limit = `more than ${limits.fileBytes / 1024 / 1024} MB`;
  return fail('too-large', { detail: size ? `${size}, ${limit}` : limit });
}

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

declare const validated: unique symbol;

/**
 * A workshop file's text together with the document it decodes to, in the current version: what
 * a save writes as-is. Only `validateWorkshopText` and `workshopText` make one, so a store cannot
 * be handed text nobody checked.
 */
export interface ValidatedWorkshopText {
  readonly text: string;
  readonly doc: Workshop;
  readonly [validated]: true;
}

/** Checks text the renderer serialized (the whole read path) before it is written as-is. */
export function validateWorkshopText(text: string): Result<ValidatedWorkshopText> {
  const decoded = parseWorkshopText(text);
  if (!decoded.ok) return decoded;
  if (decoded.value.fromVersion !== SCHEMA_VERSION) {
    return fail('bad-request', { path: 'schemaVersion', detail: `a save must be version ${SCHEMA_VERSION}` });
  }
  return ok({ text, doc: decoded.value.doc } as ValidatedWorkshopText);
}

/** The text of a document that already passed the schema (its type says so). */
export function workshopText(doc: Workshop): ValidatedWorkshopText {
  return { text: serializeWorkshop(doc), doc } as ValidatedWorkshopText;
}
