import { afterAll, describe, expect, it } from 'vitest';
import type { StageOf, Workshop } from '../../../shared/model/workshop';
import { buildHandout, handoutSectionList } from '../../../renderer/src/export/pdf/build-handout';
import { axisScale } from '../../../renderer/src/export/pdf/draw-chart';
import { spreadPoints } from '../../../renderer/src/export/pdf/draw-placement';
import type { Block, HandoutOptions, HandoutSection } from '../../../renderer/src/export/pdf/handout';
import { renderHandout } from '../../../renderer/src/export/pdf/render-handout';
import { chineseWorkshop } from '../../mocks/chinese-workshop';
import { nodeFonts } from '../../mocks/pdf-fonts';
import { pdfPages, qpdfCheck, squash, tempDir, writePdf } from './pdf-tools';

/** What the handout shows of the cards boards (clusters, votes, the 2×2) and of the logs, built and drawn. */
const options: HandoutOptions = { language: 'zh-CN', preset: 'handout', paper: 'a4', generatedAt: '2026-01-16T10:00:00.000+08:00' };
const tmp = tempDir('gw-content-');
afterAll(() => tmp.remove());

type Of<K extends Block['kind']> = Extract<Block, { kind: K }>;
const ofKind = <K extends Block['kind']>(section: HandoutSection | undefined, kind: K): Of<K>[] =>
  (section?.blocks ?? []).filter((b): b is Of<K> => b.kind === kind);
const painStage = (doc: Workshop) => doc.stages.find((s): s is StageOf<'cards'> => s.kind === 'cards' && s.templateKey === 'pain-points');
const painSection = (doc: Workshop, o: HandoutOptions = options) => buildHandout(doc, o).sections.find((s) => s.title === painStage(doc)?.title);
const cellText = (cell: unknown) => (typeof cell === 'string' ? cell : (cell as { text: string }).text);
const withPainStage = (doc: Workshop, change: (s: StageOf<'cards'>) => StageOf<'cards'>): Workshop => ({
  ...doc,
  stages: doc.stages.map((s) => (s.kind === 'cards' && s.templateKey === 'pain-points' ? change(s) : s)),
});

describe('a cards board in the handout', () => {
  it('has a table per cluster under the cluster’s name, with its cards and votes, most-voted first', () => {
    const section = painSection(chineseWorkshop());
    expect(ofKind(section, 'heading').filter((h) => h.level === 3).map((h) => h.text)).toEqual([
      '知识获取（2 张卡片，9 票）',
      '用户沟通（2 张卡片，5 票）',
      '管理与合规（2 张卡片，1 票）',
    ]);
    expect(ofKind(section, 'table').map((t) => t.rows.length)).toEqual([2, 2, 2]);
    expect(ofKind(section, 'table')[0]?.columns.map((c) => c.header)).not.toContain('分组');
    const english = painSection(chineseWorkshop(), { ...options, language: 'en' });
    expect(ofKind(english, 'heading').find((h) => h.level === 3)?.text).toBe('知识获取 · 2 cards · 9 votes');
  });

  it('puts cards in no cluster last, under “not grouped”; a board without clusters has one table and no sub-headings', () => {
    const loose = withPainStage(chineseWorkshop(), (s) => ({ ...s, cards: s.cards.map((c, i) => (i === 0 ? { ...c, groupId: null } : c)) }));
    expect(ofKind(painSection(loose), 'heading').filter((h) => h.level === 3).map((h) => h.text).at(-1)).toBe('未分组（1 张卡片，5 票）');
    const none = withPainStage(chineseWorkshop(), (s) => ({ ...s, groups: [], cards: s.cards.map((c) => ({ ...c, groupId: null })) }));
    expect(ofKind(painSection(none), 'heading').filter((h) => h.level === 3)).toEqual([]);
    expect(ofKind(painSection(none), 'table')).toHaveLength(1);
  });

  it('draws the impact × effort 2×2 with a dot per placed card, numbered as in the tables, and names each quadrant’s cards', () => {
    const section = painSection(chineseWorkshop());
    const [chart] = ofKind(section, 'placement');
    expect(chart?.quadrants).toEqual(['速赢', '重大投入', '得不偿失', '顺手做']);
    expect(chart?.points.map((p) => [p.label, p.x, p.y])).toEqual([
      ['1', 0.35, 0.8],
      ['2', 0.3, 0.9],
      ['3', 0.2, 0.55],
      ['4', 0.6, 0.7],
      ['5', 0.25, 0.3],
      ['6', 0.8, 0.45],
    ]);
    const numbered = new Map(ofKind(section, 'table').flatMap((t) => t.rows.map((r) => [cellText(r[0]), cellText(r[1])])));
    const legend = ofKind(section, 'keyValue').at(-1);
    expect(legend?.pairs.map((p) => p.key)).toEqual(['速赢', '重大投入', '顺手做', '得不偿失']);
    // Quick wins by impact: card 2 (0.9), 1 (0.8), 3 (0.55) — the same cards as rows 2, 1, 3 of the tables.
    expect(legend?.pairs[0]?.value).toBe(['2', '1', '3'].map((n) => `${n}. ${numbered.get(n)}`).join('\n'));
  });

  it('has no 2×2 when no card is placed', () => {
    const unplaced = withPainStage(chineseWorkshop(), (s) => ({ ...s, cards: s.cards.map((c) => ({ ...c, placement: null })) }));
    expect(ofKind(painSection(unplaced), 'placement')).toEqual([]);
  });

  it('shows dot votes only once the facilitator revealed them: no votes column, no vote chart in the summary', () => {
    const hidden = withPainStage(chineseWorkshop(), (s) => ({ ...s, voting: { ...s.voting, revealed: false } }));
    const handout = buildHandout(hidden, options);
    for (const table of handout.sections.flatMap((s) => ofKind(s, 'table'))) expect(table.columns.map((c) => c.header)).not.toContain('票数');
    expect(ofKind(handout.sections[0], 'heading').map((h) => h.text)).toContain('重点卡片');
    expect(ofKind(handout.sections[0], 'chart').map((c) => c.title)).toEqual(['各环节条目数']);
    const revealed = buildHandout(chineseWorkshop(), options).sections[0];
    expect(ofKind(revealed, 'heading').map((h) => h.text)).toContain('得票最多的痛点');
    expect(ofKind(revealed, 'chart')[1]?.bars.map((b) => b.value)).toEqual([5, 4, 3, 2, 1]);
  });
});

