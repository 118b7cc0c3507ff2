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

  it('v1 → v2 adds timers, card fields from the template, groups, voting and the logs, keeping every text', () => {
    const text = readFileSync(fixture(1), 'utf8');
    const raw = JSON.parse(text) as { stages: { kind: string; cards?: { text: string }[] }[] };
    const result = parseWorkshopText(text);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const doc = result.value.doc;
    expect(doc.parkingLot).toEqual([]);
    expect(doc.decisions).toEqual([]);
    for (const stage of doc.stages) expect(stage.timer).toEqual({ elapsedMs: 0, runningSince: null, extraMinutes: 0 });
    const pain = doc.stages.find((s) => s.templateKey === 'pain-points');
    if (pain?.kind !== 'cards') throw new Error('no pain-points cards stage');
    expect(pain.fields.map((f) => f.label)).toEqual(['用户角色', '使用场景', '现有习惯', '严重程度（1–5）', '频率', '证据 / 原话']);
    expect(pain.voting).toEqual({ budget: 3, maxPerCard: 3, revealed: false, votes: [] });
    expect(pain.blind).toBe(false);
    for (const card of pain.cards) {
      expect(card).toMatchObject({ fields: {}, groupId: null, placement: null, hidden: false, authorId: null });
    }
    const oldTexts = raw.stages.flatMap((s) => (s.cards ?? []).map((c) => c.text));
    const newTexts = doc.stages.flatMap((s) => (s.kind === 'cards' ? s.cards.map((c) => c.text) : []));
    expect(newTexts).toEqual(oldTexts);
    expect(oldTexts.length).toBeGreaterThan(3);
    expect(result.value.fromVersion).toBe(1);
  });

  it('v2 → v3 gives the matrix, scorecard, risks and actions their full shape, keeping every text', () => {
    const text = readFileSync(fixture(2), 'utf8');
    const result = parseWorkshopText(text);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value.fromVersion).toBe(2);
    const doc = result.value.doc;
    expect(doc.adrs).toEqual([]);
    const matrix = doc.stages.find((s) => s.kind === 'matrix');
    if (matrix?.kind !== 'matrix') throw new Error('no matrix stage');
    expect(matrix.options.map((o) => o.name)).toEqual(['Qwen2.5-72B 私有化部署', 'RAG + 7B 小模型']);
    expect(matrix.criteria[0]).toEqual({
      id: 'v2-crit-privacy',
      name: '数据隐私',
      description: '客户信息不得离开行内网络',
      direction: 'benefit',
      scale: 'rating',
      unit: '',
      knockout: null,
      libraryKey: null,
      linkedCardIds: [],
    });
    expect(matrix.weighting).toEqual({ mode: 'direct', direct: {}, pairwise: [] });
    const risks = doc.stages.find((s) => s.kind === 'risks');
    expect(risks?.kind === 'risks' && risks.risks[0]).toMatchObject({ title: '模型“幻觉”给出错误利率', category: 'custom', status: 'open', likelihood: null });
    const actions = doc.stages.find((s) => s.kind === 'actions');
    if (actions?.kind !== 'actions') throw new Error('no actions stage');
    // An ISO due date is kept; a free-text one moves into the title instead of being lost.
    expect(actions.actions.map((a) => [a.title, a.due, a.status])).toEqual([
      ['选 20 名坐席试点两周', '2025-04-30', 'todo'],
      ['完成个人信息影响评估 (四月底)', '', 'todo'],
    ]);
    const scorecard = doc.stages.find((s) => s.kind === 'scorecard');
    expect(scorecard?.kind === 'scorecard' && scorecard.pilot.scope).toBe('');
  });

  it('v2 → v3 keeps a free-text due date even on a title at the length limit, and the file still opens', () => {
    const raw = JSON.parse(readFileSync(fixture(2), 'utf8')) as { stages: Record<string, unknown>[] };
    const long = '确认'.repeat(249);
    const stages = raw.stages.map((s) => (s.kind === 'actions' ? { ...s, actions: [{ id: 'v2-a-long', title: long, owner: '李娜', due: '四月底' }] } : s));
    const result = parseWorkshopText(JSON.stringify({ ...raw, stages }));
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const actions = result.value.doc.stages.find((s) => s.kind === 'actions');
    const title = actions?.kind === 'actions' ? actions.actions[0]?.title : undefined;
    expect(title).toHaveLength(500);
    expect(title).toBe(`${long.slice(0, 493)}… (四月底)`);
  });

  it('a cards stage that did not come from the template gets no fields', () => {
    const raw = JSON.parse(readFileSync(fixture(1), 'utf8')) as { stages: Record<string, unknown>[] };
    const custom = { ...raw, stages: raw.stages.map((s, i) => (i === 0 ? { ...s, templateKey: undefined } : s)) };
    const result = parseWorkshopText(JSON.stringify(custom));
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const first = result.value.doc.stages[0];
    expect(first?.kind === 'cards' && first.fields).toEqual([]);
  });

  it('a migrated document saves and reads back unchanged', () => {
    const result = parseWorkshopText(readFileSync(fixture(1), 'utf8'));
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const again = parseWorkshopText(serializeWorkshop(result.value.doc));
    expect(again.ok && again.value).toEqual({ doc: result.value.doc, fromVersion: SCHEMA_VERSION });
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
