import { describe, expect, it } from 'vitest';
import type { Command } from '../../../shared/commands';
import { applyCommand, navigationCommands } from '../../../shared/commands';
import type { Adr, Card, Workshop } from '../../../shared/model/workshop';
import { newCard, workshopSchema } from '../../../shared/model/workshop';
import { bankWorkshop, deepFreeze, stageOf } from './bank-workshop';

/**
 * Applies a command to a deep-frozen copy of `doc` (so any write throws), checks the input is
 * unchanged afterwards and that the result is a valid document, and returns the result.
 */
function apply(doc: Workshop, cmd: Command): { before: Workshop; after: Workshop } {
  const before = deepFreeze(structuredClone(doc));
  const snapshot = structuredClone(before);
  const after = applyCommand(before, cmd);
  expect(before).toStrictEqual(snapshot);
  const parsed = workshopSchema.safeParse(after);
  expect(parsed.success, parsed.error?.message).toBe(true);
  return { before, after };
}

const freshCard = (id: string, text: string): Card => newCard({ id, text, tags: ['新增'], createdAt: '2025-03-18T10:05:00+08:00' });

const ids = (doc: Workshop) => doc.stages.map((s) => s.id);

const bankCriterion = () => stageOf(bankWorkshop(), 'st-tech', 'matrix').criteria[0]!;

