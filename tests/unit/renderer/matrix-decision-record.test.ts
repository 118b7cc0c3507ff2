import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { resources } from '../../../renderer/src/i18n';
import { decisionRecord } from '../../../renderer/src/features/matrix/decision-record';
import { evaluateMatrix } from '../../../shared/matrix';
import { adrSchema } from '../../../shared/model/workshop';
import { bankWorkshop, stageOf } from '../shared/bank-workshop';

/** "Record decision": the ADR pre-filled from the bank workshop's matrix, in the workshop's language. */

async function fixedT(language: 'en' | 'zh-CN') {
  const instance = i18next.createInstance();
  await instance.init({ resources, lng: language, interpolation: { escapeValue: false } });
  return instance.getFixedT(language);
}

function scoredBoard() {
  const doc = bankWorkshop();
  const stage = stageOf(doc, 'st-tech', 'matrix');
  stage.scores = [
    { optionId: 'o-qwen', criterionId: 'k-privacy', value: 5, rationale: '部署在行内 GPU 集群', evidence: '' },
    { optionId: 'o-qwen', criterionId: 'k-latency', value: 1400, rationale: '72B 模型较慢', evidence: '' },
    { optionId: 'o-qwen', criterionId: 'k-explain', value: 3, rationale: '', evidence: '' },
    { optionId: 'o-rag', criterionId: 'k-privacy', value: 5, rationale: '', evidence: '' },
    { optionId: 'o-rag', criterionId: 'k-latency', value: 650, rationale: 'P95 约 0.65 s', evidence: '' },
    { optionId: 'o-rag', criterionId: 'k-explain', value: 5, rationale: '答案附带知识库出处', evidence: '' },
    { optionId: 'o-cloud', criterionId: 'k-privacy', value: 1, rationale: '数据出境', evidence: '' },
  ];
  return { doc, stage };
}

describe('decision record from the matrix', () => {
  it('names the winner, links every option with pros and cons from the rationales, and is a valid ADR', async () => {
    const { doc, stage } = scoredBoard();
    let n = 0;
    const adr = decisionRecord({ t: await fixedT('zh-CN'), stage, evaluation: evaluateMatrix(stage), participants: doc.participants, makeId: () => `id-${++n}`, date: '2025-03-18' })!;
    const parsed = adrSchema.safeParse(adr);
    expect(parsed.error?.message).toBeUndefined();
    expect(adr.title).toBe('选用RAG + 7B 小模型');
    expect(adr.status).toBe('proposed');
    expect(adr.matrixStageId).toBe('st-tech');
    expect(adr.deciders).toEqual(['王丽', '张伟', 'Li Wei (李伟)']);
    expect(adr.options.map((o) => [o.title, o.matrixOptionId])).toEqual([
      ['Qwen2.5-72B 私有化部署', 'o-qwen'],
      ['RAG + 7B 小模型', 'o-rag'],
      ['GPT-4o (public cloud)', 'o-cloud'],
    ]);
    expect(adr.chosenOptionId).toBe(adr.options[1]?.id);
    const rag = adr.options[1]!;
    expect(rag.pros).toContain('可解释性: 答案附带知识库出处');
    expect(rag.pros).toContain('推理延迟 latency: P95 约 0.65 s');
    expect(adr.options[0]?.cons).toContain('推理延迟 latency: 72B 模型较慢');
    expect(adr.options[2]?.cons).toContain('数据隐私 / data privacy 1 低于要求的 4');
    expect(adr.driverCriterionIds).toEqual(['k-privacy', 'k-latency', 'k-explain']);
    expect(adr.drivers).toContain('数据隐私 / data privacy (50 %) — 必须满足');
    expect(adr.context).toContain('GPT-4o (public cloud)被一票否决');
    expect(adr.outcome).toContain('RAG + 7B 小模型以 ');
    expect(adr.linkedCardIds).toEqual(['c-systems']);
  });

  it('is written in English for an English workshop, and null when nothing is ranked', async () => {
    const { doc, stage } = scoredBoard();
    const t = await fixedT('en');
    const adr = decisionRecord({ t, stage, evaluation: evaluateMatrix(stage), participants: doc.participants, makeId: () => Math.random().toString(36).slice(2), date: '2025-03-18' })!;
    expect(adr.title).toBe('Choose RAG + 7B 小模型');
    expect(adr.outcome).toMatch(/ranks first with \d+\.\d of 100/);
    stage.scores = [];
    expect(decisionRecord({ t, stage, evaluation: evaluateMatrix(stage), participants: [], makeId: () => 'x', date: '2025-03-18' })).toBeNull();
  });
});
