import { describe, expect, it } from 'vitest';
import type { Command } from '../../../../shared/commands';
import { applyCommand } from '../../../../shared/commands';
import type { Workshop } from '../../../../shared/model/workshop';
import { workshopSchema } from '../../../../shared/model/workshop';
import { bankWorkshop, deepFreeze, stageOf } from '../bank-workshop';

/** What the matrix commands do beyond "changes something": what goes with a deleted item, blind rounds. */

function run(doc: Workshop, ...cmds: Command[]): Workshop {
  let next = deepFreeze(doc);
  for (const cmd of cmds) next = deepFreeze(applyCommand(next, cmd));
  expect(workshopSchema.safeParse(next).success).toBe(true);
  return next;
}
const tech = (doc: Workshop) => stageOf(doc, 'st-tech', 'matrix');
const stageId = 'st-tech';

describe('matrix items', () => {
  it('deleting a criterion takes its scores, points, judgements and blind scores with it', () => {
    const doc = run(
      bankWorkshop(),
      { type: 'matrix/weight-pairwise', stageId, a: 'k-explain', b: 'k-latency', value: 3 },
      { type: 'matrix/weight-pairwise', stageId, a: 'k-privacy', b: 'k-latency', value: 7 },
      { type: 'matrix/criterion-delete', stageId, criterionId: 'k-explain' },
    );
    const stage = tech(doc);
    expect(stage.criteria.map((c) => c.id)).toEqual(['k-privacy', 'k-latency']);
    expect(stage.weighting.direct).toEqual({ 'k-privacy': 50, 'k-latency': 30 });
    expect(stage.weighting.pairwise).toEqual([{ a: 'k-privacy', b: 'k-latency', value: 7 }]);
    expect(stage.blindScoring.scores).toEqual([]);
  });

  it('deleting an option takes its agreed and blind scores with it', () => {
    const stage = tech(run(bankWorkshop(), { type: 'matrix/option-delete', stageId, optionId: 'o-rag' }));
    expect(stage.options.map((o) => o.id)).toEqual(['o-qwen', 'o-cloud']);
    expect(stage.scores.map((s) => s.optionId)).toEqual(['o-qwen', 'o-cloud']);
    expect(stage.blindScoring.scores).toEqual([]);
  });

  it('reorders options and criteria', () => {
    const doc = run(
      bankWorkshop(),
      { type: 'matrix/option-move', stageId, optionId: 'o-cloud', toIndex: 1 },
      { type: 'matrix/criterion-move', stageId, criterionId: 'k-privacy', toIndex: 2 },
    );
    expect(tech(doc).options.map((o) => o.id)).toEqual(['o-qwen', 'o-cloud', 'o-rag']);
    expect(tech(doc).criteria.map((c) => c.id)).toEqual(['k-latency', 'k-explain', 'k-privacy']);
  });

  it('adds several library criteria in one step, at an index', () => {
    const base = { description: '', direction: 'benefit', scale: 'rating', unit: '', knockout: null, linkedCardIds: [] as string[] } as const;
    const doc = run(bankWorkshop(), {
      type: 'matrix/criteria-add',
      stageId,
      index: 1,
      criteria: [{ ...base, id: 'k-zh', name: '中文能力', libraryKey: 'chinese' }, { ...base, id: 'k-lic', name: '许可证', libraryKey: 'licence' }],
    });
    expect(tech(doc).criteria.map((c) => c.id)).toEqual(['k-privacy', 'k-zh', 'k-lic', 'k-latency', 'k-explain']);
  });
});