/** One realistic case of every command type; each one changes the bank workshop. */
const changing: Command[] = [
  { type: 'workshop/rename', title: '智能客服落地工作坊（第二期）' },
  { type: 'participant/add', participant: { id: 'p-chen', name: '陈静', role: 'QA 质检主管' } },
  { type: 'participant/remove', participantId: 'p-zhang' },
  { type: 'stage/add', stageId: 'st-parking', kind: 'cards', title: '停车场 Parking lot', timeboxMinutes: 10 },
  { type: 'stage/rename', stageId: 'st-tech', title: '技术选型 Technology selection' },
  { type: 'stage/set-timebox', stageId: 'st-pain', minutes: 90 },
  { type: 'stage/move', stageId: 'st-actions', toIndex: 0 },
  { type: 'stage/delete', stageId: 'st-data' },
  { type: 'stage/select', stageId: 'st-feasibility' },
  { type: 'card/add', stageId: 'st-pain', card: freshCard('c-new', '夜间值班只有 30 名坐席 🌙') },
  { type: 'card/edit', stageId: 'st-scenario', cardId: 'c-aht', patch: { text: '坐席平均处理时长 6 分钟 → 3.5 分钟' } },
  { type: 'card/delete', stageId: 'st-pain', cardId: 'c-kb' },
  { type: 'card/move', stageId: 'st-pain', cardId: 'c-kb', groupId: 'g-agent', index: 0 },
  { type: 'participant/edit', participantId: 'p-zhang', name: '张伟', role: '首席架构师' },
  { type: 'group/add', stageId: 'st-pain', group: { id: 'g-kb', title: '知识库', color: 'grey' } },
  { type: 'group/rename', stageId: 'st-pain', groupId: 'g-agent', title: '坐席效率与体验' },
  { type: 'group/move', stageId: 'st-pain', groupId: 'g-customer', toIndex: 0 },
  { type: 'group/delete', stageId: 'st-pain', groupId: 'g-agent' },
  { type: 'vote/add', stageId: 'st-pain', participantId: 'p-li', cardId: 'c-emotion' },
  { type: 'vote/remove', stageId: 'st-pain', participantId: 'p-wang', cardId: 'c-systems' },
  { type: 'voting/configure', stageId: 'st-pain', budget: 5, maxPerCard: 2 },
  { type: 'voting/reveal', stageId: 'st-pain', revealed: false },
  { type: 'voting/clear', stageId: 'st-pain' },
  { type: 'blind/start', stageId: 'st-pain' },
  { type: 'blind/reveal', stageId: 'st-scenario' },
  { type: 'timer/start', stageId: 'st-arch', at: '2025-03-18T13:30:00+08:00' },
  { type: 'timer/pause', stageId: 'st-tech', at: '2025-03-18T11:20:00+08:00' },
  { type: 'timer/add-minutes', stageId: 'st-pain', minutes: 5 },
  { type: 'timer/reset', stageId: 'st-pain' },
  { type: 'log/add', log: 'parkingLot', entry: { id: 'l-new', text: '坐席排班系统能否接入？', stageId: 'st-pain', createdAt: '2025-03-18T10:40:00+08:00' } },
  { type: 'log/edit', log: 'decisions', entryId: 'l-onprem', text: '模型私有化部署；数据不出行。' },
  { type: 'log/remove', log: 'parkingLot', entryId: 'l-budget' },
  { type: 'note/add-section', stageId: 'st-arch', section: { id: 'n-compute', title: '算力平台 Compute', markdown: '## 算力\n- [ ] GPU 型号与数量' }, index: 0 },
  { type: 'note/rename-section', stageId: 'st-arch', sectionId: 'n-flow', title: '推理流程 Inference path' },
  { type: 'note/edit-section', stageId: 'st-arch', sectionId: 'n-flow', markdown: '```mermaid\nflowchart LR\n  A[坐席] --> B[模型]\n```' },
  { type: 'note/move-section', stageId: 'st-arch', sectionId: 'n-data', toIndex: 0 },
  { type: 'note/delete-section', stageId: 'st-arch', sectionId: 'n-flow' },
  { type: 'adr/add', adr: { id: 'adr-rag', number: 99, title: '先做检索增强，不做微调', status: 'proposed', supersededBy: null, date: '2025-03-18', deciders: ['王丽', '张伟'], context: '知识更新频繁，微调跟不上。', driverCriterionIds: ['k-privacy'], drivers: '', options: [{ id: 'adr-rag-o1', title: 'RAG + 7B 小模型', matrixOptionId: 'o-rag', pros: '成本低', cons: '长答案质量一般' }], chosenOptionId: 'adr-rag-o1', outcome: '试点阶段只用 RAG。', consequences: '三个月后再评估 LoRA 微调。', matrixStageId: 'st-tech', linkedCardIds: ['c-kb'] } },
  { type: 'matrix/option-add', stageId: 'st-tech', option: { id: 'o-lora', name: 'LoRA 微调 7B', description: '用 2,000 条标注样本微调' } },
  { type: 'matrix/option-edit', stageId: 'st-tech', optionId: 'o-cloud', patch: { name: 'GPT-4o（公有云）' } },
  { type: 'matrix/option-move', stageId: 'st-tech', optionId: 'o-cloud', toIndex: 0 },
  { type: 'matrix/option-delete', stageId: 'st-tech', optionId: 'o-qwen' },
  { type: 'matrix/criteria-add', stageId: 'st-tech', criteria: [{ id: 'k-cost', name: '成本 (元/千次请求)', description: '推理与托管', direction: 'cost', scale: 'measured', unit: '元', knockout: null, libraryKey: 'cost', linkedCardIds: [] }] },
  { type: 'matrix/criterion-edit', stageId: 'st-tech', criterionId: 'k-explain', patch: { knockout: 3, linkedCardIds: ['c-emotion'] } },
  { type: 'matrix/criterion-move', stageId: 'st-tech', criterionId: 'k-explain', toIndex: 0 },
  { type: 'matrix/criterion-delete', stageId: 'st-tech', criterionId: 'k-privacy' },
  { type: 'matrix/replace', stageId: 'st-tech', matrix: { options: [{ id: 'o-qwen', name: 'Qwen2.5-72B', description: '' }], criteria: [{ id: 'k-cost', name: '成本 (元/千次请求)', description: '推理与托管', direction: 'cost', scale: 'measured', unit: '元', knockout: null, libraryKey: 'cost', linkedCardIds: [] }], weighting: { mode: 'direct', direct: { 'k-cost': 10 }, pairwise: [] }, scores: [{ optionId: 'o-qwen', criterionId: 'k-cost', value: 1.2, rationale: '', evidence: '' }], blindScoring: { active: false, revealed: false, scores: [] } } },
  { type: 'matrix/weighting-mode', stageId: 'st-tech', mode: 'pairwise' },
  { type: 'matrix/weight-points', stageId: 'st-tech', criterionId: 'k-explain', points: 35 },
  { type: 'matrix/weight-pairwise', stageId: 'st-tech', a: 'k-privacy', b: 'k-latency', value: 5 },
  { type: 'matrix/cell-edit', stageId: 'st-tech', optionId: 'o-rag', criterionId: 'k-explain', patch: { value: 4, rationale: '答案附带知识库出处', evidence: 'https://kb.bank.example/rag-demo' } },
  { type: 'matrix/blind-start', stageId: 'st-tech' },
  { type: 'matrix/blind-score', stageId: 'st-tech', participantId: 'p-li', optionId: 'o-rag', criterionId: 'k-explain', value: 5 },
  { type: 'matrix/blind-reveal', stageId: 'st-tech' },
  { type: 'matrix/blind-end', stageId: 'st-tech' },
  { type: 'matrix/agree', stageId: 'st-tech', cells: [{ optionId: 'o-rag', criterionId: 'k-explain', value: 3 }] },
];

