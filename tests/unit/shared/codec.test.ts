import { describe, expect, it } from 'vitest';
import { decodeWorkshop, parseWorkshopText, serializeWorkshop } from '../../../shared/model/codec';
import { limits } from '../../../shared/model/limits';
import { SCHEMA_VERSION } from '../../../shared/model/workshop';
import { bankWorkshop } from './bank-workshop';

const validText = () => serializeWorkshop(bankWorkshop());

/** The bank workshop as the parsed JSON a file would give, to break on purpose. */
function rawBank() {
  return JSON.parse(validText()) as Record<string, unknown> & {
    stages: Array<Record<string, unknown> & { cards?: Array<Record<string, unknown>> }>;
  };
}

/** `levels` arrays nested in one another around 0: `[[0]]` for 2. */
function nestedArrays(levels: number): unknown {
  let value: unknown = 0;
  for (let i = 0; i < levels; i++) value = [value];
  return value;
}

describe('parseWorkshopText: not JSON', () => {
  it('reports a file cut off in the middle (a truncated copy) as not-json', () => {
    const text = validText();
    const result = parseWorkshopText(text.slice(0, Math.floor(text.length / 2)));
    expect(result).toMatchObject({ ok: false, error: { code: 'not-json' } });
    if (!result.ok) expect(result.error.detail).toBeTruthy();
  });

  it.each([
    ['an empty file', ''],
    ['only a BOM', '\uFEFF'],
    ['plain text', '智能客服落地工作坊'],
    ['JSON with a trailing comma', '{"schemaVersion": 1,}'],
  ])('reports %s as not-json', (_name, text) => {
    expect(parseWorkshopText(text)).toMatchObject({ ok: false, error: { code: 'not-json' } });
  });

  it.each([
    ['null', 'null'],
    ['an array', '[]'],
    ['a number', '1'],
    ['a string', '"workshop"'],
  ])('reports JSON that is %s as invalid', (_name, text) => {
    expect(parseWorkshopText(text)).toMatchObject({ ok: false, error: { code: 'invalid' } });
  });
});

describe('parseWorkshopText: size', () => {
  it('rejects more than limits.fileBytes of ASCII as too-large, before parsing', () => {
    const result = parseWorkshopText('x'.repeat(limits.fileBytes + 1));
    expect(result).toMatchObject({ ok: false, error: { code: 'too-large' } });
    if (!result.ok) expect(result.error.detail).toContain('50 MB');
  });

  it('counts UTF-8 bytes, not characters: Chinese text over the limit in bytes is too-large', () => {
    // 3 bytes per character in UTF-8: about 52 MB, though only 17.5 million characters.
    const chars = Math.ceil(limits.fileBytes / 3) + 10;
    expect(chars).toBeLessThan(limits.fileBytes);
    expect(parseWorkshopText('中'.repeat(chars))).toMatchObject({ ok: false, error: { code: 'too-large' } });
  });

  it('lets a file of exactly limits.fileBytes through to the JSON parser', () => {
    expect(parseWorkshopText('x'.repeat(limits.fileBytes))).toMatchObject({ ok: false, error: { code: 'not-json' } });
  });
});

