import type { Id } from '../model/ids';
import type { LocalizedText } from '../model/template-llm-landing';
import type { Language, StageOf } from '../model/workshop';

export type ScorecardDimension = StageOf<'scorecard'>['dimensions'][number];

/** The five dimensions of the method's feasibility call (DESIGN.md, stage 7). */
export const dimensionKeys = ['business-fit', 'data', 'team', 'compute-cost', 'compliance'] as const;
export type DimensionKey = (typeof dimensionKeys)[number];

/** A red on one of these alone stops the project: no pilot can fix a missing business case or an unlawful use. */
export const criticalDimensions: ReadonlySet<string> = new Set<DimensionKey>(['business-fit', 'compliance']);

const t = (en: string, zh: string): LocalizedText => ({ en, 'zh-CN': zh });

export const defaultDimensionTexts: Record<DimensionKey, { name: LocalizedText; description: LocalizedText }> = {
  'business-fit': {
    name: t('Business fit', '业务契合度'),
    description: t(
      'Does the use case solve a top-voted pain point with a measurable value metric and a sponsor?',
      '该场景是否解决了得票最高的痛点，有可衡量的价值指标和业务负责人？',
    ),
  },
  data: {
    name: t('Data sufficiency & quality', '数据充分性与质量'),
    description: t(
      'Is there enough relevant, clean, lawfully usable data (and labels, if needed)?',
      '是否有足够、相关、干净且可合法使用的数据（以及所需的标注）？',
    ),
  },
  team: {
    name: t('Team capability', '团队能力'),
    description: t(
      'Can the team develop, deploy and maintain the system, or is the gap closable in time?',
      '团队能否完成开发、部署和运维？能力差距能否及时补齐？',
    ),
  },
  'compute-cost': {
    name: t('Compute & cost budget', '算力与成本预算'),
    description: t(
      'Do GPU memory, throughput and monthly cost fit the budget at the expected load?',
      '在预期负载下，显存、吞吐和月度成本是否在预算之内？',
    ),
  },
  compliance: {
    name: t('Legal & compliance risk', '法律与合规风险'),
    description: t(
      'Privacy, filing, copyright and sector rules: are they met or manageable?',
      '隐私、备案、版权与行业监管要求是否满足或可控？',
    ),
  },
};

/** The five dimensions, unscored, in one language: a new feasibility stage starts with them. */
export function defaultDimensions(language: Language, makeId: () => Id): ScorecardDimension[] {
  return dimensionKeys.map((key) => ({
    id: makeId(),
    key,
    name: defaultDimensionTexts[key].name[language],
    description: defaultDimensionTexts[key].description[language],
    score: null,
    status: null,
    evidence: '',
  }));
}