/** Documents other than the bank workshop for the changing cases that need more to act on. */
const docFor: Partial<Record<Command['type'], () => Workshop>> = {
  // Moving needs two sections; the bank workshop's architecture notes have one.
  'note/move-section': () => applyCommand(bankWorkshop(), { type: 'note/add-section', stageId: 'st-arch', section: { id: 'n-data', title: '数据存储与访问', markdown: '' } }),
};

/** One case of every command type that must change nothing. */
const noOps: Array<[string, Command]> = [
  ['rename to the same title', { type: 'workshop/rename', title: '智能客服落地工作坊' }],
  ['add a participant whose id exists', { type: 'participant/add', participant: { id: 'p-wang', name: '另一个王丽', role: '' } }],
  ['remove an unknown participant', { type: 'participant/remove', participantId: 'p-nobody' }],
  ['add a stage whose id exists', { type: 'stage/add', stageId: 'st-risks', kind: 'notes', title: '重复', timeboxMinutes: 5 }],
  ['rename a stage to its title', { type: 'stage/rename', stageId: 'st-tech', title: '技术选型' }],
  ['rename an unknown stage', { type: 'stage/rename', stageId: 'st-nope', title: 'x' }],
  ['set the same timebox', { type: 'stage/set-timebox', stageId: 'st-pain', minutes: 60 }],
  ['set a timebox that rounds to the same', { type: 'stage/set-timebox', stageId: 'st-pain', minutes: 60.4 }],
  ['set the timebox of an unknown stage', { type: 'stage/set-timebox', stageId: 'st-nope', minutes: 5 }],
  ['move a stage to where it is', { type: 'stage/move', stageId: 'st-tech', toIndex: 2 }],
  ['move the last stage past the end', { type: 'stage/move', stageId: 'st-actions', toIndex: 99 }],
  ['move an unknown stage', { type: 'stage/move', stageId: 'st-nope', toIndex: 0 }],
  ['delete an unknown stage', { type: 'stage/delete', stageId: 'st-nope' }],
  ['select the current stage', { type: 'stage/select', stageId: 'st-pain' }],
  ['select an unknown stage', { type: 'stage/select', stageId: 'st-nope' }],
  ['add a card whose id exists in the stage', { type: 'card/add', stageId: 'st-pain', card: freshCard('c-wait', '重复') }],
  ['add a card to a matrix stage', { type: 'card/add', stageId: 'st-tech', card: freshCard('c-x', '不应出现') }],
  ['add a card to an unknown stage', { type: 'card/add', stageId: 'st-nope', card: freshCard('c-x', 'x') }],
  ['edit a card with its own values', { type: 'card/edit', stageId: 'st-scenario', cardId: 'c-aht', patch: { text: '坐席平均处理时长 6 分钟 → 4 分钟', color: 'yellow', tags: ['KPI', '价值点'] } }],
  ['edit a card with an empty patch', { type: 'card/edit', stageId: 'st-scenario', cardId: 'c-aht', patch: {} }],
  ['edit an unknown card', { type: 'card/edit', stageId: 'st-scenario', cardId: 'c-nope', patch: { text: 'x' } }],
  ['edit a card in the wrong stage', { type: 'card/edit', stageId: 'st-pain', cardId: 'c-aht', patch: { text: 'x' } }],
  ['delete an unknown card', { type: 'card/delete', stageId: 'st-pain', cardId: 'c-nope' }],
  ['delete a card from a notes stage', { type: 'card/delete', stageId: 'st-arch', cardId: 'c-wait' }],
  ['move a card where it is', { type: 'card/move', stageId: 'st-pain', cardId: 'c-systems', groupId: 'g-agent' }],
  ['move a card into an unknown group', { type: 'card/move', stageId: 'st-pain', cardId: 'c-kb', groupId: 'g-nope' }],
  ['edit a participant with the same values', { type: 'participant/edit', participantId: 'p-li', name: 'Li Wei (李伟)', role: 'Compliance' }],
  ['add a group whose id exists', { type: 'group/add', stageId: 'st-pain', group: { id: 'c-wait', title: 'x', color: null } }],
  ['rename a group to its title', { type: 'group/rename', stageId: 'st-pain', groupId: 'g-agent', title: '坐席效率' }],
  ['delete an unknown group', { type: 'group/delete', stageId: 'st-pain', groupId: 'g-nope' }],
  ['vote over the budget', { type: 'vote/add', stageId: 'st-pain', participantId: 'p-wang', cardId: 'c-emotion' }],
  ['vote over the per-card limit', { type: 'vote/add', stageId: 'st-pain', participantId: 'p-zhang', cardId: 'c-systems' }],
  ['vote as an unknown participant', { type: 'vote/add', stageId: 'st-pain', participantId: 'p-nobody', cardId: 'c-kb' }],
  ['remove a vote that was never cast', { type: 'vote/remove', stageId: 'st-pain', participantId: 'p-li', cardId: 'c-kb' }],
  ['configure voting as it is', { type: 'voting/configure', stageId: 'st-pain', budget: 3, maxPerCard: 2 }],
  ['configure voting with NaN', { type: 'voting/configure', stageId: 'st-pain', budget: Number.NaN, maxPerCard: 2 }],
  ['reveal revealed votes', { type: 'voting/reveal', stageId: 'st-pain', revealed: true }],
  ['reveal a board with nothing hidden', { type: 'blind/reveal', stageId: 'st-pain' }],
  ['pause a clock that is not running', { type: 'timer/pause', stageId: 'st-pain', at: '2025-03-18T11:20:00+08:00' }],
  ['start a clock with a bad time', { type: 'timer/start', stageId: 'st-pain', at: 'soon' }],
  ['reset an idle clock', { type: 'timer/reset', stageId: 'st-arch' }],
  ['edit an unknown log entry', { type: 'log/edit', log: 'parkingLot', entryId: 'l-nope', text: 'x' }],
  ['remove a decision from the parking lot', { type: 'log/remove', log: 'parkingLot', entryId: 'l-onprem' }],
  ['add a section whose id exists', { type: 'note/add-section', stageId: 'st-arch', section: { id: 'c-wait', title: 'x', markdown: '' } }],
  ['add a section to a cards stage', { type: 'note/add-section', stageId: 'st-pain', section: { id: 'n-new', title: 'x', markdown: '' } }],
  ['add a section longer than a field may be', { type: 'note/add-section', stageId: 'st-arch', section: { id: 'n-big', title: 'x', markdown: 'x'.repeat(200_001) } }],
  ['rename a section to its title', { type: 'note/rename-section', stageId: 'st-arch', sectionId: 'n-flow', title: '推理流程' }],
  ['rename a section to an over-long title', { type: 'note/rename-section', stageId: 'st-arch', sectionId: 'n-flow', title: '长'.repeat(501) }],
  ['edit a section with its own text', { type: 'note/edit-section', stageId: 'st-arch', sectionId: 'n-flow', markdown: bankWorkshop().stages.flatMap((s) => (s.kind === 'notes' ? s.sections : []))[0]!.markdown }],
  ['edit a section beyond the field limit', { type: 'note/edit-section', stageId: 'st-arch', sectionId: 'n-flow', markdown: '图'.repeat(200_001) }],
  ['edit an unknown section', { type: 'note/edit-section', stageId: 'st-arch', sectionId: 'n-nope', markdown: 'x' }],
  ['move the only section where it is', { type: 'note/move-section', stageId: 'st-arch', sectionId: 'n-flow', toIndex: 5 }],
  ['delete an unknown section', { type: 'note/delete-section', stageId: 'st-arch', sectionId: 'n-nope' }],
  ['edit an unknown decision record', { type: 'adr/edit', adrId: 'adr-nope', patch: { title: 'x' } }],
  ['delete an unknown decision record', { type: 'adr/delete', adrId: 'adr-nope' }],
  ['add an option whose id exists', { type: 'matrix/option-add', stageId: 'st-tech', option: { id: 'c-wait', name: '撞号', description: '' } }],
  ['add an option to a cards stage', { type: 'matrix/option-add', stageId: 'st-pain', option: { id: 'o-x', name: 'x', description: '' } }],
  ['edit an option with its own name', { type: 'matrix/option-edit', stageId: 'st-tech', optionId: 'o-rag', patch: { name: 'RAG + 7B 小模型' } }],
  ['move the first option to the front', { type: 'matrix/option-move', stageId: 'st-tech', optionId: 'o-qwen', toIndex: -2 }],
  ['delete an unknown option', { type: 'matrix/option-delete', stageId: 'st-tech', optionId: 'o-nope' }],
  ['add criteria with a used id', { type: 'matrix/criteria-add', stageId: 'st-tech', criteria: [{ ...bankCriterion(), id: 'k-latency' }] }],
  ['add no criteria', { type: 'matrix/criteria-add', stageId: 'st-tech', criteria: [] }],
  ['give a knock-out of NaN', { type: 'matrix/criterion-edit', stageId: 'st-tech', criterionId: 'k-privacy', patch: { knockout: Number.NaN } }],
  ['move the last criterion past the end', { type: 'matrix/criterion-move', stageId: 'st-tech', criterionId: 'k-explain', toIndex: 9 }],
  ['delete an unknown criterion', { type: 'matrix/criterion-delete', stageId: 'st-tech', criterionId: 'k-nope' }],
  ['replace with ids used elsewhere', { type: 'matrix/replace', stageId: 'st-tech', matrix: { ...stageOf(bankWorkshop(), 'st-tech', 'matrix'), options: [{ id: 'c-wait', name: '撞号', description: '' }] } }],
  ['switch to the weighting mode in use', { type: 'matrix/weighting-mode', stageId: 'st-tech', mode: 'direct' }],
  ['give the same points', { type: 'matrix/weight-points', stageId: 'st-tech', criterionId: 'k-privacy', points: 50 }],
  ['give points to an unknown criterion', { type: 'matrix/weight-points', stageId: 'st-tech', criterionId: 'k-nope', points: 5 }],
  ['judge a criterion against itself', { type: 'matrix/weight-pairwise', stageId: 'st-tech', a: 'k-privacy', b: 'k-privacy', value: 3 }],
  ['judge an unjudged pair as equal', { type: 'matrix/weight-pairwise', stageId: 'st-tech', a: 'k-privacy', b: 'k-explain', value: 1 }],
  ['score a cell with its own values', { type: 'matrix/cell-edit', stageId: 'st-tech', optionId: 'o-qwen', criterionId: 'k-privacy', patch: { value: 5, rationale: '部署在行内 GPU 集群' } }],
  ['score a cell with NaN', { type: 'matrix/cell-edit', stageId: 'st-tech', optionId: 'o-qwen', criterionId: 'k-latency', patch: { value: Number.NaN } }],
  ['score an unknown option', { type: 'matrix/cell-edit', stageId: 'st-tech', optionId: 'o-nope', criterionId: 'k-latency', patch: { value: 3 } }],
  ['blind-score as an unknown participant', { type: 'matrix/blind-score', stageId: 'st-tech', participantId: 'p-nobody', optionId: 'o-rag', criterionId: 'k-explain', value: 3 }],
  ['blind-score the same value again', { type: 'matrix/blind-score', stageId: 'st-tech', participantId: 'p-wang', optionId: 'o-rag', criterionId: 'k-explain', value: 4 }],
  ['reveal blind scores of a stage not scoring blind', { type: 'matrix/blind-reveal', stageId: 'st-arch' }],
  ['end a blind round of an unknown stage', { type: 'matrix/blind-end', stageId: 'st-nope' }],
  ['agree on the score a cell has', { type: 'matrix/agree', stageId: 'st-tech', cells: [{ optionId: 'o-cloud', criterionId: 'k-privacy', value: 1 }] }],
];

