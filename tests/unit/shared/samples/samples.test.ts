import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateMatrix } from '../../../../shared/matrix';
import { parseWorkshopText, serializeWorkshop } from '../../../../shared/model/codec';
import type { Stage, StageKind, StageOf, Workshop } from '../../../../shared/model/workshop';
import { SCHEMA_VERSION, workshopSchema } from '../../../../shared/model/workshop';
import { llmLandingStages } from '../../../../shared/model/templates';
import { sampleWorkshops } from '../../../../shared/samples';
import { feasibilityCall } from '../../../../shared/scorecard/verdict';
import { danglingReferences } from './references';

const cjk = /[\u4e00-\u9fff]/;

function stage<K extends StageKind>(doc: Workshop, key: string, kind: K): StageOf<K> {
  const s = doc.stages.find((x: Stage) => x.templateKey === key);
  if (!s || s.kind !== kind) throw new Error(`no ${kind} stage "${key}"`);
  return s as StageOf<K>;
}

describe.each(sampleWorkshops.map((s) => [s.id, s] as const))('sample %s', (_id, sample) => {
  const doc = sample.build();

  it('is a valid current-version document, through the same read path as a file', () => {
    expect(workshopSchema.safeParse(doc).success).toBe(true);
    const decoded = parseWorkshopText(serializeWorkshop(doc));
    expect(decoded.ok && decoded.value.fromVersion).toBe(SCHEMA_VERSION);
    expect(decoded.ok && decoded.value.doc).toStrictEqual(doc);
  });

  it('is the committed file in samples/ (run `node --import tsx scripts/write-samples.ts` after a change)', () => {
    const text = readFileSync(new URL(`../../../../samples/${sample.file}`, import.meta.url), 'utf8');
    expect(text).toBe(serializeWorkshop(doc));
    const decoded = parseWorkshopText(text);
    expect(decoded.ok).toBe(true);
  });

  it('is deterministic and in its stated language', () => {
    expect(sample.build()).toStrictEqual(doc);
    expect(doc.language).toBe(sample.language);
    const text = doc.stages.flatMap((s) => ('cards' in s ? s.cards.map((c) => c.text) : [])).join('');
    if (sample.language === 'zh-CN') expect(text).toMatch(cjk);
    else expect(text).not.toMatch(cjk);
  });

  it('follows the nine-stage template, every stage worked on, no timer left running', () => {
    expect(doc.stages.map((s) => s.templateKey)).toEqual(llmLandingStages.map((t) => t.key));
    for (const s of doc.stages) {
      expect(s.example, s.title).toBeTruthy();
      expect(s.timer.runningSince, s.title).toBeNull();
      expect(s.timer.elapsedMs / 60_000, s.title).toBeGreaterThan(s.timeboxMinutes * 0.7);
      expect(s.timer.elapsedMs / 60_000, s.title).toBeLessThan(s.timeboxMinutes * 1.3);
    }
    expect(doc.participants.length).toBeGreaterThanOrEqual(5);
    expect(doc.participants.length).toBeLessThanOrEqual(8);
    expect(doc.parkingLot.length).toBeGreaterThan(0);
    expect(doc.decisions.length).toBeGreaterThan(0);
  });

  it('has every reference pointing at an item of the right kind', () => {
    expect(danglingReferences(doc)).toEqual([]);
  });

  it('has scenarios with beneficiary, KPI, baseline and target', () => {
    const scenarios = stage(doc, 'scenario', 'cards');
    expect(scenarios.cards.length).toBeGreaterThanOrEqual(3);
    for (const c of scenarios.cards) for (const key of ['beneficiary', 'metric', 'baseline', 'target']) expect(c.fields[key], `${c.id}.${key}`).toBeTruthy();
  });

  it('has 10–15 pain points with persona, context, evidence, severity, frequency, cluster, placement, and votes within budget', () => {
    const pains = stage(doc, 'pain-points', 'cards');
    expect(pains.cards.length).toBeGreaterThanOrEqual(10);
    expect(pains.cards.length).toBeLessThanOrEqual(15);
    const frequencies = pains.fields.find((f) => f.key === 'frequency')?.options ?? [];
    for (const c of pains.cards) {
      for (const key of ['persona', 'context', 'evidence']) expect(c.fields[key], `${c.id}.${key}`).toBeTruthy();
      expect(c.fields.severity).toMatch(/^[1-5]$/);
      expect(frequencies).toContain(c.fields.frequency);
      expect(c.groupId).not.toBeNull();
      expect(c.placement).not.toBeNull();
      expect(c.hidden).toBe(false);
    }
    expect(pains.voting.revealed).toBe(true);
    const spent = new Map<string, number>();
    for (const v of pains.voting.votes) {
      expect(v.count).toBeLessThanOrEqual(pains.voting.maxPerCard);
      spent.set(v.participantId, (spent.get(v.participantId) ?? 0) + v.count);
    }
    for (const [who, n] of spent) expect(n, who).toBeLessThanOrEqual(pains.voting.budget);
  });

  it('has a matrix of 4 options × 8 criteria, consistent pairwise weights, one knock-out, every cell scored with a rationale', () => {
    const m = stage(doc, 'technology', 'matrix');
    expect(m.options).toHaveLength(4);
    expect(m.criteria).toHaveLength(8);
    expect(new Set(m.criteria.map((c) => c.direction))).toEqual(new Set(['benefit', 'cost']));
    expect(m.criteria.filter((c) => c.scale === 'measured').length).toBeGreaterThanOrEqual(2);
    expect(m.criteria.filter((c) => c.knockout !== null)).toHaveLength(1);
    expect(m.scores).toHaveLength(32);
    for (const s of m.scores) expect(s.rationale, `${s.optionId}/${s.criterionId}`).toBeTruthy();
    const result = evaluateMatrix(m);
    expect(result.pairwise?.cr).toBeLessThanOrEqual(0.1);
    expect(result.excluded).toHaveLength(1);
    expect(result.ranking).toHaveLength(3);
    const adr = doc.adrs.find((a) => a.matrixStageId === m.id);
    const chosen = adr?.options.find((o) => o.id === adr.chosenOptionId);
    expect(chosen?.matrixOptionId, 'ADR-0001 records the matrix winner').toBe(result.ranking[0]?.optionId);
  });

  it('has architecture notes with Mermaid flowcharts, ADRs, data cards and training notes', () => {
    const arch = stage(doc, 'architecture', 'notes');
    const markdown = arch.sections.map((s) => s.markdown).join('\n');
    expect(markdown.match(/```mermaid\nflowchart/g)?.length).toBeGreaterThanOrEqual(1);
    expect(doc.adrs.length).toBeGreaterThanOrEqual(1);
    expect(doc.adrs[0]?.options.every((o) => o.matrixOptionId !== null)).toBe(true);
    const data = stage(doc, 'data', 'cards');
    expect(data.cards.length).toBeGreaterThanOrEqual(4);
    for (const c of data.cards) for (const key of ['owner', 'reliability', 'quality', 'privacy', 'labelling']) expect(c.fields[key], `${c.id}.${key}`).toBeTruthy();
    expect(stage(doc, 'training', 'notes').sections.length).toBeGreaterThanOrEqual(2);
  });

  it('ends in a pilot with a full pilot plan, 6–8 risks across categories, 6–10 actions with owners and dates', () => {
    const feasibility = stage(doc, 'feasibility', 'scorecard');
    expect(feasibility.dimensions.map((d) => d.key)).toEqual(['business-fit', 'data', 'team', 'compute-cost', 'compliance']);
    for (const d of feasibility.dimensions) expect(d.evidence && d.score && d.status, d.key).toBeTruthy();
    expect(feasibilityCall(feasibility).verdict).toBe('pilot');
    for (const value of Object.values(feasibility.pilot)) expect(value).toBeTruthy();
    const risks = stage(doc, 'risks', 'risks').risks;
    expect(risks.length).toBeGreaterThanOrEqual(6);
    expect(risks.length).toBeLessThanOrEqual(8);
    expect(new Set(risks.map((r) => r.category)).size).toBeGreaterThanOrEqual(5);
    for (const r of risks) expect(r.likelihood && r.impact && r.owner && r.mitigation, r.id).toBeTruthy();
    const plan = stage(doc, 'actions', 'actions');
    expect(plan.actions.length).toBeGreaterThanOrEqual(6);
    expect(plan.actions.length).toBeLessThanOrEqual(10);
    for (const a of plan.actions) expect(a.owner && a.due, a.id).toBeTruthy();
    expect(plan.monitoring.length).toBeGreaterThan(0);
    expect(plan.feedbackChannels && plan.cadence).toBeTruthy();
  });
});

describe('the samples together', () => {
  it('share no ids, so both can be open side by side', () => {
    const [a, b] = sampleWorkshops.map((s) => new Set(JSON.stringify(s.build()).match(/"id":"[^"]+"/g)));
    expect([...(a ?? [])].filter((id) => b?.has(id))).toEqual([]);
  });
});
