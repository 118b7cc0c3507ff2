import type { Result } from '../result';
import { fail, ok } from '../result';
import { SCHEMA_VERSION } from '../model/workshop';
import { v1ToV2 } from './v1-to-v2';
import { v2ToV3 } from './v2-to-v3';

/**
 * One step takes a document of version N (already known to be an object with that
 * `schemaVersion`) to version N + 1. Steps are pure, ordered, and each has a fixture of
 * its old version under tests/fixtures/ and a test.
 */
export type MigrationStep = (doc: Record<string, unknown>) => Record<string, unknown>;

/** `steps[n]` migrates version n + 1 to n + 2. */
export const steps: readonly MigrationStep[] = [v1ToV2, v2ToV3];

export interface Migrated {
  doc: unknown;
  /** The version the file was written in, before migration. */
  fromVersion: number;
}

/**
 * Brings a parsed document to the current schema version. The result still needs validation
 * with `workshopSchema`: migrations reshape, the schema judges.
 */
export function migrate(raw: unknown, target: number = SCHEMA_VERSION): Result<Migrated> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return fail('invalid', { path: '', detail: 'the file does not hold a workshop object' });
  }
  const version = (raw as Record<string, unknown>).schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('invalid', { path: 'schemaVersion', detail: 'missing or not a positive whole number' });
  }
  if (version > target) {
    return fail('newer-version', { path: 'schemaVersion', detail: `file version ${version}, app version ${target}` });
  }
  let doc = raw as Record<string, unknown>;
  for (let v = version; v < target; v++) {
    const step = steps[v - 1];
    if (!step) return fail('invalid', { path: 'schemaVersion', detail: `no migration from version ${v}` });
    doc = { ...step(doc), schemaVersion: v + 1 };
  }
  return ok({ doc, fromVersion: version });
}