describe('every command', () => {
  it('has a changing case here, so a new command type shows up as missing', () => {
    const types = new Set(changing.map((c) => c.type));
    expect([...types].sort()).toEqual(
      [
        'workshop/rename',
        'participant/add',
        'participant/remove',
        'stage/add',
        'stage/rename',
        'stage/set-timebox',
        'stage/move',
        'stage/delete',
        'stage/select',
        'card/add',
        'card/edit',
        'card/delete',
        'card/move',
        'participant/edit',
        'group/add',
        'group/rename',
        'group/move',
        'group/delete',
        'vote/add',
        'vote/remove',
        'voting/configure',
        'voting/reveal',
        'voting/clear',
        'blind/start',
        'blind/reveal',
        'timer/start',
        'timer/pause',
        'timer/add-minutes',
        'timer/reset',
        'log/add',
        'log/edit',
        'log/remove',
        'adr/add',
        'matrix/option-add',
        'matrix/option-edit',
        'matrix/option-move',
        'matrix/option-delete',
        'matrix/criteria-add',
        'matrix/criterion-edit',
        'matrix/criterion-move',
        'matrix/criterion-delete',
        'matrix/replace',
        'matrix/weighting-mode',
        'matrix/weight-points',
        'matrix/weight-pairwise',
        'matrix/cell-edit',
        'matrix/blind-start',
        'matrix/blind-score',
        'matrix/blind-reveal',
        'matrix/blind-end',
        'matrix/agree',
        'note/add-section',
        'note/rename-section',
        'note/edit-section',
        'note/move-section',
        'note/delete-section',
      ].sort(),
    );
  });

  it.each(changing.map((cmd) => [cmd.type, cmd] as const))('%s returns a new valid document and leaves the input alone', (_type, cmd) => {
    const { before, after } = apply((docFor[cmd.type] ?? bankWorkshop)(), cmd);
    expect(after).not.toBe(before);
    expect(after).not.toStrictEqual(before);
  });

  it.each(noOps)('no-op (%s) returns the identical object', (_name, cmd) => {
    const { before, after } = apply(bankWorkshop(), cmd);
    expect(after).toBe(before);
  });

  it('shares the parts it did not change with the input (structural sharing)', () => {
    const { before, after } = apply(bankWorkshop(), changing.find((c) => c.type === 'card/add')!);
    expect(after.participants).toBe(before.participants);
    expect(after.stages[0]).toBe(before.stages[0]);
    expect(after.stages[2]).toBe(before.stages[2]);
  });

  it('stage selection and the clock are navigation commands (not recorded for undo)', () => {
    expect([...navigationCommands].sort()).toEqual(['stage/select', 'timer/add-minutes', 'timer/pause', 'timer/reset', 'timer/start']);
  });
});

