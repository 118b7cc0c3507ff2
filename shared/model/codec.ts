import type { z } from 'zod';
import type { Result } from '../result';
import { fail, ok } from '../result';
import { migrate } from '../migrations';
import { limits } from './limits';
import type { Workshop } from './workshop';
import { workshopSchema } from './workshop';

/** Keys that could reach an object's prototype if a consumer ever merged the document naively. */
const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);
const maxDepth = 64;

export interface DecodedWorkshop {
  doc: Workshop;
  fromVersion: number;
}

function issuePath(issue: z.core.$ZodIssue): string {
  return issue.path.map(String).join('.');
}

/** Finds the first forbidden key or over-deep nesting, returning its path. */
function findStructuralProblem(value: unknown, path: string[], depth: number): { path: string; detail: string } | null {
  if (depth > maxDepth) return { path: path.join('.'), detail: `nested deeper than ${maxDepth} levels` };
  if (typeof value !== 'object' || value === null) return null;
  for (const key of Object.keys(value)) {
    if (forbiddenKeys.has(key)) return { path: [...path, key].join('.'), detail: `forbidden key "${key}"` };
    const inner = findStructuralProblem((value as Record<string, unknown>)[key], [...path, key], depth + 1);
    if (inner) return inner;
  }
  return null;
}

/** Validates (and migrates) an already parsed document. */
export function decodeWorkshop(raw: unknown): Result<DecodedWorkshop> {
  const structural = findStructuralProblem(raw, [], 0);
  if (structural) return fail('invalid', structural);
  const migrated = migrate(raw);
  if (!migrated.ok) return migrated;
  const parsed = workshopSchema.safeParse(migrated.value.doc);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return fail('invalid', { path: first ? issuePath(first) : '', detail: first?.message ?? 'invalid document' });
  }
  return ok({ doc: parsed.data, fromVersion: migrated.value.fromVersion });
}

/** Read path of every workshop file: size limit → JSON → structure → migrate → schema. */
export function parseWorkshopText(text: string): Result<DecodedWorkshop> {
  // UTF-16 length is a lower bound on the UTF-8 size and cheap; check the real size only when close.
  if (text.length > limits.fileBytes || (text.length * 3 > limits.fileBytes && utf8Length(text) > limits.fileBytes)) {
    return fail('too-large', { detail: `more than ${limits.fileBytes / 1024 / 1024} MB` });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return fail('not-json', { detail: error instanceof Error ? error.message : String(error) });
  }
  return decodeWorkshop(raw);
}

export function serializeWorkshop(doc: Workshop): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}
