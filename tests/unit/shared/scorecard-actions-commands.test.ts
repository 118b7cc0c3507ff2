import { describe, expect, it } from 'vitest';
import { isOverdue, daysUntil } from '../../../shared/actions/due';
import { linkTargets } from '../../../shared/actions/link-targets';
import type { Command } from '../../../shared/commands';
import { applyCommand } from '../../../shared/commands';
import { limits } from '../../../shared/model/limits';
import type { Workshop } from '../../../shared/model/workshop';
import { workshopSchema } from '../../../shared/model/workshop';
import { feasibilityCall } from '../../../shared/scorecard';
import { bankWorkshop, deepFreeze, stageOf } from './bank-workshop';

/** Runs commands on the bank workshop and checks that every result still saves. */
function run(doc: Workshop, ...cmds: Command[]): Workshop {
  const next = cmds.reduce(applyCommand, doc);
  const parsed = workshopSchema.safeParse(next);
  expect(parsed.success, parsed.error?.message).toBe(true);
  return next;
}

const feasibility = (doc: Workshop) => stageOf(doc, 'st-feasibility', 'scorecard');
const actionsOf = (doc: Workshop) => stageOf(doc, 'st-actions', 'actions');
const stageId = 'st-feasibility';
const actions = 'st-actions';
const tooLong = 'x'.repeat(limits.shortChars + 1);
const tooLongText = '长'.repeat(limits.textChars + 1);

/** Each command changes nothing: the very same (frozen) document comes back. */
function expectRefused(...cmds: Command[]) {
  const doc = deepFreeze(bankWorkshop());
  for (const cmd of cmds) expect(applyCommand(doc, cmd), cmd.type).toBe(doc);
}

describe('scorecard commands', () => {
  it('scores the dimensions and the call follows the rule', () => {
    const doc = run(
      deepFreeze(bankWorkshop()),
      { type: 'scorecard/dimension-edit', stageId, dimensionId: 'd-fit', patch: { score: 5, evidence: '得票最高的痛点；AHT 6 → 4 分钟' } },
      { type: 'scorecard/dimension-edit', stageId, dimensionId: 'd-data', patch: { score: 3 } },
      { type: 'scorecard/dimension-edit', stageId, dimensionId: 'd-compliance', patch: { status: 'amber' } },
    );
    expect(feasibility(doc).dimensions[0]).toMatchObject({ score: 5, evidence: expect.stringContaining('AHT') });
    expect(feasibilityCall(feasibility(doc))).toMatchObject({ verdict: 'pilot', rule: { reason: 'ambers' } });
  });

  it('adds a custom dimension at a position, renames, describes, reorders and removes it', () => {
    const dimension = { id: 'd-union', key: 'custom', name: '工会意见', description: '', score: null, status: null, evidence: '' };
    let doc = run(bankWorkshop(), { type: 'scorecard/dimension-add', stageId, dimension, index: 1 });
    expect(feasibility(doc).dimensions.map((d) => d.id)).toEqual(['d-fit', 'd-union', 'd-data', 'd-compliance']);
    doc = run(
      doc,
      { type: 'scorecard/dimension-edit', stageId, dimensionId: 'd-union', patch: { name: '坐席与工会接受度', description: '坐席是否愿意用' } },
      { type: 'scorecard/dimension-move', stageId, dimensionId: 'd-union', toIndex: 99 },
    );
    expect(feasibility(doc).dimensions.at(-1)).toMatchObject({ id: 'd-union', key: 'custom', name: '坐席与工会接受度', description: '坐席是否愿意用' });
    doc = run(doc, { type: 'scorecard/dimension-delete', stageId, dimensionId: 'd-union' });
    expect(feasibility(doc).dimensions.map((d) => d.id)).toEqual(['d-fit', 'd-data', 'd-compliance']);
  });

  it('clears a score and a status back to unassessed', () => {
    let doc = run(bankWorkshop(), { type: 'scorecard/dimension-edit', stageId, dimensionId: 'd-fit', patch: { score: 2, status: 'green' } });
    doc = run(doc, { type: 'scorecard/dimension-edit', stageId, dimensionId: 'd-fit', patch: { score: null, status: null } });
    expect(feasibility(doc).dimensions[0]).toMatchObject({ score: null, status: null });
  });

  it('overrides the rule with a written reason, and clears the override', () => {
    const reason = '合规部确认 PIA 可在试点前完成，先做 20 人试点';
    let doc = run(bankWorkshop(), { type: 'scorecard/override-set', stageId, verdict: 'pilot', reason });
    expect(feasibility(doc).override).toEqual({ verdict: 'pilot', reason });
    expect(feasibilityCall(feasibility(doc)).verdict).toBe('pilot');
    doc = run(doc, { type: 'scorecard/override-clear', stageId });
    expect(feasibility(doc).override).toBeNull();
  });

  it('edits the pilot plan field by field', () => {
    const doc = run(
      bankWorkshop(),
      { type: 'scorecard/pilot-edit', stageId, patch: { scope: '信用卡中心 20 名坐席', duration: '2 周' } },
      { type: 'scorecard/pilot-edit', stageId, patch: { exitCriteria: 'AHT 未下降 10% 即停止' } },
    );
    expect(feasibility(doc).pilot).toMatchObject({ scope: '信用卡中心 20 名坐席', duration: '2 周', exitCriteria: 'AHT 未下降 10% 即停止', team: '' });
  });

  it('refuses over-limit text, bad scores, reasonless overrides and duplicate ids; no-ops return the same document', () => {
    const dup = { id: 'c-wait', key: 'custom', name: '重复', description: '', score: null, status: null, evidence: '' };
    expectRefused(
      { type: 'scorecard/dimension-edit', stageId, dimensionId: 'd-fit', patch: { name: tooLong } },
      { type: 'scorecard/dimension-edit', stageId, dimensionId: 'd-fit', patch: { evidence: tooLongText } },
      { type: 'scorecard/dimension-edit', stageId, dimensionId: 'd-fit', patch: { score: 6 } },
      { type: 'scorecard/dimension-edit', stageId, dimensionId: 'd-fit', patch: { score: 2.5 } },
      { type: 'scorecard/dimension-edit', stageId, dimensionId: 'd-fit', patch: { score: null } },
      { type: 'scorecard/dimension-edit', stageId, dimensionId: 'd-nope', patch: { score: 3 } },
      { type: 'scorecard/dimension-edit', stageId: 'st-actions', dimensionId: 'd-fit', patch: { score: 3 } },
      { type: 'scorecard/dimension-add', stageId, dimension: dup },
      { type: 'scorecard/dimension-move', stageId, dimensionId: 'd-fit', toIndex: -3 },
      { type: 'scorecard/dimension-delete', stageId, dimensionId: 'd-nope' },
      { type: 'scorecard/override-set', stageId, verdict: 'go', reason: '   ' },
      { type: 'scorecard/override-set', stageId, verdict: 'go', reason: tooLongText },
      { type: 'scorecard/override-clear', stageId },
      { type: 'scorecard/pilot-edit', stageId, patch: { duration: tooLong } },
      { type: 'scorecard/pilot-edit', stageId, patch: { scope: '' } },
    );
  });
});