describe('workshop and participants', () => {
  it('workshop/rename sets the title, Chinese and English mixed', () => {
    const { after } = apply(bankWorkshop(), { type: 'workshop/rename', title: '智能客服落地 Workshop · 二期 🚀' });
    expect(after.title).toBe('智能客服落地 Workshop · 二期 🚀');
  });

  it('participant/add appends the participant', () => {
    const chen = { id: 'p-chen', name: '陈静', role: 'QA 质检主管' };
    const { after } = apply(bankWorkshop(), { type: 'participant/add', participant: chen });
    expect(after.participants.map((p) => p.id)).toEqual(['p-wang', 'p-zhang', 'p-li', 'p-chen']);
    expect(after.participants.at(-1)).toEqual(chen);
  });

  it('participant/add refuses an id used elsewhere in the document', () => {
    const { before, after } = apply(bankWorkshop(), { type: 'participant/add', participant: { id: 'st-tech', name: '陈静', role: '' } });
    expect(after).toBe(before);
  });

  it('participant/remove removes only that participant', () => {
    const { after } = apply(bankWorkshop(), { type: 'participant/remove', participantId: 'p-zhang' });
    expect(after.participants.map((p) => p.name)).toEqual(['王丽', 'Li Wei (李伟)']);
  });
});

describe('stages', () => {
  it('stage/add appends an empty board of the kind and makes it current', () => {
    const { after } = apply(bankWorkshop(), { type: 'stage/add', stageId: 'st-parking', kind: 'cards', title: '停车场', timeboxMinutes: 10 });
    expect(ids(after).at(-1)).toBe('st-parking');
    expect(after.stages.at(-1)).toEqual({
      id: 'st-parking', kind: 'cards', title: '停车场', goal: '', prompts: [], timeboxMinutes: 10, timer: { elapsedMs: 0, runningSince: null, extraMinutes: 0 },
      fields: [], cards: [], groups: [], voting: { budget: 3, maxPerCard: 3, revealed: false, votes: [] }, blind: false,
    });
    expect(after.currentStageId).toBe('st-parking');
  });

  it('stage/add inserts at an index, for every board kind', () => {
    let doc = bankWorkshop();
    const kinds = ['cards', 'matrix', 'notes', 'checklist', 'scorecard', 'risks', 'actions'] as const;
    kinds.forEach((kind, i) => {
      doc = apply(doc, { type: 'stage/add', stageId: `st-new-${kind}`, kind, title: `新阶段 ${kind}`, timeboxMinutes: 15, index: 1 + i }).after;
    });
    expect(doc.stages.slice(1, 8).map((s) => s.kind)).toEqual(kinds);
    expect(doc.stages).toHaveLength(15);
    expect(doc.currentStageId).toBe('st-new-actions');
  });

  it('stage/add keeps the timebox inside the schema range', () => {
    const { after } = apply(bankWorkshop(), { type: 'stage/add', stageId: 'st-long', kind: 'notes', title: '全天', timeboxMinutes: 2000 });
    expect(after.stages.at(-1)?.timeboxMinutes).toBe(24 * 60);
    const rounded = apply(bankWorkshop(), { type: 'stage/add', stageId: 'st-odd', kind: 'notes', title: '半', timeboxMinutes: 12.6 }).after;
    expect(rounded.stages.at(-1)?.timeboxMinutes).toBe(13);
    const negative = apply(bankWorkshop(), { type: 'stage/add', stageId: 'st-neg', kind: 'risks', title: '负', timeboxMinutes: -10 }).after;
    expect(negative.stages.at(-1)?.timeboxMinutes).toBe(0);
  });

  it('stage/add refuses an id already used by any item in the document', () => {
    const { before, after } = apply(bankWorkshop(), { type: 'stage/add', stageId: 'c-aht', kind: 'cards', title: '撞号', timeboxMinutes: 5 });
    expect(after).toBe(before);
  });

  it('stage/rename renames and keeps the template key', () => {
    const { after } = apply(bankWorkshop(), { type: 'stage/rename', stageId: 'st-tech', title: '模型选型' });
    const stage = stageOf(after, 'st-tech', 'matrix');
    expect(stage.title).toBe('模型选型');
    expect(stage.templateKey).toBe('technology');
  });

  it('stage/set-timebox sets whole minutes, clamped to 0…1440', () => {
    const timebox = (minutes: number) =>
      apply(bankWorkshop(), { type: 'stage/set-timebox', stageId: 'st-pain', minutes }).after.stages[1]?.timeboxMinutes;
    expect(timebox(90)).toBe(90);
    expect(timebox(44.5)).toBe(45);
    expect(timebox(-5)).toBe(0);
    expect(timebox(5000)).toBe(1440);
    expect(timebox(Number.POSITIVE_INFINITY)).toBe(1440);
  });

  it('stage/set-timebox ignores a value that is not a number (an emptied input field)', () => {
    const { before, after } = apply(bankWorkshop(), { type: 'stage/set-timebox', stageId: 'st-pain', minutes: Number.NaN });
    expect(after).toBe(before);
  });

  it('stage/move moves forwards, backwards and clamps the index', () => {
    const doc = bankWorkshop();
    expect(ids(apply(doc, { type: 'stage/move', stageId: 'st-scenario', toIndex: 2 }).after).slice(0, 3)).toEqual(['st-pain', 'st-tech', 'st-scenario']);
    expect(ids(apply(doc, { type: 'stage/move', stageId: 'st-actions', toIndex: 1 }).after).slice(0, 3)).toEqual(['st-scenario', 'st-actions', 'st-pain']);
    expect(ids(apply(doc, { type: 'stage/move', stageId: 'st-tech', toIndex: -3 }).after)[0]).toBe('st-tech');
    expect(ids(apply(doc, { type: 'stage/move', stageId: 'st-tech', toIndex: 100 }).after).at(-1)).toBe('st-tech');
    const moved = apply(doc, { type: 'stage/move', stageId: 'st-tech', toIndex: 0 }).after;
    expect([...ids(moved)].sort()).toEqual([...ids(doc)].sort());
    expect(moved.currentStageId).toBe(doc.currentStageId);
  });

  it('stage/delete of another stage keeps the current stage', () => {
    const { after } = apply(bankWorkshop(), { type: 'stage/delete', stageId: 'st-data' });
    expect(ids(after)).not.toContain('st-data');
    expect(after.stages).toHaveLength(7);
    expect(after.currentStageId).toBe('st-pain');
  });

  it('stage/delete of the current stage moves current to the next stage', () => {
    const { after } = apply(bankWorkshop(), { type: 'stage/delete', stageId: 'st-pain' });
    expect(after.currentStageId).toBe('st-tech');
  });

  it('stage/delete of the current last stage moves current to the previous stage', () => {
    const doc = apply(bankWorkshop(), { type: 'stage/select', stageId: 'st-actions' }).after;
    const { after } = apply(doc, { type: 'stage/delete', stageId: 'st-actions' });
    expect(after.currentStageId).toBe('st-risks');
  });

  it('stage/delete of the only stage leaves no current stage', () => {
    let doc = bankWorkshop();
    for (const id of ids(doc)) doc = apply(doc, { type: 'stage/delete', stageId: id }).after;
    expect(doc.stages).toEqual([]);
    expect(doc.currentStageId).toBeNull();
  });

  it('stage/select changes only the current stage', () => {
    const { before, after } = apply(bankWorkshop(), { type: 'stage/select', stageId: 'st-feasibility' });
    expect(after.currentStageId).toBe('st-feasibility');
    expect(after.stages).toBe(before.stages);
  });
});

