import { describe, expect, it } from 'vitest';
import type { CustomTemplate } from '../../../shared/model/custom-template';
import {
  parseTemplateBytes,
  parseTemplateText,
  serializeTemplate,
  templateFileName,
  templateFromWorkshop,
  workshopFromTemplate,
} from '../../../shared/model/custom-template';
import { limits } from '../../../shared/model/limits';
import type { Stage, StageOf, Workshop } from '../../../shared/model/workshop';
import { workshopSchema } from '../../../shared/model/workshop';
import { sampleWorkshops } from '../../../shared/samples';
import { definedIds } from '../../../shared/samples/re-id';

/** The custom template format: what a template keeps of a workshop, its file, and its read path. */
const chineseSample = (): Workshop => {
  const sample = sampleWorkshops.find((s) => s.id === 'customer-service-zh');
  if (!sample) throw new Error('no Chinese sample');
  return sample.build();
};
const now = '2026-03-02T08:00:00.000Z';
const counter = (prefix: string) => {
  let n = 0;
  return () => `${prefix}${++n}`;
};
const stageOf = <K extends Stage['kind']>(doc: Workshop, kind: K) => doc.stages.filter((s): s is StageOf<K> => s.kind === kind);
const makeTemplate = (doc = chineseSample()) => templateFromWorkshop(doc, { name: '  银行客服落地模板  ', description: '含本行评估标准', now, makeId: counter('t') });
const encode = (text: string) => new TextEncoder().encode(text);

describe('templateFromWorkshop', () => {
  it('keeps the agenda and the reusable content of the Chinese sample, in Chinese, with fresh ids', () => {
    const doc = chineseSample();
    const template = makeTemplate(doc);
    expect(template).toMatchObject({ format: 'groundwork-template', formatVersion: 1, name: '银行客服落地模板', description: '含本行评估标准', language: 'zh-CN', createdAt: now });
    expect(workshopSchema.safeParse(template.workshop).success).toBe(true);
    const stages = template.workshop.stages;
    expect(stages.map((s) => [s.kind, s.title, s.goal, s.prompts, s.example, s.timeboxMinutes, s.templateKey])).toEqual(
      doc.stages.map((s) => [s.kind, s.title, s.goal, s.prompts, s.example, s.timeboxMinutes, s.templateKey]),
    );
    expect(stages.map((s) => s.title)).toContain('用户调研与痛点分析');
    // No id of the room's workshop survives: a template is not a copy of that workshop.
    const original = new Set(definedIds(doc));
    expect(definedIds(template.workshop).filter((id) => original.has(id))).toEqual([]);
    expect(template.workshop.currentStageId).toBe(stages[0]?.id);
    expect(template.workshop.title).toBe('银行客服落地模板');
  });

  it('drops what the room produced and keeps criteria, weights, fields, clusters, sections, dimensions', () => {
    const doc = chineseSample();
    const template = makeTemplate(doc);
    const t = template.workshop;
    // The sample holds room work everywhere: the test would not show anything otherwise.
    expect(stageOf(doc, 'cards').flatMap((s) => s.cards).length).toBeGreaterThan(10);
    expect(stageOf(doc, 'matrix').flatMap((s) => s.options).length).toBeGreaterThan(0);
    expect(doc.adrs.length + doc.participants.length).toBeGreaterThan(0);

    for (const [i, s] of stageOf(t, 'cards').entries()) {
      const from = stageOf(doc, 'cards')[i];
      expect(s.cards).toEqual([]);
      expect(s.voting.votes).toEqual([]);
      expect(s.voting.revealed).toBe(false);
      expect(s.fields).toEqual(from?.fields);
      expect(s.groups.map((g) => g.title)).toEqual(from?.groups.map((g) => g.title));
    }
    const [matrix] = stageOf(t, 'matrix');
    const [sourceMatrix] = stageOf(doc, 'matrix');
    expect(matrix?.options).toEqual([]);
    expect(matrix?.scores).toEqual([]);
    expect(matrix?.blindScoring).toEqual({ active: false, revealed: false, scores: [] });
    expect(matrix?.criteria.map((c) => [c.name, c.direction, c.scale, c.unit, c.knockout])).toEqual(sourceMatrix?.criteria.map((c) => [c.name, c.direction, c.scale, c.unit, c.knockout]));
    expect(matrix?.criteria.every((c) => c.linkedCardIds.length === 0)).toBe(true);
    // Pairwise judgements follow the criteria's new ids.
    const names = (m: typeof matrix, id: string) => m?.criteria.find((c) => c.id === id)?.name;
    expect(matrix?.weighting.mode).toBe('pairwise');
    expect(matrix?.weighting.pairwise.map((p) => [names(matrix, p.a), names(matrix, p.b), p.value])).toEqual(
      sourceMatrix?.weighting.pairwise.map((p) => [names(sourceMatrix, p.a), names(sourceMatrix, p.b), p.value]),
    );

    expect(stageOf(t, 'notes').map((s) => s.sections.map((x) => [x.title, x.markdown]))).toEqual(stageOf(doc, 'notes').map((s) => s.sections.map((x) => [x.title, x.markdown])));
    for (const s of stageOf(t, 'checklist')) expect(s.items.every((item) => !item.done)).toBe(true);
    const [scorecard] = stageOf(t, 'scorecard');
    expect(scorecard?.dimensions.map((d) => d.name)).toEqual(stageOf(doc, 'scorecard')[0]?.dimensions.map((d) => d.name));
    expect(scorecard?.dimensions.every((d) => d.score === null && d.status === null && d.evidence === '')).toBe(true);
    expect(scorecard?.override).toBeNull();
    expect(Object.values(scorecard?.pilot ?? {}).every((v) => v === '')).toBe(true);
    for (const s of stageOf(t, 'risks')) expect(s.risks).toEqual([]);
    for (const s of stageOf(t, 'actions')) expect([s.actions, s.monitoring, s.feedbackChannels, s.cadence]).toEqual([[], [], '', '']);
    expect([t.participants, t.parkingLot, t.decisions, t.adrs]).toEqual([[], [], [], []]);
    expect(t.stages.every((s) => s.timer.elapsedMs === 0 && s.timer.runningSince === null && s.timer.extraMinutes === 0)).toBe(true);
  });
});

