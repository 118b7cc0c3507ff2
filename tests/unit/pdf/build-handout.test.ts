import { describe, expect, it } from 'vitest';
import type { Workshop } from '../../../shared/model/workshop';
import { buildHandout } from '../../../renderer/src/export/pdf/build-handout';
import type { Block, HandoutOptions } from '../../../renderer/src/export/pdf/handout';
import { chineseWorkshop } from '../../mocks/chinese-workshop';

const options: HandoutOptions = { language: 'en', preset: 'handout', paper: 'a4', generatedAt: '2026-01-16T10:00:00.000+08:00' };
const tables = (blocks: Block[]) => blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');
const cellText = (cell: unknown) => (typeof cell === 'string' ? cell : (cell as { text: string }).text);

describe('buildHandout', () => {
  it('makes a summary and one numbered section per stage, in the handout language', () => {
    const doc = chineseWorkshop();
    const handout = buildHandout(doc, { ...options, language: 'zh-CN', marking: ' 内部资料 ', organisation: '' });
    expect(handout.sections.map((s) => s.title)).toEqual(['执行摘要', ...doc.stages.map((s) => s.title)]);
    expect(handout.sections.slice(1).map((s) => s.number)).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09']);
    expect(handout.marking).toBe('内部资料');
    expect(handout.organisation).toBeUndefined();
    expect(handout.cover.facts[0]).toEqual({ label: '日期', value: '2026年1月15日' });
  });

  it('lists the most-voted cluster and card first in the handout, board order in the full record', () => {
    const base = chineseWorkshop();
    // Board order: least-voted first.
    const doc = { ...base, stages: base.stages.map((s) => (s.kind === 'cards' && s.templateKey === 'pain-points' ? { ...s, cards: [...s.cards].reverse() } : s)) };
    const painIndex = doc.stages.findIndex((s) => s.templateKey === 'pain-points') + 1;
    const votesColumn = (preset: HandoutOptions['preset']) => {
      // One table per cluster, numbered throughout.
      return tables(buildHandout(doc, { ...options, preset }).sections[painIndex]?.blocks ?? []).flatMap((table) => {
        const col = table.columns.findIndex((c) => c.header === 'Votes');
        return table.rows.map((r) => [Number(cellText(r[0])), Number(cellText(r[col]))]);
      });
    };
    expect(votesColumn('handout')).toEqual([[1, 5], [2, 4], [3, 3], [4, 2], [5, 1], [6, 0]]);
    // Clusters in board order (知识获取 5+4, 用户沟通 3+2, 管理与合规 1+0), cards in board order inside each.
    expect(votesColumn('full')).toEqual([[1, 4], [2, 5], [3, 2], [4, 3], [5, 0], [6, 1]]);
  });

  it('shows fields the model gains later, and leaves out references, bookkeeping and hidden cards', () => {
    const base = chineseWorkshop();
    const notesStage = base.stages.find((s) => s.kind === 'notes');
    if (!notesStage) throw new Error('the template has a notes stage');
    const { sections: _sections, ...notes } = notesStage;
    // A checklist (a board without a view of its own) whose items a later schema gives an owner and links to actions.
    const items = [{ id: 'c1', text: '客服工单库（2023–2025，约 48 万条）', done: true, owner: '王芳', actionIds: ['x1'] }];
    const doc = { ...base, stages: [...base.stages, { ...notes, id: 'checklist-1', title: '数据清单', kind: 'checklist', items }] } as Workshop;
    const stages = doc.stages.map((stage) => {
      if (stage.kind === 'cards' && stage.templateKey === 'scenario') {
        return { ...stage, cards: stage.cards.map((c, i) => ({ ...c, hidden: i === 0, fields: { ...c.fields, roiMonths: '9' } })) };
      }
      return stage;
    });
    const handout = buildHandout({ ...doc, stages } as Workshop, options);
    const checklist = tables(handout.sections.find((s) => s.title === doc.stages.find((x) => x.kind === 'checklist')?.title)?.blocks ?? [])[0];
    // New fields show up as columns by themselves; the links (actionIds) do not.
    expect(checklist?.columns.map((c) => c.header)).toEqual(['#', 'Text', 'Done', 'Owner']);
    expect(checklist?.rows[0]?.map(cellText)).toEqual(['1', '客服工单库（2023–2025，约 48 万条）', 'yes', '王芳']);
    const scenario = tables(handout.sections[1]?.blocks ?? [])[0];
    expect(scenario?.rows).toHaveLength(3);
    expect(scenario?.rows.flat().map(cellText).join('\n')).toContain('Roi months: 9');
    expect(scenario?.rows.flat().map(cellText).join('\n')).not.toContain('坐席平均处理时长');
  });
});
