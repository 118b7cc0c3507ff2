import type { FieldDef } from './cards';
import type { Language, StageKind } from './workshop';

export type LocalizedText = Record<Language, string>;

export interface TemplateField {
  key: string;
  label: LocalizedText;
  type: FieldDef['type'];
  options?: LocalizedText[];
}

export interface TemplateStage {
  key: string;
  kind: StageKind;
  timeboxMinutes: number;
  title: LocalizedText;
  goal: LocalizedText;
  prompts: LocalizedText[];
  /** Fields of the stage's cards (cards boards only). */
  fields?: TemplateField[];
}

const t = (en: string, zh: string): LocalizedText => ({ en, 'zh-CN': zh });

/** The default method of DESIGN.md: nine stages from scenario to actions, in both languages. */
export const llmLandingStages: readonly TemplateStage[] = [
  {
    key: 'scenario',
    kind: 'cards',
    timeboxMinutes: 40,
    title: { en: 'Scenario & value points', 'zh-CN': '应用场景与价值点' },
    goal: {
      en: 'Name the scenarios, who benefits, and the value metric with its baseline and target.',
      'zh-CN': '明确应用场景、受益人群，以及价值指标的基线与目标。',
    },
    prompts: [
      { en: 'Which task takes the most time today?', 'zh-CN': '今天哪项工作最耗时？' },
      { en: 'How will we know it worked? Baseline → target.', 'zh-CN': '怎样判断成功？基线 → 目标。' },
    ],
    fields: [
      { key: 'beneficiary', label: t('Who benefits', '受益人'), type: 'text' },
      { key: 'metric', label: t('Value metric (KPI)', '价值指标（KPI）'), type: 'text' },
      { key: 'baseline', label: t('Baseline', '基线'), type: 'text' },
      { key: 'target', label: t('Target', '目标'), type: 'text' },
    ],
  },
  {
    key: 'pain-points',
    kind: 'cards',
    timeboxMinutes: 60,
    title: { en: 'User research & pain points', 'zh-CN': '用户调研与痛点分析' },
    goal: {
      en: 'Collect pain points with persona, context, evidence, severity and frequency; cluster and vote.',
      'zh-CN': '收集痛点（角色、使用场景、证据、严重度、频率），归类并投票。',
    },
    prompts: [
      { en: 'Who feels this pain, and when?', 'zh-CN': '谁在什么时候感到这个痛点？' },
      { en: 'What did a user actually say?', 'zh-CN': '用户的原话是什么？' },
    ],
    fields: [
      { key: 'persona', label: t('Persona', '用户角色'), type: 'text' },
      { key: 'context', label: t('Usage context', '使用场景'), type: 'longtext' },
      { key: 'habit', label: t('Current habit', '现有习惯'), type: 'text' },
      { key: 'severity', label: t('Severity (1–5)', '严重程度（1–5）'), type: 'scale' },
      {
        key: 'frequency',
        label: t('Frequency', '频率'),
        type: 'choice',
        options: [t('Several times a day', '每天多次'), t('Daily', '每天'), t('Weekly', '每周'), t('Monthly or less', '每月或更少')],
      },
      { key: 'evidence', label: t('Evidence / quote', '证据 / 原话'), type: 'longtext' },
    ],
  },
  {
    key: 'technology',
    kind: 'matrix',
    timeboxMinutes: 75,
    title: { en: 'Technology selection', 'zh-CN': '技术选型' },
    goal: {
      en: 'Score candidate models and approaches against weighted criteria and knock-outs.',
      'zh-CN': '按加权标准与一票否决项为候选模型和方案打分。',
    },
    prompts: [
      { en: 'Which constraint is a must-have?', 'zh-CN': '哪条约束是必须满足的？' },
      { en: 'Where do IT and the business disagree?', 'zh-CN': 'IT 与业务在哪里看法不同？' },
    ],
  },
  {
    key: 'architecture',
    kind: 'notes',
    timeboxMinutes: 60,
    title: { en: 'System architecture', 'zh-CN': '系统架构设计' },
    goal: {
      en: 'Sketch compute, data storage and access, deployment and the inference path; record decisions.',
      'zh-CN': '勾画算力平台、数据存储与访问、部署与推理流程，并记录架构决策。',
    },
    prompts: [{ en: 'Where does the data live, and who may read it?', 'zh-CN': '数据存放在哪里，谁可以访问？' }],
  },
  {
    key: 'data',
    kind: 'cards',
    timeboxMinutes: 30,
    title: { en: 'Data collection & cleaning', 'zh-CN': '数据采集与清洗' },
    goal: {
      en: 'List data sources, their reliability, quality issues, privacy limits and labelling effort.',
      'zh-CN': '列出数据来源及其可靠性、质量问题、隐私与版权限制和标注工作量。',
    },
    prompts: [{ en: 'Which source would we trust least?', 'zh-CN': '哪个数据源最不可靠？' }],
    fields: [
      { key: 'owner', label: t('Owner', '负责人'), type: 'text' },
      { key: 'reliability', label: t('Reliability', '可靠性'), type: 'choice', options: [t('High', '高'), t('Medium', '中'), t('Low', '低')] },
      { key: 'quality', label: t('Quality issues (noise, missing values)', '质量问题（噪声、缺失值）'), type: 'longtext' },
      { key: 'privacy', label: t('Privacy / copyright limits', '隐私 / 版权限制'), type: 'longtext' },
      {
        key: 'labelling',
        label: t('Labelling effort', '标注工作量'),
        type: 'choice',
        options: [t('None', '无需标注'), t('Small', '小'), t('Medium', '中'), t('Large', '大')],
      },
    ],
  },
  {
    key: 'training',
    kind: 'notes',
    timeboxMinutes: 30,
    title: { en: 'Model training & adaptation', 'zh-CN': '模型训练与调优' },
    goal: {
      en: 'Choose prompting, RAG, fine-tuning or training, and how training will be run and monitored.',
      'zh-CN': '选择提示工程、RAG、微调或训练，并确定训练的执行与监控方式。',
    },
    prompts: [{ en: 'Is prompting alone enough for a pilot?', 'zh-CN': '试点阶段仅靠提示工程是否足够？' }],
  },
  {
    key: 'feasibility',
    kind: 'scorecard',
    timeboxMinutes: 40,
    title: { en: 'Feasibility', 'zh-CN': '可行性评估' },
    goal: {
      en: 'Judge business fit, data, team, compute and cost, and compliance: go, pilot first, or no-go.',
      'zh-CN': '评估业务契合度、数据、团队、算力与成本及合规风险：上线、先试点或不做。',
    },
    prompts: [{ en: 'What would make this a no-go?', 'zh-CN': '什么情况下应当放弃？' }],
  },
  {
    key: 'risks',
    kind: 'risks',
    timeboxMinutes: 30,
    title: { en: 'Challenges & risks', 'zh-CN': '挑战与风险' },
    goal: {
      en: 'Rate risks by likelihood and impact, with owners and mitigations.',
      'zh-CN': '按可能性与影响评估风险，明确负责人和缓解措施。',
    },
    prompts: [{ en: 'Which risk would stop the pilot?', 'zh-CN': '哪个风险会让试点停下来？' }],
  },
  {
    key: 'actions',
    kind: 'actions',
    timeboxMinutes: 25,
    title: { en: 'Continuous optimisation & actions', 'zh-CN': '持续优化与行动项' },
    goal: {
      en: 'Agree monitoring, the feedback loop, the iteration plan, and actions with owners and dates.',
      'zh-CN': '确定监控、反馈闭环、迭代计划，以及有负责人和截止日期的行动项。',
    },
    prompts: [{ en: 'Who does what by when?', 'zh-CN': '谁在什么时间之前做什么？' }],
  },
];

