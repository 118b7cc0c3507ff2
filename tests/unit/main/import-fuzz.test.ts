import * as fsp from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWorkshopStore } from '../../../electron/main/store/workshop-store';
import { createMemoryHost } from '../../../renderer/src/host/memory';
import { serializeWorkshop } from '../../../shared/model/codec';
import type { OpenedWorkshop } from '../../../shared/files/types';
import { workshopSchema } from '../../../shared/model/workshop';
import type { Result } from '../../../shared/result';
import { errorCodes } from '../../../shared/result';
import { useTempDirs } from '../../mocks/temp-dir';
import { sampleWorkshop } from '../../mocks/workshops';

/**
 * Property-based fuzzing of import (fast-check): 1,000 files made from a valid workshop by
 * truncating it, changing types, growing strings past the limits, nesting deeply, inserting bytes
 * that are not UTF-8 and prototype keys, plus arbitrary JSON and bytes. Whatever comes in: no
 * exception, a Result with a known error code, and nothing written unless the file is a valid workshop.
 */
const runs = 1000;
const tempDir = useTempDirs('groundwork-fuzz-');
const encoder = new TextEncoder();
const validText = serializeWorkshop(sampleWorkshop({ id: 'fuzz-base', itemsPerStage: 1 }));
const valid = JSON.parse(validText) as unknown;

/** Every path to a value inside `value`, for picking where to break it. */
function paths(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...prefix, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
  return out;
}
const allPaths = paths(valid).filter((p) => p.length > 0);

/** A copy of the valid document with the value at `at` replaced. */
function replaced(at: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(valid) as Record<string | number, unknown>;
  let node: Record<string | number, unknown> = copy;
  for (const key of at.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[at.at(-1) ?? ''] = value;
  return copy;
}

const nested = (depth: number): unknown => {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { deeper: value };
  return value;
};

const strange = fc.oneof(
  fc.constant(null),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.string({ maxLength: 20 }),
  fc.constant('x'.repeat(250_000)),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 3 }),
  fc.integer({ min: 65, max: 400 }).map(nested),
);

const pathArb = fc.constantFrom(...allPaths);
const textOf = (v: unknown) => JSON.stringify(v);

/** One input file, as bytes, and what made it. */
const fileArb: fc.Arbitrary<{ kind: string; bytes: Uint8Array }> = fc.oneof(
  fc.nat({ max: validText.length }).map((n) => ({ kind: 'truncated', bytes: encoder.encode(validText.slice(0, n)) })),
  fc.tuple(pathArb, strange).map(([at, v]) => ({ kind: 'wrong value', bytes: encoder.encode(textOf(replaced(at, v))) })),
  fc.tuple(pathArb, fc.constantFrom('__proto__', 'constructor', 'prototype')).map(([at, key]) => {
    // JSON.parse makes "__proto__" an own key, as a file on disk would.
    const text = textOf(replaced(at, { placeholder: 1 })).replace('"placeholder":1', `"${key}":{"polluted":true}`);
    return { kind: 'prototype key', bytes: encoder.encode(text) };
  }),
  fc.tuple(fc.nat({ max: validText.length }), fc.constantFrom([0xff], [0xc3, 0x28], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xe2, 0x82])).map(([at, bad]) => {
    const bytes = encoder.encode(validText);
    const cut = Math.min(at, bytes.length);
    return { kind: 'invalid UTF-8', bytes: new Uint8Array([...bytes.subarray(0, cut), ...bad, ...bytes.subarray(cut)]) };
  }),
  fc.tuple(fc.constantFrom('schemaVersion', 'id', 'stages', 'currentStageId'), strange).map(([key, v]) => ({ kind: `top-level ${key}`, bytes: encoder.encode(textOf({ ...(valid as object), [key]: v })) })),
  fc.integer({ min: 1_000, max: 20_000 }).map((depth) => ({ kind: 'deep nesting', bytes: encoder.encode(`${'['.repeat(depth)}${']'.repeat(depth)}`) })),
  fc.jsonValue({ maxDepth: 4 }).map((v) => ({ kind: 'arbitrary JSON', bytes: encoder.encode(JSON.stringify(v)) })),
  fc.uint8Array({ maxLength: 300 }).map((bytes) => ({ kind: 'arbitrary bytes', bytes })),
  fc.constant({ kind: 'valid', bytes: encoder.encode(validText) }),
);

async function listing(dir: string): Promise<string[]> {
  return (await fsp.readdir(dir, { recursive: true }).catch(() => [] as string[])).sort();
}

function expectResult(result: Result<OpenedWorkshop>): void {
  expect(typeof result.ok).toBe('boolean');
  if (result.ok) expect(workshopSchema.safeParse(result.value.doc).success).toBe(true);
  else expect(errorCodes).toContain(result.error.code);
}

describe('import fuzzing', () => {
  it(`answers ${runs} generated and mutated files with a Result, and writes only valid workshops`, async () => {
    const dir = await tempDir();
    const store = createWorkshopStore(path.join(dir, 'workshops'), { log: () => undefined });
    const files = new Map<string, string>();
    const history = new Map<string, string>();
    const host = createMemoryHost(files, undefined, history);
    const seen = new Map<string, number>();
    let imported = 0;

    await fc.assert(
      fc.asyncProperty(fileArb, async ({ kind, bytes }) => {
        seen.set(kind, (seen.get(kind) ?? 0) + 1);
        const before = await listing(dir);
        const result = await store.files.importBytes(bytes);
        expectResult(result);
        const hostResult = await host.importFile({ bytes: bytes as Uint8Array<ArrayBuffer> });
        expectResult(hostResult);
        expect(hostResult.ok).toBe(result.ok);
        if (!result.ok) {
          expect(await listing(dir), `${kind}: a refused import wrote something`).toEqual(before);
          expect(files.size + history.size).toBe(0);
          return;
        }
        imported++;
        // Accepted: the file holds exactly what was validated; clean up for the next run.
        const id = result.value.doc.id;
        const written = await fsp.readFile(path.join(store.dir, `${id}.groundwork`), 'utf8');
        expect(JSON.parse(written)).toEqual(result.value.doc);
        await store.remove(id);
        files.clear();
        history.clear();
      }),
      { numRuns: runs, seed: Number(process.env.GW_FUZZ_SEED ?? Date.now() % 1_000_000) },
    );
    console.log(`import fuzzing: ${runs} files, ${imported} valid and imported; by kind: ${JSON.stringify(Object.fromEntries(seen))}`);
    expect(({}) as Record<string, unknown>).not.toHaveProperty('polluted');
  }, 120_000);
});
