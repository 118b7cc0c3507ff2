import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseWorkshopText } from '../../../shared/model/codec';
import { findDuplicateKey } from '../../../shared/model/duplicate-keys';

/** A hand-edited file with a key written twice: JSON.parse would keep the last without a word. */
const sample = readFileSync(new URL('../../../samples/智能客服落地.groundwork', import.meta.url), 'utf8');

describe('a key written twice in one object', () => {
  it('is refused with its path, instead of opening the workshop without its stages', () => {
    const edited = sample.replace(/\n}\n$/, ',\n  "stages": []\n}\n');
    expect(JSON.parse(edited).stages).toEqual([]);
    const result = parseWorkshopText(edited);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toEqual({ code: 'invalid', path: 'stages', detail: '"stages" appears twice in one object' });
  });

  it('is found deep inside, through arrays, escapes and braces inside strings', () => {
    const text = JSON.stringify({ stages: [{ id: 's1', cards: [{ id: 'c1', text: '{"a":1,"a":2} \\" , [' }] }] }).replace('"text":', '"te\\u0078t":"x","text":');
    expect(findDuplicateKey(text)).toEqual({ path: 'stages.0.cards.0.text', key: 'text' });
  });

  it('leaves equal keys in different objects, and the real samples, alone', () => {
    expect(findDuplicateKey('[{"id":"a"},{"id":"b"}]')).toBeNull();
    expect(findDuplicateKey('{"a":{"b":1},"b":{"a":2}}')).toBeNull();
    expect(findDuplicateKey(sample)).toBeNull();
    expect(parseWorkshopText(sample).ok).toBe(true);
  });
});