describe('workshopFromTemplate', () => {
  it('makes a new workshop at its first stage, with fresh ids and the links inside kept', () => {
    const template = makeTemplate();
    const doc = workshopFromTemplate(template, { title: '第二场：理赔客服', now: '2026-04-01T01:00:00.000Z', makeId: counter('n') });
    expect(workshopSchema.safeParse(doc).success).toBe(true);
    expect(doc).toMatchObject({ title: '第二场：理赔客服', createdAt: '2026-04-01T01:00:00.000Z', updatedAt: '2026-04-01T01:00:00.000Z', language: 'zh-CN' });
    expect(doc.currentStageId).toBe(doc.stages[0]?.id);
    const templateIds = new Set(definedIds(template.workshop));
    expect(definedIds(doc).filter((id) => templateIds.has(id))).toEqual([]);
    const [matrix] = stageOf(doc, 'matrix');
    // The sample weighs its criteria pairwise: every judgement still names two criteria of the new workshop.
    const criteria = new Set(matrix?.criteria.map((c) => c.id));
    expect(matrix?.weighting.pairwise.length).toBeGreaterThan(5);
    expect(matrix?.weighting.pairwise.every((p) => criteria.has(p.a) && criteria.has(p.b))).toBe(true);
    expect(stageOf(doc, 'cards').flatMap((s) => s.cards)).toEqual([]);
  });
});