describe('cards', () => {
  it('card/add appends, or inserts at an index', () => {
    const appended = apply(bankWorkshop(), { type: 'card/add', stageId: 'st-pain', card: freshCard('c-night', '夜间值班人手不足') }).after;
    expect(stageOf(appended, 'st-pain', 'cards').cards.map((c) => c.id)).toEqual(['c-wait', 'c-systems', 'c-emotion', 'c-kb', 'c-night']);
    const inserted = apply(bankWorkshop(), { type: 'card/add', stageId: 'st-pain', card: freshCard('c-night', '夜间值班人手不足'), index: 0 }).after;
    expect(stageOf(inserted, 'st-pain', 'cards').cards[0]?.text).toBe('夜间值班人手不足');
  });

  it('card/add refuses an id used anywhere else in the document', () => {
    for (const id of ['c-aht', 'st-tech', 'p-wang', 'o-qwen', 'ws-bank-cs-2025']) {
      const { before, after } = apply(bankWorkshop(), { type: 'card/add', stageId: 'st-pain', card: freshCard(id, '撞号') });
      expect(after, id).toBe(before);
    }
  });

  it('card/edit changes only the fields in the patch', () => {
    const { before, after } = apply(bankWorkshop(), {
      type: 'card/edit',
      stageId: 'st-pain',
      cardId: 'c-emotion',
      patch: { color: 'pink', tags: ['质检', '情绪识别'] },
    });
    const card = stageOf(after, 'st-pain', 'cards').cards[2];
    expect(card).toEqual({ ...stageOf(before, 'st-pain', 'cards').cards[2], color: 'pink', tags: ['质检', '情绪识别'] });
    expect(card?.text).toBe('😤 情绪激动的客户识别不出来，投诉升级后才知道 🏦');
  });

  it('card/edit ignores fields given as undefined instead of erasing them', () => {
    const { after } = apply(bankWorkshop(), {
      type: 'card/edit',
      stageId: 'st-scenario',
      cardId: 'c-fcr',
      patch: { text: undefined, color: 'blue' },
    });
    expect(stageOf(after, 'st-scenario', 'cards').cards[1]).toMatchObject({ text: '一次解决率 (FCR) 72% → 85%', color: 'blue' });
  });

  it('card/edit sees a change of tags that joins to the same string', () => {
    const edit = (cardId: string, tags: string[]) =>
      apply(bankWorkshop(), { type: 'card/edit', stageId: 'st-scenario', cardId, patch: { tags } });
    const emptyTag = edit('c-summary', ['']);
    expect(emptyTag.after).not.toBe(emptyTag.before);
    expect(stageOf(emptyTag.after, 'st-scenario', 'cards').cards[2]?.tags).toEqual(['']);
    const split = edit('c-fcr', ['K', 'PI']);
    expect(stageOf(split.after, 'st-scenario', 'cards').cards[1]?.tags).toEqual(['K', 'PI']);
  });

  it('card/delete removes the card and nothing else', () => {
    const { before, after } = apply(bankWorkshop(), { type: 'card/delete', stageId: 'st-pain', cardId: 'c-kb' });
    expect(stageOf(after, 'st-pain', 'cards').cards.map((c) => c.id)).toEqual(['c-wait', 'c-systems', 'c-emotion']);
    expect(after.stages[0]).toBe(before.stages[0]);
  });

  it('a long session of commands keeps the document valid and the fixture untouched', () => {
    const original = bankWorkshop();
    let doc = deepFreeze(bankWorkshop());
    for (const cmd of [...changing, ...noOps.map(([, c]) => c)]) doc = apply(doc, cmd).after;
    expect(workshopSchema.parse(doc)).toEqual(doc);
    expect(bankWorkshop()).toEqual(original);
  });
});