describe('the sections', { timeout: 60_000 }, () => {
  it('lists what each preset makes, by key: the decision log and parking lot in the full record', () => {
    const doc = chineseWorkshop();
    const stageKeys = doc.stages.map((s) => `stage:${s.id}`);
    expect(handoutSectionList(doc, { preset: 'handout', language: 'en' }).map((s) => s.key)).toEqual(['summary', ...stageKeys]);
    const full = handoutSectionList(doc, { preset: 'full', language: 'zh-CN' });
    expect(full.map((s) => s.key)).toEqual(['summary', ...stageKeys, 'decisions', 'parkingLot']);
    expect(full[1]).toEqual({ key: stageKeys[0], number: '01', title: doc.stages[0]?.title });
    expect(full.at(-1)).toEqual({ key: 'parkingLot', title: '停车场' });
    expect(handoutSectionList({ ...doc, decisions: [], parkingLot: [] }, { preset: 'full', language: 'en' }).map((s) => s.key)).toEqual(['summary', ...stageKeys]);
  });

  it('leaves out the sections the export dialog unticked, keeping the stages’ own numbers', () => {
    const doc = chineseWorkshop();
    const handout = buildHandout(doc, { ...options, preset: 'full', excludedSections: ['summary', `stage:${doc.stages[1]?.id}`, 'parkingLot'] });
    expect(handout.sections.map((s) => s.number ?? s.key)).toEqual(['01', '03', '04', '05', '06', '07', '08', '09', 'decisions']);
  });

  it('gives the decision log and the parking lot a table with the stage and the time of each entry', () => {
    const doc = chineseWorkshop();
    const [decisions] = ofKind(buildHandout(doc, { ...options, preset: 'full', language: 'en' }).sections.find((s) => s.key === 'decisions'), 'table');
    expect(decisions?.columns.map((c) => c.header)).toEqual(['#', 'Decision', 'Stage', 'Recorded']);
    expect(decisions?.rows).toEqual([
      ['1', '技术选型：Qwen2.5-72B-Instruct 私有化部署 + RAG（ADR-001）。', '技术选型', '15 January 2026 09:30'],
      ['2', 'Pilot first: four weeks with the Shanghai team before any roll-out.', '', '15 January 2026 15:40'],
    ]);
    const [parked] = ofKind(buildHandout(doc, { ...options, preset: 'full' }).sections.find((s) => s.key === 'parkingLot'), 'table');
    expect(parked?.rows).toEqual([['1', '是否需要支持粤语语音？下次工作坊再议。', '应用场景与价值点', '2026年1月15日 09:30']]);
  });

  it('draws all of it: the cover names every participant, the 2×2 its quadrants and dots', () => {
    const doc = chineseWorkshop();
    const result = renderHandout(buildHandout(doc, { ...options, preset: 'full' }), nodeFonts());
    const file = writePdf(tmp.file('content.pdf'), result.bytes);
    expect(qpdfCheck(file).status).toBe(0);
    const pages = pdfPages(file).map(squash);
    for (const p of doc.participants) expect(pages[0]).toContain(squash(`${p.name}${p.role}`));
    const chartPage = pages.find((p) => p.includes('影响×投入')) ?? '';
    for (const text of ['速赢', '重大投入', '顺手做', '得不偿失', '影响', '投入']) expect(chartPage).toContain(text);
    expect(pages.join('')).toContain(squash('速赢2.知识库搜索不准'));
  });
});

describe('the charts’ arithmetic', () => {
  it('gives a bar chart’s axis whole-number ticks for whole numbers (votes), and round ones otherwise', () => {
    expect(axisScale([5, 4, 3])).toEqual({ max: 6, step: 2 });
    expect(axisScale([1])).toEqual({ max: 1, step: 1 });
    expect(axisScale([7])).toEqual({ max: 8, step: 2 });
    expect(axisScale([36])).toEqual({ max: 40, step: 10 });
    expect(axisScale([12.5, 3])).toEqual({ max: 15, step: 5 });
    expect(axisScale([0.9])).toEqual({ max: 1, step: 0.25 });
    expect(axisScale([0, 0])).toEqual({ max: 1, step: 1 });
  });

  it('spreads 2×2 dots that would cover each other, inside the plot', () => {
    const box = { left: 0, top: 0, right: 100, bottom: 100 };
    const spots = spreadPoints(Array.from({ length: 6 }, () => ({ x: 0, y: 0 })), 15, box);
    for (const [i, a] of spots.entries()) {
      expect(a.x).toBeGreaterThanOrEqual(0);
      expect(a.y).toBeGreaterThanOrEqual(0);
      for (const b of spots.slice(i + 1)) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(15);
    }
    expect(spreadPoints([{ x: 10, y: 10 }, { x: 80, y: 80 }], 15, box)).toEqual([{ x: 10, y: 10 }, { x: 80, y: 80 }]);
  });
});