describe('template file', () => {
  it('round-trips through its text and its UTF-8 bytes, the envelope first', () => {
    const template = makeTemplate();
    const text = serializeTemplate(template);
    expect(text.startsWith('{\n  "format": "groundwork-template",\n  "formatVersion": 1,\n  "name": "银行客服落地模板"')).toBe(true);
    expect(parseTemplateText(text)).toEqual({ ok: true, value: template });
    expect(parseTemplateBytes(encode(`\ufeff${text}`))).toEqual({ ok: true, value: template });
  });

  it('strips room work from a hand-made file too, so no workshop made from it inherits cards', () => {
    const doc = chineseSample();
    const template = makeTemplate();
    const smuggled: CustomTemplate = { ...template, workshop: { ...doc, currentStageId: doc.stages[3]?.id ?? null } };
    const parsed = parseTemplateText(serializeTemplate(smuggled));
    expect(parsed.ok && stageOf(parsed.value.workshop, 'cards').flatMap((s) => s.cards)).toEqual([]);
    expect(parsed.ok && parsed.value.workshop.participants).toEqual([]);
    expect(parsed.ok && parsed.value.workshop.currentStageId).toBe(doc.stages[0]?.id);
  });

  it('refuses truncated, hostile, foreign, newer and oversize files with the right error', () => {
    const text = serializeTemplate(makeTemplate());
    const code = (input: string | Uint8Array) => {
      const result = typeof input === 'string' ? parseTemplateText(input) : parseTemplateBytes(input);
      return result.ok ? 'ok' : result.error.code;
    };
    expect(code(text.slice(0, Math.floor(text.length / 2)))).toBe('not-json');
    expect(code(text.replace('"name": "银行客服落地模板"', '"__proto__": {"polluted": true}, "name": "x"'))).toBe('invalid');
    expect(code(text.replace('"adrs": []', '"adrs": [], "constructor": {"prototype": {}}'))).toBe('invalid');
    expect(code(text.replace('"name": "银行客服落地模板"', '"name": "   "'))).toBe('invalid');
    expect(code(text.replace('"name": "银行客服落地模板"', `"name": "${'长'.repeat(limits.shortChars + 1)}"`))).toBe('invalid');
    expect(code(text.replace(/"title": "用户调研与痛点分析"/, `"title": ${JSON.stringify('x'.repeat(limits.shortChars + 1))}`))).toBe('invalid');
    expect(code(text.replace('"formatVersion": 1', '"formatVersion": 2'))).toBe('newer-version');
    expect(code(text.replace('"schemaVersion": 3', '"schemaVersion": 99'))).toBe('newer-version');
    expect(code(JSON.stringify(chineseSample()))).toBe('not-template');
    expect(code('{"hello": "world"}')).toBe('not-template');
    expect(code('[1, 2, 3]')).toBe('not-template');
    expect(code(`${'['.repeat(100)}${']'.repeat(100)}`)).toBe('invalid');
    expect(code(Uint8Array.from([0x7b, 0xff, 0xfe, 0x7d]))).toBe('not-json');
    expect(code(new Uint8Array(limits.fileBytes + 1))).toBe('too-large');
    expect(code(' '.repeat(limits.fileBytes + 1))).toBe('too-large');
  });

  it('says where in the workshop a schema error is', () => {
    const text = serializeTemplate(makeTemplate()).replace('"timeboxMinutes": ', '"timeboxMinutes": -');
    const result = parseTemplateText(text);
    expect(result.ok ? null : result.error).toMatchObject({ code: 'invalid', path: 'workshop.stages.0.timeboxMinutes' });
  });

  it('names its file after the template, safely', () => {
    expect(templateFileName('银行客服落地模板')).toBe('银行客服落地模板.groundwork-template');
    expect(templateFileName('a/b:c?')).toBe('a b c.groundwork-template');
    expect(templateFileName('x.groundwork-template')).toBe('x.groundwork-template');
    expect(templateFileName('   ')).toBe('workshop.groundwork-template');
  });
});
