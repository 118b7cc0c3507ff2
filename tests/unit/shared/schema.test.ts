import { describe, expect, it } from 'vitest';
import { parseWorkshopText, serializeWorkshop } from '../../../shared/model/codec';
import type { Language, Workshop } from '../../../shared/model/workshop';
import { SCHEMA_VERSION, stageKinds, workshopSchema } from '../../../shared/model/workshop';
import { createWorkshop, emptyStage, llmLandingStages } from '../../../shared/model/templates';
import { bankWorkshop } from './bank-workshop';

/** A deterministic id maker, as the renderer passes `newId`. */
function counter(prefix = 'id'): () => string {
  let n = 0;
  return () => `${prefix}-${++n}`;
}

function roundTrip(doc: Workshop): Workshop {
  const result = parseWorkshopText(serializeWorkshop(doc));
  if (!result.ok) throw new Error(`round trip failed: ${JSON.stringify(result.error)}`);
  expect(result.value.fromVersion).toBe(SCHEMA_VERSION);
  return result.value.doc;
}

/** The nine stages of DESIGN.md's default method, in both languages, with their board kinds. */
const designStages: Array<{ en: string; zh: string; kind: string }> = [
  { en: 'Scenario & value points', zh: '应用场景与价值点', kind: 'cards' },
  { en: 'User research & pain points', zh: '用户调研与痛点分析', kind: 'cards' },
  { en: 'Technology selection', zh: '技术选型', kind: 'matrix' },
  { en: 'System architecture', zh: '系统架构设计', kind: 'notes' },
  { en: 'Data collection & cleaning', zh: '数据采集与清洗', kind: 'cards' },
  { en: 'Model training & adaptation', zh: '模型训练与调优', kind: 'notes' },
  { en: 'Feasibility', zh: '可行性评估', kind: 'scorecard' },
  { en: 'Challenges & risks', zh: '挑战与风险', kind: 'risks' },
  { en: 'Continuous optimisation & actions', zh: '持续优化与行动项', kind: 'actions' },
];

describe('serialize → parse round trip', () => {
  it('preserves the bank workshop exactly, Chinese text and all', () => {
    const doc = bankWorkshop();
    expect(roundTrip(doc)).toStrictEqual(doc);
  });

  it('covers every stage kind', () => {
    const kinds = new Set(roundTrip(bankWorkshop()).stages.map((s) => s.kind));
    expect([...kinds].sort()).toEqual([...stageKinds].sort());
  });

  it('preserves emoji outside the BMP (surrogate pairs) and CJK punctuation', () => {
    const doc = bankWorkshop();
    doc.title = '🏦 智能客服落地工作坊 —「试点」😀👩‍💼';
    doc.participants[0]!.name = '𠮷野家 王丽';
    const text = serializeWorkshop(doc);
    expect(text).toContain('𠮷野家');
    const back = roundTrip(doc);
    expect(back.title).toBe('🏦 智能客服落地工作坊 —「试点」😀👩‍💼');
    expect([...back.title][0]).toBe('🏦');
    expect(back.participants[0]?.name.codePointAt(0)).toBe(0x20bb7);
  });

  it('writes UTF-8 JSON text with two-space indentation and a final newline', () => {
    const text = serializeWorkshop(bankWorkshop());
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain(`\n  "schemaVersion": ${SCHEMA_VERSION},`);
    expect(text).toContain('"title": "智能客服落地工作坊"');
  });

  it('accepts a file that starts with a UTF-8 byte-order mark', () => {
    const result = parseWorkshopText(`\uFEFF${serializeWorkshop(bankWorkshop())}`);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.doc.title).toBe('智能客服落地工作坊');
  });

  it('drops unknown fields at every level', () => {
    const raw = JSON.parse(serializeWorkshop(bankWorkshop())) as Record<string, unknown> & { stages: Array<Record<string, unknown> & { cards?: Array<Record<string, unknown>> }> };
    raw.futureField = { a: 1 };
    raw.stages[1]!.dotVotes = { 'c-wait': 3 };
    raw.stages[1]!.cards![0]!.position = { x: 10, y: 20 };
    const result = parseWorkshopText(JSON.stringify(raw));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const doc = result.value.doc;
    expect(doc).not.toHaveProperty('futureField');
    expect(doc.stages[1]).not.toHaveProperty('dotVotes');
    expect(JSON.stringify(doc)).not.toContain('position');
    expect(doc).toStrictEqual(bankWorkshop());
  });
});