describe('structure: forbidden keys and depth', () => {
  it.each(['__proto__', 'constructor', 'prototype'])('rejects a "%s" key with its path', (key) => {
    const text = validText().replace('"id": "c-aht",', `"${key}": { "polluted": true }, "id": "c-aht",`);
    // JSON.parse makes "__proto__" an own property, so it is found like any other key.
    expect(Object.keys((JSON.parse(text) as { stages: Array<{ cards: object[] }> }).stages[0]!.cards[0]!)).toContain(key);
    const result = parseWorkshopText(text);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid', path: `stages.0.cards.0.${key}` } });
    if (!result.ok) expect(result.error.detail).toContain(key);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects a forbidden key at the top level', () => {
    const text = validText().replace('{\n', '{\n  "__proto__": {},\n');
    expect(parseWorkshopText(text)).toMatchObject({ ok: false, error: { code: 'invalid', path: '__proto__' } });
  });

  it('accepts 64 levels of nesting and rejects 65', () => {
    // The document object is level 1; `extra` (an unknown field, dropped if accepted) adds the rest.
    const at64 = { ...rawBank(), extra: nestedArrays(63) };
    expect(parseWorkshopText(JSON.stringify(at64)).ok).toBe(true);
    const at65 = { ...rawBank(), extra: nestedArrays(64) };
    const result = parseWorkshopText(JSON.stringify(at65));
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid' } });
    if (!result.ok) {
      expect(result.error.detail).toContain('64');
      expect(result.error.path).toMatch(/^extra(\.0)+$/);
    }
  });

  it('rejects very deep nesting (100,000 levels) with an error, not a crash', () => {
    const text = `{"schemaVersion":1,"extra":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    expect(parseWorkshopText(text)).toMatchObject({ ok: false, error: { code: 'invalid', path: `extra${'.0'.repeat(64)}` } });
  });
});

describe('field limits', () => {
  it('rejects a card text longer than limits.textChars with its path', () => {
    const raw = rawBank();
    raw.stages[1]!.cards![0]!.text = '痛'.repeat(limits.textChars + 1);
    const result = parseWorkshopText(JSON.stringify(raw));
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid', path: 'stages.1.cards.0.text' } });
  });

  it('accepts a card text of exactly limits.textChars', () => {
    const raw = rawBank();
    raw.stages[1]!.cards![0]!.text = '痛'.repeat(limits.textChars);
    expect(parseWorkshopText(JSON.stringify(raw)).ok).toBe(true);
  });

  it('rejects a title longer than limits.shortChars with its path', () => {
    const raw = rawBank();
    raw.title = '智'.repeat(limits.shortChars + 1);
    expect(parseWorkshopText(JSON.stringify(raw))).toMatchObject({ ok: false, error: { code: 'invalid', path: 'title' } });
  });

  it('rejects more stages than limits.stages', () => {
    const raw = rawBank();
    const first = raw.stages[0]!;
    raw.stages = Array.from({ length: limits.stages + 1 }, (_, i) => ({ ...first, id: `s-${i}`, cards: [] }));
    raw.currentStageId = 's-0';
    expect(parseWorkshopText(JSON.stringify(raw))).toMatchObject({ ok: false, error: { code: 'invalid', path: 'stages' } });
  });
});

describe('schemaVersion', () => {
  it('reports a newer version as newer-version, naming both versions', () => {
    const raw = { ...rawBank(), schemaVersion: SCHEMA_VERSION + 1 };
    const result = parseWorkshopText(JSON.stringify(raw));
    expect(result).toMatchObject({ ok: false, error: { code: 'newer-version', path: 'schemaVersion' } });
    if (!result.ok) expect(result.error.detail).toContain(String(SCHEMA_VERSION + 1));
  });

  it.each([
    ['missing', undefined],
    ['a string', '1'],
    ['zero', 0],
    ['a fraction', 1.5],
    ['negative', -1],
  ])('reports a schemaVersion that is %s as invalid', (_name, version) => {
    const raw: Record<string, unknown> = rawBank();
    if (version === undefined) delete raw.schemaVersion;
    else raw.schemaVersion = version;
    expect(parseWorkshopText(JSON.stringify(raw))).toMatchObject({ ok: false, error: { code: 'invalid', path: 'schemaVersion' } });
  });
});

describe('decodeWorkshop', () => {
  it('validates an already parsed object (the IndexedDB and IPC path) the same way', () => {
    expect(decodeWorkshop(rawBank())).toEqual({ ok: true, value: { doc: bankWorkshop(), fromVersion: SCHEMA_VERSION } });
    const raw = rawBank();
    raw.stages[1]!.cards![2]!.text = 'x'.repeat(limits.textChars + 1);
    expect(decodeWorkshop(raw)).toMatchObject({ ok: false, error: { code: 'invalid', path: 'stages.1.cards.2.text' } });
  });

  it('does not mutate the object it is given', () => {
    const raw = rawBank();
    const copy = structuredClone(raw);
    (raw as Record<string, unknown>).extra = 1;
    (copy as Record<string, unknown>).extra = 1;
    decodeWorkshop(raw);
    expect(raw).toStrictEqual(copy);
  });
});
