import { describe, expect, it } from 'vitest';
import type { dimensionKeys, RagStatus, ScorecardDimension } from '../../../../shared/scorecard';
import { defaultDimensions, dimensionStatus, feasibilityCall, ruleVerdict } from '../../../../shared/scorecard';

/**
 * The feasibility call of the bank customer-service workshop (stage 7), dimension by dimension,
 * with the evidence the room wrote down. Scores: 1–2 red, 3 amber, 4–5 green, unless the room set
 * a status itself.
 */
type Scores = Partial<Record<(typeof dimensionKeys)[number], number | RagStatus | null>>;

const evidence: Record<(typeof dimensionKeys)[number], string> = {
  'business-fit': '“转人工排队十几分钟”得票最高；AHT 6 分钟 → 4 分钟，客服中心总经理牵头',
  data: '近 12 个月通话录音转写约 80 万通，已脱敏；知识库 3,200 篇需清洗',
  team: '信息科技部 2 名算法工程师，无大模型运维经验',
  'compute-cost': '行内 GPU 集群 8×A800，高峰 3,000 坐席并发需排队',
  compliance: '《个人信息保护法》PIPL：需完成个人信息影响评估；生成式 AI 备案',
};

let seq = 0;
function card(scores: Scores): ScorecardDimension[] {
  return defaultDimensions('zh-CN', () => `d-${++seq}`).map((d) => {
    const value = scores[d.key as keyof Scores];
    const key = d.key as keyof typeof evidence;
    if (typeof value === 'number') return { ...d, score: value, evidence: evidence[key] };
    if (typeof value === 'string') return { ...d, status: value, evidence: evidence[key] };
    return d;
  });
}

const allGreen: Scores = { 'business-fit': 5, data: 4, team: 4, 'compute-cost': 4, compliance: 5 };
const names = (ds: readonly ScorecardDimension[]) => ds.map((d) => d.name);

describe('dimensionStatus', () => {
  it('implies red for 1–2, amber for 3, green for 4–5, nothing without a score', () => {
    expect([1, 2, 3, 4, 5].map((score) => dimensionStatus({ score, status: null }))).toEqual(['red', 'red', 'amber', 'green', 'green']);
    expect(dimensionStatus({ score: null, status: null })).toBeNull();
  });

  it('a status set in the room wins over the score', () => {
    expect(dimensionStatus({ score: 5, status: 'amber' })).toBe('amber');
    expect(dimensionStatus({ score: null, status: 'red' })).toBe('red');
  });
});

describe('ruleVerdict', () => {
  it('incomplete: no call while a dimension is unassessed, and names the missing ones', () => {
    const result = ruleVerdict(card({ ...allGreen, team: null, 'compute-cost': null }));
    expect(result).toMatchObject({ verdict: null, reason: 'incomplete' });
    expect(names(result.decisive)).toEqual(['团队能力', '算力与成本预算']);
  });

  it('incomplete: a red elsewhere does not decide before the room has assessed every dimension', () => {
    const result = ruleVerdict(card({ ...allGreen, compliance: 1, data: null }));
    expect(result).toMatchObject({ verdict: null, reason: 'incomplete' });
    expect(names(result.decisive)).toEqual(['数据充分性与质量']);
  });

  it('incomplete: a scorecard without dimensions makes no call', () => {
    expect(ruleVerdict([])).toEqual({ verdict: null, reason: 'incomplete', decisive: [] });
  });

  it('critical-red: red on compliance alone is a no-go, even with everything else green', () => {
    const result = ruleVerdict(card({ ...allGreen, compliance: 2 }));
    expect(result).toMatchObject({ verdict: 'no-go', reason: 'critical-red' });
    expect(names(result.decisive)).toEqual(['法律与合规风险']);
  });

  it('critical-red: red on business fit set as a status (score says green) is a no-go', () => {
    const result = ruleVerdict(card({ ...allGreen, 'business-fit': 'red' }));
    expect(result).toMatchObject({ verdict: 'no-go', reason: 'critical-red' });
    expect(names(result.decisive)).toEqual(['业务契合度']);
  });

  it('critical-red outranks other reds: only the critical ones are named as decisive', () => {
    const result = ruleVerdict(card({ ...allGreen, compliance: 1, team: 2, data: 1 }));
    expect(result.reason).toBe('critical-red');
    expect(names(result.decisive)).toEqual(['法律与合规风险']);
  });

  it('reds: two reds on non-critical dimensions are a no-go', () => {
    const result = ruleVerdict(card({ ...allGreen, team: 2, 'compute-cost': 1 }));
    expect(result).toMatchObject({ verdict: 'no-go', reason: 'reds' });
    expect(names(result.decisive)).toEqual(['团队能力', '算力与成本预算']);
  });

  it('one-red: one non-critical red is a pilot first, the red named', () => {
    const result = ruleVerdict(card({ ...allGreen, team: 2, data: 3 }));
    expect(result).toMatchObject({ verdict: 'pilot', reason: 'one-red' });
    expect(names(result.decisive)).toEqual(['团队能力']);
  });

  it('ambers: two ambers are a pilot first', () => {
    const result = ruleVerdict(card({ ...allGreen, data: 3, 'compute-cost': 'amber' }));
    expect(result).toMatchObject({ verdict: 'pilot', reason: 'ambers' });
    expect(names(result.decisive)).toEqual(['数据充分性与质量', '算力与成本预算']);
  });

  it('clear: all green is a go with nothing decisive; one amber is still a go, noted', () => {
    expect(ruleVerdict(card(allGreen))).toEqual({ verdict: 'go', reason: 'clear', decisive: [] });
    const oneAmber = ruleVerdict(card({ ...allGreen, team: 3 }));
    expect(oneAmber).toMatchObject({ verdict: 'go', reason: 'clear' });
    expect(names(oneAmber.decisive)).toEqual(['团队能力']);
  });

  it('a custom dimension counts like the others but is never critical', () => {
    const custom: ScorecardDimension = { id: 'd-union', key: 'custom', name: '工会意见', description: '坐席工会是否接受', score: 1, status: null, evidence: '' };
    expect(ruleVerdict([...card(allGreen), custom])).toMatchObject({ verdict: 'pilot', reason: 'one-red' });
  });
});

describe('feasibilityCall', () => {
  const dimensions = card({ ...allGreen, team: 2 });

  it('without an override, the rule stands', () => {
    expect(feasibilityCall({ dimensions, override: null })).toMatchObject({ verdict: 'pilot', override: null, rule: { reason: 'one-red' } });
  });

  it('an override with its reason wins over the rule, which is still reported', () => {
    const override = { verdict: 'go' as const, reason: '外包团队已签约，两周内到岗，能力差距可补齐' };
    const call = feasibilityCall({ dimensions, override });
    expect(call).toMatchObject({ verdict: 'go', override, rule: { verdict: 'pilot', reason: 'one-red' } });
  });

  it('an override also decides while the rule has no call yet', () => {
    const override = { verdict: 'no-go' as const, reason: '总行暂停所有生成式 AI 项目' };
    expect(feasibilityCall({ dimensions: card({}), override })).toMatchObject({ verdict: 'no-go', rule: { verdict: null, reason: 'incomplete' } });
  });

  it('an override without a written reason does not stand', () => {
    const call = feasibilityCall({ dimensions, override: { verdict: 'go', reason: '  \n ' } });
    expect(call).toMatchObject({ verdict: 'pilot', override: null });
  });
});
