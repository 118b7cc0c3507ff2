import { describe, expect, it } from 'vitest';
import type { StageOf, Workshop } from '../../../shared/model/workshop';
import { buildHandout, handoutSectionList } from '../../../renderer/src/export/pdf/build-handout';
import type { Block, HandoutOptions, HandoutSection } from '../../../renderer/src/export/pdf/handout';
import { chineseMethodWorkshop, mermaidSources } from '../../mocks/chinese-method-workshop';
import { diagramPng } from './png-encode';

/** The method boards in the handout, as blocks: matrix result, ADRs, feasibility, risks, actions, diagrams. */
const options: HandoutOptions = { language: 'en', preset: 'handout', paper: 'a4', generatedAt: '2026-01-16T10:00:00.000+08:00' };
type Of<K extends Block['kind']> = Extract<Block, { kind: K }>;
const ofKind = <K extends Block['kind']>(section: HandoutSection | undefined, kind: K): Of<K>[] => (section?.blocks ?? []).filter((b): b is Of<K> => b.kind === kind);
const cellText = (cell: unknown) => (typeof cell === 'string' ? cell : (cell as { text: string }).text);
const sectionOf = (doc: Workshop, kind: string, o: HandoutOptions = options) => buildHandout(doc, o).sections.find((s) => s.title === doc.stages.find((x) => x.kind === kind)?.title);
const withStage = <K extends 'scorecard' | 'risks'>(doc: Workshop, kind: K, change: (s: StageOf<K>) => StageOf<K>): Workshop => ({
  ...doc,
  stages: doc.stages.map((s) => (s.kind === kind ? change(s as StageOf<K>) : s)),
});

describe('the handout’s sections', () => {
  it('put the architecture decisions right after the architecture stage, in the contents of both presets', () => {
    const doc = chineseMethodWorkshop();
    const keys = handoutSectionList(doc, options).map((s) => s.key);
    const architecture = doc.stages.find((s) => s.templateKey === 'architecture');
    expect(keys.indexOf('adrs')).toBe(keys.indexOf(`stage:${architecture?.id}`) + 1);
    expect(handoutSectionList(doc, { ...options, preset: 'full' }).map((s) => s.key)).toContain('adrs');
    expect(handoutSectionList({ ...doc, adrs: [] }, options).map((s) => s.key)).not.toContain('adrs');
  });

  it('open with the key outcomes: the recommended option, the call, the highest risks, the ADRs and open actions', () => {
    const summary = buildHandout(chineseMethodWorkshop(), options).sections[0];
    const outcomes = ofKind(summary, 'keyValue')[1]?.pairs;
    expect(outcomes?.map((p) => p.key)).toEqual(['Recommended option', 'Feasibility call', 'Highest risks', 'Architecture decisions', 'Open actions']);
    expect(outcomes?.map((p) => p.value)).toEqual([
      'Qwen2.5-72B-Instruct 私有化部署 (63%)',
      'Pilot first',
      '模型幻觉导致错误承诺 (15); 坐席不信任模型答案 (12); 录音转写泄露个人信息 (10)',
      '2 recorded, 1 accepted',
      '3 of 4; next due 28 February 2026',
    ]);
  });
});

describe('the decision matrix', () => {
  const section = sectionOf(chineseMethodWorkshop(), 'matrix');

  it('says who won, ranks the options and charts every total, the knocked-out one greyed with why', () => {
    expect(ofKind(section, 'paragraph')[1]?.text).toBe('Qwen2.5-72B-Instruct 私有化部署 ranks first with 63% of the best possible score. Next: GLM-4-9B + RAG (58%).');
    const [ranking, knockouts] = ofKind(section, 'table');
    expect(ranking?.rows.map((r) => r.map(cellText))).toEqual([
      ['1', 'Qwen2.5-72B-Instruct 私有化部署', '63%'],
      ['2', 'GLM-4-9B + RAG', '58%'],
    ]);
    const [totals] = ofKind(section, 'totals');
    expect(totals?.bars.map((b) => [b.label, b.text, b.muted ?? false, b.note ?? ''])).toEqual([
      ['Qwen2.5-72B-Instruct 私有化部署', '63%', false, ''],
      ['GLM-4-9B + RAG', '58%', false, ''],
      ['DeepSeek-V3 API', expect.any(String), true, 'knocked out'],
    ]);
    expect(knockouts?.rows.map((r) => r.map(cellText))).toEqual([['DeepSeek-V3 API', '数据隐私: 2 is below the must-have minimum of 4']]);
  });

  it('draws the ranked options on a radar with one axis per criterion, and says how far each weight may move', () => {
    const [radar] = ofKind(section, 'radar');
    expect(radar?.axes).toEqual(['回答准确率', '数据隐私', '首字延迟', '总体拥有成本']);
    expect(radar?.series.map((s) => s.label)).toEqual(['Qwen2.5-72B-Instruct 私有化部署', 'GLM-4-9B + RAG']);
    const sensitivity = ofKind(section, 'table').at(-1);
    expect(sensitivity?.columns.map((c) => c.header)).toEqual(['Criterion', 'Weight', 'Winner holds?']);
    expect(sensitivity?.rows.map((r) => cellText(r[2]))).toEqual(['flips at −6% → GLM-4-9B + RAG', 'robust', 'flips at +4% → GLM-4-9B + RAG', 'flips at +13% → GLM-4-9B + RAG']);
  });
});