describe('createWorkshop', () => {
  const make = (template: 'blank' | 'llm-landing', language: Language) =>
    createWorkshop({ template, title: '智能客服落地工作坊', language, now: '2025-03-18T09:00:00+08:00', makeId: counter() });

  it.each([
    ['en', 'en'],
    ['zh-CN', 'zh'],
  ] as const)('llm-landing in %s has the nine stages of DESIGN.md with their titles and kinds', (language, key) => {
    const doc = make('llm-landing', language);
    expect(doc.stages).toHaveLength(9);
    expect(doc.stages.map((s) => s.title)).toEqual(designStages.map((s) => s[key]));
    expect(doc.stages.map((s) => s.kind)).toEqual(designStages.map((s) => s.kind));
    expect(workshopSchema.safeParse(doc).success).toBe(true);
  });

  it('llm-landing gives goals, prompts and timeboxes in the chosen language', () => {
    const zh = make('llm-landing', 'zh-CN');
    const tech = zh.stages[2]!;
    expect(tech.title).toBe('技术选型');
    expect(tech.templateKey).toBe('technology');
    expect(tech.goal).toMatch(/[\u4e00-\u9fff]/);
    expect(tech.prompts.length).toBeGreaterThan(0);
    for (const stage of zh.stages) {
      expect(stage.goal, stage.title).toMatch(/[\u4e00-\u9fff]/);
      expect(stage.timeboxMinutes).toBeGreaterThan(0);
    }
    const en = make('llm-landing', 'en');
    for (const stage of en.stages) expect(stage.goal, stage.title).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('every template stage has both languages filled in', () => {
    for (const t of llmLandingStages) {
      for (const text of [t.title, t.goal, ...t.prompts]) {
        expect(text.en.trim(), t.key).not.toBe('');
        expect(text['zh-CN'].trim(), t.key).not.toBe('');
      }
    }
  });

  it('starts on the first stage, with unique ids, and survives a round trip', () => {
    const doc = make('llm-landing', 'zh-CN');
    expect(doc.schemaVersion).toBe(SCHEMA_VERSION);
    expect(doc.currentStageId).toBe(doc.stages[0]?.id);
    const allIds = [doc.id, ...doc.stages.map((s) => s.id)];
    expect(new Set(allIds).size).toBe(allIds.length);
    expect(roundTrip(doc)).toStrictEqual(doc);
  });

  it('blank gives one empty cards stage named in the language', () => {
    expect(make('blank', 'zh-CN').stages).toMatchObject([{ kind: 'cards', title: '卡片', cards: [] }]);
    expect(make('blank', 'en').stages).toMatchObject([{ kind: 'cards', title: 'Cards', cards: [] }]);
  });

  it('emptyStage makes a valid empty board of every kind', () => {
    const base = { id: 's-1', title: '空白', goal: '', prompts: [], timeboxMinutes: 10 };
    for (const kind of stageKinds) {
      const doc = { ...bankWorkshop(), stages: [emptyStage(kind, base)], currentStageId: 's-1' };
      expect(workshopSchema.safeParse(doc).success, kind).toBe(true);
      expect(doc.stages[0]).not.toHaveProperty('templateKey');
    }
  });
});

describe('validation', () => {
  function parseRaw(mutate: (raw: ReturnType<typeof rawBank>) => void) {
    const raw = rawBank();
    mutate(raw);
    return parseWorkshopText(JSON.stringify(raw));
  }

  it('rejects a duplicate id with the path of the second use', () => {
    const result = parseRaw((raw) => {
      raw.stages[1]!.cards![0]!.id = 'c-aht';
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid', path: 'stages.1.cards.0.id' } });
    if (!result.ok) expect(result.error.detail).toContain('c-aht');
  });

  it('rejects an id shared between kinds of thing (a card and a stage)', () => {
    const result = parseRaw((raw) => {
      raw.stages[2]!.options![1]!.id = 'st-scenario';
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid', path: 'stages.2.options.1.id' } });
  });

  it('rejects a current stage that does not exist', () => {
    const result = parseRaw((raw) => {
      raw.currentStageId = 'st-gone';
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid', path: 'currentStageId' } });
  });

  it('rejects an unknown stage kind, a bad colour and a bad timestamp with their paths', () => {
    expect(parseRaw((raw) => { raw.stages[3]!.kind = 'whiteboard'; })).toMatchObject({ ok: false, error: { code: 'invalid', path: 'stages.3.kind' } });
    expect(parseRaw((raw) => { raw.stages[0]!.cards![1]!.color = 'red'; })).toMatchObject({ ok: false, error: { code: 'invalid', path: 'stages.0.cards.1.color' } });
    expect(parseRaw((raw) => { raw.updatedAt = '2025年3月18日'; })).toMatchObject({ ok: false, error: { code: 'invalid', path: 'updatedAt' } });
  });

  it('rejects an id with characters outside [A-Za-z0-9_-]', () => {
    expect(parseRaw((raw) => { raw.participants[0]!.id = '王丽'; })).toMatchObject({ ok: false, error: { code: 'invalid', path: 'participants.0.id' } });
  });
});

type RawStage = Record<string, unknown> & {
  kind: string;
  cards?: Array<Record<string, unknown>>;
  options?: Array<Record<string, unknown>>;
};

function rawBank(): Record<string, unknown> & { participants: Array<Record<string, unknown>>; stages: RawStage[] } {
  return JSON.parse(serializeWorkshop(bankWorkshop())) as ReturnType<typeof rawBank>;
}
