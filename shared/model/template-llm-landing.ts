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
  /** A worked example of what the stage produces, shown beside the prompts. */
  example?: LocalizedText;
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
      t('Which task takes the most time today, and who does it?', '今天哪项工作最耗时？是谁在做？'),
      t('If this worked, which number would the business sponsor check first?', '如果做成了，业务负责人第一眼会看哪个数字？'),
      t('What is that number today, and where does it come from?', '这个数字现在是多少？从哪个系统或报表来？'),
      t('What target, by when, would make the project worth paying for?', '到什么时候达到多少，这个项目才值得投入？'),
      t('Which scenario would we drop first if we could only do one?', '如果只能做一个场景，我们先放弃哪个？'),
    ],
    example: t(
      'Card “Answer policy questions during calls” — who benefits: front-line agents; KPI: average handling time; baseline: 6 min (call-centre report, March); target: 4 min within 3 months of roll-out.',
      '卡片“通话中快速回答政策类问题”——受益人：一线坐席；价值指标：平均处理时长；基线：6 分钟（3 月话务报表）；目标：上线三个月内降到 4 分钟。',
    ),
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
      t('Who feels this pain, in which situation, and how often?', '谁在什么情况下遇到这个问题？多久遇到一次？'),
      t('What did a user actually say? Quote it, with the source.', '用户的原话是什么？写下来，并注明出处。'),
      t('How do people work around it today?', '大家现在是怎么绕过这个问题的？'),
      t('What happens if nobody fixes it — who pays, and how much?', '如果一直没人解决，谁来买单？损失有多大？'),
      t('After voting: which clusters are high impact and low effort?', '投完票后：哪些类别影响大、投入小？'),
    ],
    example: t(
      'Card “Search in the knowledge base only finds exact titles” — persona: agent in the first six months; context: searching while the customer waits on the line; habit: asks the team lead in the group chat; severity 5; several times a day; evidence: “I would rather keep the customer waiting than guess.” Clustered under “Finding answers”, 6 dots, high impact / low effort.',
      '卡片“知识库只能按标题精确搜索”——角色：入职半年内的坐席；场景：客户在线等待时查资料；现有习惯：在群里问组长；严重程度 5；每天多次；证据：“我宁可让客户等，也不敢乱答。”归入“查找答案”类，得 6 票，影响大、投入小。',
    ),
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
      t('Which constraint is a must-have, so that failing it rules an option out?', '哪条约束是硬性要求，不满足就直接出局？'),
      t('Which criteria do the top-voted pain points call for?', '得票最高的痛点要求我们看重哪些标准？'),
      t('Which numbers can we measure rather than guess: cost per 1,000 requests, p95 latency?', '哪些指标能实测而不是估计：每千次请求成本、P95 延迟？'),
      t('Where do IT and the business score differently, and why?', 'IT 和业务打分差别最大的是哪几格？为什么？'),
      t('How far would a weight have to move before the winner changes?', '权重要变动多少，排第一的方案才会换？'),
    ],
    example: t(
      'Four options (hosted API, open-weight model self-hosted, fine-tuned small model, RAG over a base model) × eight criteria; “data stays on-premises” is a knock-out that removes the hosted API; weights by pairwise comparison (CR 0.04); the self-hosted model with RAG wins by 0.12 and holds unless latency’s weight doubles. Recorded as ADR-0001.',
      '四个方案（托管 API、开源模型私有化部署、微调小模型、基座模型 + RAG）× 八项标准；“数据不出本地”为一票否决，托管 API 出局；权重用两两比较法得出（CR 0.04）；私有化部署 + RAG 以 0.12 的优势胜出，除非延迟权重翻倍，否则结论不变。记录为 ADR-0001。',
    ),
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
    prompts: [
      t('Where does the model run, on which hardware, at what peak load?', '模型部署在哪里？用什么硬件？峰值负载多大？'),
      t('Where does the data live, and who may read it?', '数据存放在哪里，谁可以访问？'),
      t('Walk one request through the system: what happens at each step?', '拿一个真实请求走一遍：每一步发生了什么？'),
      t('What happens when the model is slow, down, or unsure?', '模型变慢、宕机或没把握时，系统怎么处理？'),
      t('Which decision here would be expensive to reverse? Record it as an ADR.', '哪个决定以后很难推翻？把它记成一条 ADR。'),
    ],
    example: t(
      'Section “Inference path”: a Mermaid flowchart — agent desktop → gateway (auth, masking) → retriever over the policy index → model served with vLLM on two GPUs → answer with citations; fallback to search results when the model times out after 3 s. ADR-0001 “Self-host the model, no external API” links to the winning matrix option.',
      '章节“推理流程”：一张 Mermaid 流程图——坐席工作台 → 网关（鉴权、脱敏）→ 政策知识库检索 → 双卡 vLLM 部署的模型 → 带引用的答案；模型 3 秒超时则直接返回检索结果。ADR-0001“模型私有化部署，不调用外部 API”关联矩阵中胜出的方案。',
    ),
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
    prompts: [
      t('Which sources do we need, and who owns each one?', '需要哪些数据源？每个数据源归谁管？'),
      t('Which source would we trust least, and why?', '哪个数据源最不可靠？为什么？'),
      t('What personal or confidential data is in it, and may we use it for this?', '里面有哪些个人信息或敏感内容？能不能用在这件事上？'),
      t('How much labelling is needed, by whom, and how many person-days?', '需要标注多少？谁来标？要多少人天？'),
    ],
    example: t(
      'Card “Ticket archive 2023–2025, about 480,000 tickets” — owner: service operations; reliability: high; quality: 12 % missing categories, duplicates in early years; privacy: phone numbers masked before indexing; labelling: medium (2,000 tickets for the evaluation set).',
      '卡片“2023—2025 年工单库，约 48 万条”——负责人：客服运营部；可靠性：高；质量问题：约 12% 缺少分类，早年数据有重复；隐私限制：入库前对手机号脱敏；标注工作量：中（评测集需标注 2,000 条）。',
    ),
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
    prompts: [
      t('Is prompting plus retrieval enough for a pilot, or do we need fine-tuning now?', '试点阶段靠提示工程加检索够不够？还是现在就要微调？'),
      t('How will we measure quality: which test set, which metric, who judges?', '怎么衡量效果：用哪套测试集、什么指标、谁来评？'),
      t('If we fine-tune: which method, hyper-parameters and hardware, for how long?', '如果要微调：用什么方法、哪些超参数、什么硬件、训练多久？'),
      t('What do we watch during training, and when do we stop?', '训练过程中盯哪些指标？什么时候停？'),
    ],
    example: t(
      'Pilot: prompting + RAG only (chunks of 512 tokens, top-5, answer format “conclusion → basis → citation”); weekly regression on 200 real tickets, target 85 % judged correct. Phase 2, only if needed: LoRA (r = 16, lr 2e-4, 3 epochs, bf16, 2 GPUs), watching loss and the regression score.',
      '试点阶段只用提示工程 + RAG（每段 512 token，取前 5 段，回答格式“结论 → 依据 → 引用”）；每周用 200 条真实工单回归测试，目标人工判定正确率 85%。第二阶段视需要再做 LoRA 微调（r = 16，学习率 2e-4，3 个 epoch，bf16，双卡），监控 loss 和回归得分。',
    ),
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
    prompts: [
      t('What evidence do we have for each dimension, not just opinion?', '每个维度有什么证据支撑，而不只是感觉？'),
      t('What would make this a no-go?', '什么情况下应当放弃？'),
      t('Which amber could a small pilot turn green, and how?', '哪一项“黄灯”可以通过小范围试点变成“绿灯”？怎么做？'),
      t('Pilot: which team, how long, which metric, and what ends it?', '试点：哪个团队、多长时间、看什么指标、什么情况下停？'),
    ],
    example: t(
      'Business fit 5 (sponsor named, KPI agreed); data 3 (manuals complete, ticket labels patchy); team 3 (no LLM evaluation experience yet); compute & cost 4 (two GPUs approved); compliance 4 (data stays on-premises, PIA scheduled) → two ambers: pilot first. Pilot: 20 agents, 6 weeks, handling time and answer accuracy; stop if accuracy stays below 80 % after week 3.',
      '业务契合度 5（有业务负责人，KPI 已确认）；数据 3（手册齐全，工单标签参差）；团队 3（缺少大模型评测经验）；算力与成本 4（两张 GPU 已批）；合规 4（数据不出本地，个人信息影响评估已排期）→ 两项黄灯：先试点。试点：20 名坐席，6 周，看平均处理时长和回答准确率；第 3 周后准确率仍低于 80% 则叫停。',
    ),
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
    prompts: [
      t('Which risk would stop the pilot?', '哪个风险会让试点停下来？'),
      t('Go round the categories: technical, compute, privacy, explainability, scenario fit, compliance.', '按类别过一遍：技术、算力、隐私、可解释性、场景契合度、合规。'),
      t('How likely is it, and how bad would it be (1–5 each)?', '发生的可能性多大、后果多严重？各按 1–5 分打分。'),
      t('Who owns it, and what do we do before it happens?', '谁负责？在它发生之前我们做什么？'),
      t('How will we explain a wrong answer to an auditor or a customer?', '出了错误答案，我们怎么向审计或客户解释？'),
    ],
    example: t(
      'Risk “Model invents a refund deadline” — category: explainability; likelihood 3, impact 5; owner: QA lead; mitigation: answers only from retrieved passages with citations, refund and compensation answers always reviewed by an agent, weekly sample of 100 answers checked by the domain team.',
      '风险“模型编造退款时限”——类别：可解释性；可能性 3，影响 5；负责人：质检主管；缓解措施：只根据检索到的条款作答并标注出处，涉及退款和赔付的回答一律由坐席复核，业务专家每周抽检 100 条。',
    ),
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
    prompts: [
      t('Who does what by when? One owner per action, a real date.', '谁在什么时间之前做什么？每项只写一个负责人和一个具体日期。'),
      t('Which metrics do we watch after go-live, with which threshold, and who watches?', '上线后盯哪些指标？阈值是多少？谁来盯？'),
      t('How do users report a bad answer, and how fast does it reach the team?', '用户怎么反馈错误答案？多快能到开发团队手里？'),
      t('How often do we iterate, and when do we meet again to decide on roll-out?', '多久迭代一次？什么时候再开会决定是否推广？'),
    ],
    example: t(
      'Action “Label the 200-ticket evaluation set” — owner: Wang Fang, due 15 Feb, to do. Monitoring: answer accuracy < 85 % for a week → QA lead; p95 latency > 2 s → platform team. Feedback: a “wrong answer” button in the agent desktop, reviewed daily. Cadence: release every two weeks, steering review after the pilot.',
      '行动项“完成 200 条评测集标注”——负责人：王芳，2 月 15 日前，待办。监控：回答准确率连续一周低于 85% → 质检主管；P95 延迟超过 2 秒 → 平台组。反馈：坐席工作台上的“答案有误”按钮，每天处理。节奏：两周一次发布，试点结束后召开决策评审会。',
    ),
  },
];