describe('the feasibility call', () => {
  it('boxes the verdict with the rule’s reason, and lists each dimension with its score, RAG as a word and a colour, and evidence', () => {
    const section = sectionOf(chineseMethodWorkshop(), 'scorecard');
    const [callout] = ofKind(section, 'callout');
    expect(callout).toMatchObject({ tone: 'warn', label: 'Feasibility call', title: 'Pilot first' });
    expect(callout?.lines).toEqual(['Two or more dimensions are amber (数据充足性与质量, 团队能力): pilot first.']);
    const [dimensions] = ofKind(section, 'table');
    expect(dimensions?.rows[1]?.map(cellText).slice(0, 3)).toEqual(['数据充足性与质量', '3/5', 'amber']);
    expect(dimensions?.rows[1]?.[2]).toEqual({ text: 'amber', swatch: expect.stringMatching(/^#/) });
    expect(ofKind(section, 'keyValue').at(-1)?.pairs.map((p) => p.key)).toEqual(['Scope', 'Success metrics', 'Duration', 'Data', 'Team', 'Exit criteria']);
  });

  it('shows an override as the call that stands, with the rule’s call and the room’s reason', () => {
    const doc = withStage(chineseMethodWorkshop(), 'scorecard', (s) => ({ ...s, override: { verdict: 'go', reason: '业务方愿意承担数据风险。' } }));
    const [callout] = ofKind(sectionOf(doc, 'scorecard', { ...options, language: 'zh-CN' }), 'callout');
    expect(callout?.title).toBe('推进（Go）');
    expect(callout?.tone).toBe('good');
    expect(callout?.lines.at(-1)).toBe('现场推翻了规则结论（规则结论为“先试点（Pilot）”）。理由：业务方愿意承担数据风险。');
  });

  it('has no call while a dimension is unassessed, and says which', () => {
    const doc = withStage(chineseMethodWorkshop(), 'scorecard', (s) => ({ ...s, dimensions: s.dimensions.map((d, i) => (i === 2 ? { ...d, score: null, status: null } : d)) }));
    const [callout] = ofKind(sectionOf(doc, 'scorecard'), 'callout');
    expect(callout).toMatchObject({ tone: 'neutral', title: 'No call yet', lines: ['Not every dimension is assessed yet: 团队能力.'] });
  });
});

describe('the risk register', () => {
  it('lists the risks by likelihood × impact, unrated last, and maps the open ones on the 5 × 5 grid', () => {
    const section = sectionOf(chineseMethodWorkshop(), 'risks');
    const [register] = ofKind(section, 'table');
    expect(register?.rows.map((r) => [cellText(r[1]), cellText(r[3])])).toEqual([
      ['模型幻觉导致错误承诺', '15 = 3 × 5'],
      ['坐席不信任模型答案', '12 = 4 × 3'],
      ['录音转写泄露个人信息', '10 = 2 × 5'],
      ['Explainability for auditors', '8 = 4 × 2'],
      ['GPU 资源不足', '6 = 2 × 3'],
      ['向量库单点故障', '4 = 2 × 2'],
      ['备案要求尚不明确', '—'],
    ]);
    const [map] = ofKind(section, 'heatmap');
    // counts[impact − 1][likelihood − 1]; the closed risk (2 × 2) is not on the map.
    expect(map?.counts[4]?.[2]).toBe(1);
    expect(map?.counts[2]?.[3]).toBe(1);
    expect(map?.counts[1]?.[1]).toBe(0);
    expect(map?.counts.flat().reduce((a, b) => a + b, 0)).toBe(5);
    expect(map?.legend.map((l) => l.label)).toEqual(['Low (1–4)', 'Medium (5–9)', 'High (10–16)', 'Critical (20–25)']);
    expect(ofKind(section, 'paragraph').at(-1)?.text).toBe('Not in the map, not rated yet: 备案要求尚不明确. Closed risks are not in the map.');
  });
});

describe('the actions', () => {
  it('list each action with owner, due date and status, then the monitoring plan, feedback channels and cadence', () => {
    const section = sectionOf(chineseMethodWorkshop(), 'actions', { ...options, language: 'zh-CN' });
    const [actions, monitoring] = ofKind(section, 'table');
    expect(actions?.rows[1]?.map(cellText)).toEqual(['2', '搭建 vLLM 推理服务与监控', 'Hanna Schmidt', '2026年2月28日', '进行中']);
    expect(monitoring?.columns.map((c) => c.header)).toEqual(['指标', '阈值', '监控人']);
    expect(monitoring?.rows[0]).toEqual(['平均处理时长（AHT）', '> 5 分钟连续 3 天', '赵敏']);
    expect(ofKind(section, 'keyValue').at(-1)?.pairs.map((p) => p.key)).toEqual(['反馈渠道', '复盘节奏']);
  });
});

describe('the architecture decisions', () => {
  it('show each ADR by number with status, context, drivers, the options with their place in the matrix, the decision and consequences', () => {
    const section = buildHandout(chineseMethodWorkshop(), options).sections.find((s) => s.key === 'adrs');
    expect(section?.title).toBe('Architecture decisions');
    expect(ofKind(section, 'heading').filter((h) => h.level === 2).map((h) => h.text)).toEqual([
      'ADR-0001  选用 Qwen2.5-72B 私有化部署作为基座模型',
      'ADR-0002  试点阶段只做检索增强，不做微调',
    ]);
    expect(ofKind(section, 'keyValue')[0]?.pairs).toEqual([
      { key: 'Status', value: 'accepted' },
      { key: 'Date', value: '15 January 2026' },
      { key: 'Deciders', value: '李雷, Hanna Schmidt, 周杰' },
    ]);
    expect(ofKind(section, 'list')[0]?.items).toEqual(['回答准确率', '数据隐私', '一期预算 80 万元以内。']);
    const [considered] = ofKind(section, 'table');
    expect(considered?.columns.map((c) => c.header)).toEqual(['Option', 'In the matrix', 'Pros', 'Cons']);
    expect(considered?.rows.map((r) => [cellText(r[0]), cellText(r[1])])).toEqual([
      ['Qwen2.5-72B-Instruct 私有化部署\n(chosen)', 'rank 1, 63%'],
      ['DeepSeek-V3 API', 'knocked out'],
      ['GLM-4-9B + RAG', 'rank 2, 58%'],
    ]);
    expect(ofKind(section, 'heading').filter((h) => h.level === 4).map((h) => h.text)).toEqual(['Context', 'Decision drivers', 'Options considered', 'Decision', 'Consequences', 'Context', 'Decision', 'Consequences']);
  });
});

describe('the notes’ diagrams', () => {
  const image = { bytes: diagramPng(), format: 'PNG' as const, width: 480, height: 120 };
  const figures = (o: HandoutOptions) => ofKind(sectionOf(chineseMethodWorkshop({ brokenDiagram: true }), 'notes', o), 'figure');

  it('become figures from the pictures drawn before the export, numbered and captioned with their note', () => {
    const drawn = figures({ ...options, diagrams: [{ source: `\n${mermaidSources.flow}\n`, image }, { source: mermaidSources.sequence, image }] });
    expect(drawn.map((f) => f.caption)).toEqual(['Diagram 1 · 数据存储与访问', 'Diagram 2 · 推理流程', 'Diagram 3 · 草图']);
    expect(drawn.slice(0, 2).map((f) => f.image)).toEqual([image, image]);
  });

  it('get a labelled placeholder with the start of their source when they failed or were not drawn', () => {
    const [flow, , broken] = figures({ ...options, diagrams: [{ source: mermaidSources.broken, error: 'Parse error on line 2' }] });
    expect(broken).toMatchObject({ image: null, placeholder: { label: 'Diagram 3 could not be drawn: Parse error on line 2', detail: mermaidSources.broken } });
    expect(flow?.image).toBeNull();
    expect(flow?.placeholder?.label).toBe('Diagram 1 is not drawn in this export (it was made without a browser); its source:');
  });
});