describe('actions commands', () => {
  const action = { id: 'a-kb', title: '清洗知识库过期条目', owner: '张伟', due: '2025-04-10', status: 'todo' as const, linkedIds: ['c-kb', 'r-nope'] };

  it('adds an action, keeping only links to items that exist', () => {
    const doc = run(deepFreeze(bankWorkshop()), { type: 'actions/add', stageId: actions, action, index: 0 });
    expect(actionsOf(doc).actions[0]).toEqual({ ...action, linkedIds: ['c-kb'] });
  });

  it('edits owner, due date and status, reorders and deletes', () => {
    let doc = run(
      bankWorkshop(),
      { type: 'actions/edit', stageId: actions, actionId: 'a-dpia', patch: { owner: '王丽', due: '2025-04-20', status: 'doing' } },
      { type: 'actions/move', stageId: actions, actionId: 'a-dpia', toIndex: 0 },
    );
    expect(actionsOf(doc).actions.map((a) => a.id)).toEqual(['a-dpia', 'a-pilot']);
    expect(actionsOf(doc).actions[0]).toMatchObject({ owner: '王丽', due: '2025-04-20', status: 'doing' });
    doc = run(doc, { type: 'actions/edit', stageId: actions, actionId: 'a-dpia', patch: { due: '' } }, { type: 'actions/delete', stageId: actions, actionId: 'a-pilot' });
    expect(actionsOf(doc).actions).toEqual([expect.objectContaining({ id: 'a-dpia', due: '' })]);
  });

  it('links an action to a pain point, a risk and a matrix option, and unlinks one', () => {
    let doc = run(
      bankWorkshop(),
      { type: 'actions/link', stageId: actions, actionId: 'a-pilot', targetId: 'c-wait' },
      { type: 'actions/link', stageId: actions, actionId: 'a-pilot', targetId: 'r-halluc' },
      { type: 'actions/link', stageId: actions, actionId: 'a-pilot', targetId: 'o-rag' },
    );
    expect(actionsOf(doc).actions[0]?.linkedIds).toEqual(['c-wait', 'r-halluc', 'o-rag']);
    doc = run(doc, { type: 'actions/unlink', stageId: actions, actionId: 'a-pilot', targetId: 'r-halluc' });
    expect(actionsOf(doc).actions[0]?.linkedIds).toEqual(['c-wait', 'o-rag']);
  });

  it('keeps the monitoring plan, feedback channels and cadence', () => {
    const item = { id: 'm-fcr', metric: '一次解决率 FCR', threshold: '< 80%', watcher: '李伟' };
    let doc = run(
      bankWorkshop(),
      { type: 'actions/monitoring-add', stageId: actions, item },
      { type: 'actions/monitoring-edit', stageId: actions, itemId: 'm-fcr', patch: { threshold: '< 78% 连续一周' } },
      { type: 'actions/monitoring-move', stageId: actions, itemId: 'm-fcr', toIndex: 0 },
      { type: 'actions/feedback-edit', stageId: actions, text: '坐席一键反馈；每周质检抽样 200 通' },
      { type: 'actions/cadence-edit', stageId: actions, text: '每两周一次迭代评审' },
    );
    expect(actionsOf(doc)).toMatchObject({
      monitoring: [{ ...item, threshold: '< 78% 连续一周' }, { id: 'm-aht' }],
      feedbackChannels: '坐席一键反馈；每周质检抽样 200 通',
      cadence: '每两周一次迭代评审',
    });
    doc = run(doc, { type: 'actions/monitoring-delete', stageId: actions, itemId: 'm-aht' });
    expect(actionsOf(doc).monitoring.map((m) => m.id)).toEqual(['m-fcr']);
  });

  it('refuses malformed dates, unknown statuses, over-limit text, unknown links and duplicate ids; no-ops return the same document', () => {
    expectRefused(
      { type: 'actions/add', stageId: actions, action: { ...action, id: 'a-pilot' } },
      { type: 'actions/add', stageId: actions, action: { ...action, due: '2025-02-30' } },
      { type: 'actions/edit', stageId: actions, actionId: 'a-pilot', patch: { due: '30/04/2025' } },
      { type: 'actions/edit', stageId: actions, actionId: 'a-pilot', patch: { status: 'blocked' as 'todo' } },
      { type: 'actions/edit', stageId: actions, actionId: 'a-pilot', patch: { title: tooLong } },
      { type: 'actions/edit', stageId: actions, actionId: 'a-pilot', patch: { owner: '王丽（客服中心）', status: 'todo' } },
      { type: 'actions/edit', stageId: actions, actionId: 'a-nope', patch: { status: 'done' } },
      { type: 'actions/move', stageId: actions, actionId: 'a-pilot', toIndex: 0 },
      { type: 'actions/delete', stageId: actions, actionId: 'a-nope' },
      { type: 'actions/link', stageId: actions, actionId: 'a-pilot', targetId: 'c-hidden' },
      { type: 'actions/link', stageId: actions, actionId: 'a-pilot', targetId: 'a-dpia' },
      { type: 'actions/unlink', stageId: actions, actionId: 'a-pilot', targetId: 'c-wait' },
      { type: 'actions/monitoring-add', stageId: actions, item: { id: 'm-aht', metric: '', threshold: '', watcher: '' } },
      { type: 'actions/monitoring-edit', stageId: actions, itemId: 'm-aht', patch: { watcher: tooLong } },
      { type: 'actions/feedback-edit', stageId: actions, text: tooLongText },
      { type: 'actions/cadence-edit', stageId: actions, text: tooLong },
      { type: 'actions/cadence-edit', stageId: actions, text: '每两周迭代一次' },
      { type: 'actions/add', stageId: 'st-feasibility', action: { ...action, id: 'a-new' } },
    );
  });

  it('offers visible items of every board as link targets, with ADRs last', () => {
    const doc = run(bankWorkshop(), {
      type: 'adr/add',
      adr: {
        id: 'adr-onprem', number: 0, title: '模型私有化部署', status: 'accepted', supersededBy: null, date: '2025-03-18', deciders: [], context: '',
        driverCriterionIds: [], drivers: '', options: [], chosenOptionId: null, outcome: '', consequences: '', matrixStageId: null, linkedCardIds: [],
      },
    });
    const targets = linkTargets(doc);
    expect(targets.some((x) => x.id === 'c-hidden')).toBe(false);
    expect(targets.find((x) => x.id === 'r-gpu')).toEqual({ id: 'r-gpu', kind: 'risk', label: '算力不足 (GPU 排队)', source: '挑战与风险' });
    expect(targets.at(-1)).toEqual({ id: 'adr-onprem', kind: 'adr', label: 'ADR-0001 模型私有化部署', source: null });
  });
});

describe('due dates', () => {
  it('an action is overdue after its date until it is done', () => {
    expect(isOverdue({ due: '2025-04-15', status: 'todo' }, '2025-04-16')).toBe(true);
    expect(isOverdue({ due: '2025-04-15', status: 'doing' }, '2025-04-15')).toBe(false);
    expect(isOverdue({ due: '2025-04-15', status: 'done' }, '2025-05-01')).toBe(false);
    expect(isOverdue({ due: '', status: 'todo' }, '2025-05-01')).toBe(false);
    expect(daysUntil('2025-04-15', '2025-04-18')).toBe(-3);
    expect(daysUntil('', '2025-04-18')).toBeNull();
  });
});
