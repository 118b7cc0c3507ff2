import { describe, expect, it } from 'vitest';
import type { Command } from '../../../../shared/commands';
import { applyCommand } from '../../../../shared/commands';
import { limits } from '../../../../shared/model/limits';
import type { Workshop } from '../../../../shared/model/workshop';
import { workshopSchema } from '../../../../shared/model/workshop';
import { blankRisk } from '../../../../shared/risks';
import { bankWorkshop, stageOf } from '../bank-workshop';

function run(doc: Workshop, ...cmds: Command[]): Workshop {
  const next = cmds.reduce(applyCommand, doc);
  const parsed = workshopSchema.safeParse(next);
  expect(parsed.success, parsed.error?.message).toBe(true);
  return next;
}

const stageId = 'st-risks';
const risks = (doc: Workshop) => stageOf(doc, stageId, 'risks').risks;
const frozen = () => Object.freeze(bankWorkshop());

describe('risk commands', () => {
  it('adds a risk at the end or at an index, and edits its fields', () => {
    let doc = run(bankWorkshop(), { type: 'risk/add', stageId, risk: blankRisk('r-new', { title: '数据出境', category: 'privacy' }) });
    expect(risks(doc).map((r) => r.id)).toEqual(['r-halluc', 'r-gpu', 'r-new']);
    doc = run(doc, { type: 'risk/add', stageId, risk: blankRisk('r-first', { title: 'First' }), index: 0 });
    expect(risks(doc)[0]?.id).toBe('r-first');
    doc = run(doc, { type: 'risk/edit', stageId, riskId: 'r-new', patch: { likelihood: 4, impact: 5, owner: '李娜', status: 'mitigating' } });
    expect(risks(doc).find((r) => r.id === 'r-new')).toMatchObject({ likelihood: 4, impact: 5, owner: '李娜', status: 'mitigating', category: 'privacy' });
  });

  it('reorders and deletes', () => {
    let doc = run(bankWorkshop(), { type: 'risk/move', stageId, riskId: 'r-gpu', toIndex: 0 });
    expect(risks(doc).map((r) => r.id)).toEqual(['r-gpu', 'r-halluc']);
    doc = run(doc, { type: 'risk/delete', stageId, riskId: 'r-gpu' });
    expect(risks(doc).map((r) => r.id)).toEqual(['r-halluc']);
  });

  it('refuses invalid or over-limit content and returns the very same document', () => {
    const doc = frozen();
    const refused: Command[] = [
      { type: 'risk/add', stageId, risk: blankRisk('r-halluc') }, // id already used
      { type: 'risk/add', stageId, risk: blankRisk('c-wait') }, // id used by a card
      { type: 'risk/add', stageId, risk: blankRisk('r-long', { title: 'x'.repeat(limits.shortChars + 1) }) },
      { type: 'risk/add', stageId: 'st-pain', risk: blankRisk('r-wrong-board') },
      { type: 'risk/add', stageId, risk: blankRisk('bad id!') },
      { type: 'risk/edit', stageId, riskId: 'r-gpu', patch: { likelihood: 6 as never } },
      { type: 'risk/edit', stageId, riskId: 'r-gpu', patch: { impact: 2.5 as never } },
      { type: 'risk/edit', stageId, riskId: 'r-gpu', patch: { category: 'weather' as never } },
      { type: 'risk/edit', stageId, riskId: 'r-gpu', patch: { status: 'done' as never } },
      { type: 'risk/edit', stageId, riskId: 'r-gpu', patch: { mitigation: 'x'.repeat(limits.textChars + 1) } },
      { type: 'risk/edit', stageId, riskId: 'r-gpu', patch: { owner: 'x'.repeat(limits.shortChars + 1) } },
      { type: 'risk/edit', stageId, riskId: 'r-gpu', patch: { linkedIds: ['not ok'] } },
      { type: 'risk/edit', stageId, riskId: 'r-missing', patch: { title: 'x' } },
      { type: 'risk/append-mitigation', stageId, riskId: 'r-gpu', text: 'y'.repeat(limits.textChars + 1) },
      { type: 'risk/link', stageId, riskId: 'r-gpu', targetId: 'nowhere' },
      { type: 'risk/link', stageId, riskId: 'r-gpu', targetId: 'r-gpu' },
    ];
    for (const cmd of refused) expect(applyCommand(doc, cmd), JSON.stringify(cmd).slice(0, 120)).toBe(doc);
  });

  it('returns the same document for commands that change nothing', () => {
    const doc = frozen();
    const noOps: Command[] = [
      { type: 'risk/edit', stageId, riskId: 'r-gpu', patch: { title: '算力不足 (GPU 排队)' } },
      { type: 'risk/edit', stageId, riskId: 'r-gpu', patch: {} },
      { type: 'risk/move', stageId, riskId: 'r-gpu', toIndex: 1 },
      { type: 'risk/move', stageId, riskId: 'r-gpu', toIndex: 99 },
      { type: 'risk/move', stageId, riskId: 'r-missing', toIndex: 0 },
      { type: 'risk/delete', stageId, riskId: 'r-missing' },
      { type: 'risk/unlink', stageId, riskId: 'r-gpu', targetId: 'c-wait' },
      { type: 'risk/append-mitigation', stageId, riskId: 'r-gpu', text: '   ' },
      { type: 'risk/edit', stageId: 'st-missing', riskId: 'r-gpu', patch: { title: 'x' } },
    ];
    for (const cmd of noOps) expect(applyCommand(doc, cmd), cmd.type).toBe(doc);
  });

  it('ignores an id or an unknown field in an edit patch', () => {
    const doc = run(bankWorkshop(), { type: 'risk/edit', stageId, riskId: 'r-gpu', patch: { id: 'r-other', extra: 1, title: 'GPU' } as never });
    const gpu = risks(doc)[1]!;
    expect(gpu.id).toBe('r-gpu');
    expect(gpu.title).toBe('GPU');
    expect(Object.keys(gpu)).not.toContain('extra');
  });

  it('appends library mitigations once each, on their own line', () => {
    let doc = run(bankWorkshop(), { type: 'risk/edit', stageId, riskId: 'r-gpu', patch: { mitigation: '错峰使用' } });
    doc = run(doc, { type: 'risk/append-mitigation', stageId, riskId: 'r-gpu', text: '模型量化' });
    doc = run(doc, { type: 'risk/append-mitigation', stageId, riskId: 'r-gpu', text: '请求批处理' });
    expect(risks(doc)[1]?.mitigation).toBe('错峰使用\n- 模型量化\n- 请求批处理');
    expect(applyCommand(doc, { type: 'risk/append-mitigation', stageId, riskId: 'r-gpu', text: '模型量化' })).toBe(doc);
  });

  it('links to cards, matrix options and ADRs that exist, once, and unlinks', () => {
    let doc = run(
      bankWorkshop(),
      { type: 'risk/link', stageId, riskId: 'r-halluc', targetId: 'c-wait' },
      { type: 'risk/link', stageId, riskId: 'r-halluc', targetId: 'o-rag' },
    );
    expect(risks(doc)[0]?.linkedIds).toEqual(['c-wait', 'o-rag']);
    expect(applyCommand(doc, { type: 'risk/link', stageId, riskId: 'r-halluc', targetId: 'o-rag' })).toBe(doc);
    doc = run(doc, { type: 'risk/unlink', stageId, riskId: 'r-halluc', targetId: 'c-wait' });
    expect(risks(doc)[0]?.linkedIds).toEqual(['o-rag']);
  });

  it('never mutates its input', () => {
    const doc = frozen();
    expect(() => run(doc, { type: 'risk/add', stageId, risk: blankRisk('r-x') }, { type: 'risk/edit', stageId, riskId: 'r-gpu', patch: { likelihood: 2 } })).not.toThrow();
    expect(risks(doc).map((r) => r.likelihood)).toEqual([null, null]);
  });
});