describe('weights', () => {
  it('stores one judgement per pair, whichever way round it is given, within 1/9…9', () => {
    const doc = run(
      bankWorkshop(),
      { type: 'matrix/weight-pairwise', stageId, a: 'k-privacy', b: 'k-latency', value: 5 },
      { type: 'matrix/weight-pairwise', stageId, a: 'k-latency', b: 'k-privacy', value: 3 },
      { type: 'matrix/weight-pairwise', stageId, a: 'k-explain', b: 'k-latency', value: 40 },
    );
    expect(tech(doc).weighting.pairwise).toEqual([
      { a: 'k-latency', b: 'k-privacy', value: 3 },
      { a: 'k-explain', b: 'k-latency', value: 9 },
    ]);
    const same = applyCommand(doc, { type: 'matrix/weight-pairwise', stageId, a: 'k-privacy', b: 'k-latency', value: 1 / 3 });
    expect(same).toBe(doc);
  });

  it('keeps direct points within 0…1000', () => {
    const doc = run(bankWorkshop(), { type: 'matrix/weight-points', stageId, criterionId: 'k-explain', points: 5000 });
    expect(tech(doc).weighting.direct['k-explain']).toBe(1000);
    expect(tech(run(doc, { type: 'matrix/weight-points', stageId, criterionId: 'k-explain', points: -3 })).weighting.direct['k-explain']).toBe(0);
  });
});

describe('cells', () => {
  it('sets score, rationale and evidence separately, and drops a cell left empty', () => {
    let doc = run(bankWorkshop(), { type: 'matrix/cell-edit', stageId, optionId: 'o-rag', criterionId: 'k-explain', patch: { value: 4 } });
    doc = run(doc, { type: 'matrix/cell-edit', stageId, optionId: 'o-rag', criterionId: 'k-explain', patch: { rationale: '答案带出处' } });
    expect(tech(doc).scores.at(-1)).toEqual({ optionId: 'o-rag', criterionId: 'k-explain', value: 4, rationale: '答案带出处', evidence: '' });
    doc = run(doc, { type: 'matrix/cell-edit', stageId, optionId: 'o-rag', criterionId: 'k-explain', patch: { value: null, rationale: '' } });
    expect(tech(doc).scores).toHaveLength(3);
  });
});

describe('blind scoring', () => {
  it('a round: scores while hidden, reveal, then the facilitator agrees; the blind scores stay on record', () => {
    let doc = run(bankWorkshop(), { type: 'matrix/blind-score', stageId, participantId: 'p-li', optionId: 'o-rag', criterionId: 'k-explain', value: 5 });
    expect(tech(doc).blindScoring.scores.map((s) => s.value)).toEqual([4, 2, 5]);
    doc = run(doc, { type: 'matrix/blind-score', stageId, participantId: 'p-zhang', optionId: 'o-rag', criterionId: 'k-explain', value: null });
    expect(tech(doc).blindScoring.scores.map((s) => s.participantId)).toEqual(['p-wang', 'p-li']);
    doc = run(doc, { type: 'matrix/blind-reveal', stageId });
    // After the reveal nobody can change their blind score any more.
    const late = applyCommand(doc, { type: 'matrix/blind-score', stageId, participantId: 'p-wang', optionId: 'o-rag', criterionId: 'k-explain', value: 1 });
    expect(late).toBe(doc);
    doc = run(doc, { type: 'matrix/agree', stageId, cells: [{ optionId: 'o-rag', criterionId: 'k-explain', value: 4.5 }, { optionId: 'o-qwen', criterionId: 'k-privacy', value: 4 }] });
    expect(tech(doc).scores.find((s) => s.optionId === 'o-qwen' && s.criterionId === 'k-privacy')).toMatchObject({ value: 4, rationale: '部署在行内 GPU 集群' });
    doc = run(doc, { type: 'matrix/blind-end', stageId });
    expect(tech(doc).blindScoring).toMatchObject({ active: false, revealed: true });
    expect(tech(doc).blindScoring.scores).toHaveLength(2);
  });

  it('ending a round before the reveal cancels it; starting again clears it', () => {
    expect(tech(run(bankWorkshop(), { type: 'matrix/blind-end', stageId })).blindScoring).toEqual({ active: false, revealed: false, scores: [] });
    expect(tech(run(bankWorkshop(), { type: 'matrix/blind-start', stageId })).blindScoring).toEqual({ active: true, revealed: false, scores: [] });
  });

  it('removing a participant takes back their blind scores', () => {
    const doc = run(bankWorkshop(), { type: 'participant/remove', participantId: 'p-zhang' });
    expect(tech(doc).blindScoring.scores.map((s) => s.participantId)).toEqual(['p-wang']);
  });
});
