import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { migrate, steps } from '../../../shared/migrations';
import { parseWorkshopText, serializeWorkshop } from '../../../shared/model/codec';
import { SCHEMA_VERSION, workshopSchema } from '../../../shared/model/workshop';

const fixture = (version: number) => fileURLToPath(new URL(`../../fixtures/workshop-v${version}.groundwork`, import.meta.url));

/** Every version a file may still be written in and that a migration must handle: v1 always, then each old version. */
const oldVersions = Array.from({ length: Math.max(1, SCHEMA_VERSION - 1) }, (_, i) => i + 1);

describe('migration chain', () => {
  it('has one step per version bump (a schema bump without a migration fails here)', () => {
    expect(steps).toHaveLength(SCHEMA_VERSION - 1);
    for (const step of steps) expect(typeof step).toBe('function');
  });

  it.each(oldVersions)('tests/fixtures/workshop-v%i.groundwork migrates to the current version and validates', (version) => {
    const path = fixture(version);
    expect(existsSync(path), `${path} is missing: every schema version keeps a fixture file`).toBe(true);
    const text = readFileSync(path, 'utf8');
    expect((JSON.parse(text) as { schemaVersion: unknown }).schemaVersion).toBe(version);
    const result = parseWorkshopText(text);
    if (!result.ok) throw new Error(`fixture v${version} does not load: ${JSON.stringify(result.error)}`);
    expect(result.value.fromVersion).toBe(version);
    expect(result.value.doc.schemaVersion).toBe(SCHEMA_VERSION);
    expect(workshopSchema.safeParse(result.value.doc).success).toBe(true);
    expect(result.value.doc.title).toBe('智能客服落地工作坊 · 某城商行客服中心');
  });

  it.runIf(SCHEMA_VERSION === 1)('a v1 file migrates to itself and is written back byte for byte', () => {
    const text = readFileSync(fixture(1), 'utf8');
    const raw: unknown = JSON.parse(text);
    const migrated = migrate(raw);
    expect(migrated).toEqual({ ok: true, value: { doc: raw, fromVersion: 1 } });
    const result = parseWorkshopText(text);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value.doc).toStrictEqual(raw);
    expect(serializeWorkshop(result.value.doc)).toBe(text);
  });

  it('the fixture is a realistic nine-stage Chinese workshop', () => {
    const result = parseWorkshopText(readFileSync(fixture(1), 'utf8'));
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const doc = result.value.doc;
    expect(doc.language).toBe('zh-CN');
    expect(doc.stages.map((s) => s.templateKey)).toEqual([
      'scenario',
      'pain-points',
      'technology',
      'architecture',
      'data',
      'training',
      'feasibility',
      'risks',
      'actions',
    ]);
    const texts = JSON.stringify(doc);
    expect(texts).toContain('坐席平均处理时长 6 分钟 → 4 分钟');
    expect(texts).toContain('😤');
  });
});

describe('migrate', () => {
  const v1 = () => JSON.parse(readFileSync(fixture(1), 'utf8')) as Record<string, unknown>;

  it('refuses a target it has no step for, instead of labelling the file with a version it does not have', () => {
    const result = migrate(v1(), SCHEMA_VERSION + 1);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid', path: 'schemaVersion' } });
    if (!result.ok) expect(result.error.detail).toContain(`no migration from version ${SCHEMA_VERSION}`);
  });

  it('reports a file newer than the target as newer-version', () => {
    expect(migrate({ ...v1(), schemaVersion: SCHEMA_VERSION + 5 })).toMatchObject({ ok: false, error: { code: 'newer-version' } });
  });

  it.each([null, [], 'v1', 42])('rejects %j, which is not a workshop object', (raw) => {
    expect(migrate(raw)).toMatchObject({ ok: false, error: { code: 'invalid', path: '' } });
  });

  it('does not mutate its input', () => {
    const raw = v1();
    const copy = structuredClone(raw);
    migrate(raw);
    expect(raw).toStrictEqual(copy);
  });
});