describe('decision records', () => {
  const adr: Adr = { id: 'adr-rag', number: 99, title: '先做检索增强，不做微调', status: 'proposed', supersededBy: null, date: '2025-03-18', deciders: ['王丽', '张伟'], context: '知识更新频繁，微调跟不上。', driverCriterionIds: ['k-privacy'], drivers: '', options: [{ id: 'adr-rag-o1', title: 'RAG + 7B 小模型', matrixOptionId: 'o-rag', pros: '成本低', cons: '长答案质量一般' }], chosenOptionId: 'adr-rag-o1', outcome: '试点阶段只用 RAG。', consequences: '三个月后再评估 LoRA 微调。', matrixStageId: 'st-tech', linkedCardIds: ['c-kb'] };

  it('numbers records across the workshop, edits them, and clears a supersession when the newer one goes', () => {
    let { after: doc } = apply(bankWorkshop(), { type: 'adr/add', adr });
    expect(doc.adrs.map((a) => a.number)).toEqual([1]);
    ({ after: doc } = apply(doc, { type: 'adr/add', adr: { ...adr, id: 'adr-2', options: [], chosenOptionId: null, title: '模型私有化部署' } }));
    expect(doc.adrs.map((a) => a.number)).toEqual([1, 2]);
    ({ after: doc } = apply(doc, { type: 'adr/edit', adrId: 'adr-rag', patch: { status: 'superseded', supersededBy: 'adr-2' } }));
    expect(doc.adrs[0]).toMatchObject({ status: 'superseded', supersededBy: 'adr-2', title: '先做检索增强，不做微调' });
    ({ after: doc } = apply(doc, { type: 'adr/delete', adrId: 'adr-2' }));
    expect(doc.adrs.map((a) => [a.number, a.supersededBy])).toEqual([[1, null]]);
  });
});
