import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Workshop } from '../../../../shared/model/workshop';
import { workshopSchema } from '../../../../shared/model/workshop';
import { definedIds, reIdWorkshop, sampleWorkshops } from '../../../../shared/samples';
import { chineseWorkshop } from '../../../mocks/chinese-workshop';
import { bankWorkshop } from '../bank-workshop';
import { danglingReferences, references } from './references';

/** Workshops with every kind of link: the two samples and the fixtures of other suites. */
const workshops: [string, () => Workshop][] = [...sampleWorkshops.map((s) => [s.id, s.build] as [string, () => Workshop]), ['bank fixture', bankWorkshop], ['chinese fixture', chineseWorkshop]];

/** A generator of ids that are fresh and valid: a prefix no original id has, then a counter. */
const idMaker = (prefix: string) => {
  let n = 0;
  return () => `${prefix}${(n++).toString(36)}`;
};

describe.each(workshops)('re-id of %s', (_name, build) => {
  const original = build();

  it('gives every defined id a fresh value and keeps every link pointing at the same item', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/), (raw) => {
        const copy = reIdWorkshop(original, idMaker(`x${raw}-`));
        expect(workshopSchema.safeParse(copy).success).toBe(true);
        const before = definedIds(original);
        const after = definedIds(copy);
        expect(after).toHaveLength(before.length);
        expect(new Set(after).size).toBe(after.length);
        const old = new Set(before);
        expect(after.filter((id) => old.has(id))).toEqual([]);
        expect(danglingReferences(copy)).toEqual([]);
        // The same item at the same place: mapping the new ids back gives the original exactly.
        const back = new Map(after.map((id, i) => [id, before[i]!]));
        expect(restore(copy, back)).toStrictEqual(original);
      }),
      { numRuns: 20 },
    );
  });

  it('changes ids only: every reference is rewritten, texts stay as they were', () => {
    const copy = reIdWorkshop(original, idMaker('n'));
    const before = references(original);
    const after = references(copy);
    expect(after.map((r) => r.path)).toEqual(before.map((r) => r.path));
    expect(after.filter((r, i) => r.id === before[i]!.id)).toEqual([]);
    const texts = (doc: Workshop) => JSON.stringify(doc).match(/"(text|title|markdown|rationale|description)":"[^"]*"/g);
    expect(texts(copy)).toEqual(texts(original));
  });

  it('leaves the original untouched', () => {
    const snapshot = JSON.stringify(original);
    reIdWorkshop(original, idMaker('m'));
    expect(JSON.stringify(original)).toBe(snapshot);
  });
});

it('does not take a text or an enum value for an id, even when one equals an id', () => {
  const doc = sampleWorkshops[0]!.build();
  const participant = doc.participants[0]!;
  const tricky: Workshop = { ...doc, participants: [{ ...participant, id: 'cards', name: 'cards' }, ...doc.participants.slice(1)] };
  const copy = reIdWorkshop(tricky, idMaker('t'));
  expect(copy.participants[0]).toMatchObject({ name: 'cards' });
  expect(copy.participants[0]!.id).not.toBe('cards');
  expect(copy.stages[0]!.kind).toBe('cards');
  expect(workshopSchema.safeParse(copy).success).toBe(true);
});

/** Replaces ids by value wherever they occur (as values or as keys): test-only inverse of re-id. */
function restore(doc: Workshop, back: Map<string, string>): Workshop {
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return back.get(v) ?? v;
    if (Array.isArray(v)) return v.map(walk);
    if (typeof v === 'object' && v !== null) return Object.fromEntries(Object.entries(v).map(([k, x]) => [back.get(k) ?? k, walk(x)]));
    return v;
  };
  return walk(doc) as Workshop;
}
