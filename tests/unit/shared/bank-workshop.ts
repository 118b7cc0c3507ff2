import { llmLandingStages, templateFields } from '../../../shared/model/templates';
import type { Card, Criterion, Risk, Stage, StageKind, StageOf, Workshop } from '../../../shared/model/workshop';
import { defaultVoting, emptyMatrix, emptyPilot, idleTimer, newCard, SCHEMA_VERSION } from '../../../shared/model/workshop';

/**
 * A realistic workshop held at a bank's customer-service centre: Chinese content with some
 * English, quotes from interviews, an emoji outside the BMP, and one stage of every board kind.
 * Every call returns a fresh object, so tests may freeze or change their copy freely.
 */
export function bankWorkshop(): Workshop {
  const at = '2025-03-18T09:30:00+08:00';
  const card = (id: string, text: string, color: Card['color'], tags: string[] = [], extra: Partial<Card> = {}): Card =>
    newCard({ id, text, color, tags, createdAt: at, ...extra });
  const fieldsOf = (key: string) => templateFields(llmLandingStages.find((t) => t.key === key) ?? llmLandingStages[0]!, 'zh-CN');
  const board = { groups: [], voting: defaultVoting, blind: false };
  const crit: Omit<Criterion, 'id' | 'name' | 'description'> = { direction: 'benefit', scale: 'rating', unit: '', knockout: null, libraryKey: null, linkedCardIds: [] };
  const risk: Omit<Risk, 'id' | 'title' | 'description'> = { category: 'custom', likelihood: null, impact: null, owner: '', mitigation: '', status: 'open', linkedIds: [] };
  const base = (id: string, title: string, templateKey: string, timeboxMinutes: number) => ({
    id,
    title,
    goal: '',
    prompts: [] as string[],
    timeboxMinutes,
    templateKey,
    timer: idleTimer,
  });
  const stages: Stage[] = [
    {
      ...base('st-scenario', '应用场景与价值点', 'scenario', 40),
      goal: '明确应用场景、受益人群，以及价值指标的基线与目标。',
      prompts: ['今天哪项工作最耗时？', '怎样判断成功？基线 → 目标。'],
      kind: 'cards',
      ...board,
      fields: fieldsOf('scenario'),
      blind: true,
      cards: [
        card('c-aht', '坐席平均处理时长 6 分钟 → 4 分钟', 'yellow', ['KPI', '价值点'], {
          fields: { beneficiary: '一线坐席', metric: '平均处理时长 AHT', baseline: '6 分钟', target: '4 分钟' },
        }),
        card('c-fcr', '一次解决率 (FCR) 72% → 85%', 'green', ['KPI']),
        card('c-summary', '通话结束后自动生成工单摘要 (call summary)，坐席只需确认', 'blue'),
        card('c-hidden', '夜间客服只有机器人，客户满意度 62%（盲写，尚未揭晓）', 'blue', [], { hidden: true, authorId: 'p-zhang' }),
      ],
    },
    {
      ...base('st-pain', '用户调研与痛点分析', 'pain-points', 60),
      kind: 'cards',
      ...board,
      fields: fieldsOf('pain-points'),
      groups: [
        { id: 'g-agent', title: '坐席效率', color: 'orange' },
        { id: 'g-customer', title: '客户体验 Customer', color: null },
      ],
      voting: {
        budget: 3,
        maxPerCard: 2,
        revealed: true,
        votes: [
          { participantId: 'p-wang', cardId: 'c-systems', count: 2 },
          { participantId: 'p-wang', cardId: 'c-wait', count: 1 },
          { participantId: 'p-zhang', cardId: 'c-systems', count: 2 },
        ],
      },
      timer: { elapsedMs: 64 * 60_000, runningSince: null, extraMinutes: 5 },
      cards: [
        card('c-wait', '“转人工要排队十几分钟，问的还是同一个问题。”——客户访谈，2025-03-05', 'pink', ['客户', '严重度:高'], {
          groupId: 'g-customer',
          fields: { persona: '信用卡客户', severity: '5', frequency: '每天多次', evidence: '“我只想知道退款什么时候到账”' },
          placement: { impact: 0.9, effort: 0.35 },
          authorId: 'p-li',
        }),
        card(
          'c-systems',
          '坐席要在 5 个系统之间切换（CRM、核心系统、知识库、工单、质检），新人上手要 3 个月',
          'orange',
          ['坐席', 'frequency: daily'],
          { groupId: 'g-agent', fields: { persona: '一线坐席', severity: '4' }, placement: { impact: 0.8, effort: 0.7 } },
        ),
        card('c-emotion', '😤 情绪激动的客户识别不出来，投诉升级后才知道 🏦', 'purple', ['质检']),
        card('c-kb', "知识库文章过期：\"信用卡年费减免\" 政策 2024 年已改", 'grey'),
      ],
    },
    {
      ...base('st-tech', '技术选型', 'technology', 75),
      timer: { elapsedMs: 0, runningSince: '2025-03-18T11:15:00+08:00', extraMinutes: 0 },
      kind: 'matrix',
      ...emptyMatrix(),
      options: [
        { id: 'o-qwen', name: 'Qwen2.5-72B 私有化部署', description: '行内 GPU 集群，数据不出行' },
        { id: 'o-rag', name: 'RAG + 7B 小模型', description: '知识库检索增强；延迟低，成本可控' },
        { id: 'o-cloud', name: 'GPT-4o (public cloud)', description: '效果最好，但数据出境 — 一票否决？' },
      ],
      criteria: [
        { id: 'k-privacy', name: '数据隐私 / data privacy', description: '客户信息不得离开行内网络', ...crit, knockout: 4, libraryKey: 'residency', linkedCardIds: ['c-systems'] },
        { id: 'k-latency', name: '推理延迟 latency', description: 'P95 < 1.5 s，坐席实时辅助', ...crit, direction: 'cost', scale: 'measured', unit: '毫秒' },
        { id: 'k-explain', name: '可解释性', description: '监管检查时能说明回答依据', ...crit },
      ],
      weighting: { mode: 'direct', direct: { 'k-privacy': 50, 'k-latency': 30, 'k-explain': 20 }, pairwise: [] },
      scores: [
        { optionId: 'o-qwen', criterionId: 'k-privacy', value: 5, rationale: '部署在行内 GPU 集群', evidence: '信息科技部评估报告 2025-02' },
        { optionId: 'o-rag', criterionId: 'k-latency', value: 650, rationale: '“7B 模型 P95 约 0.65 s”——张伟实测', evidence: '' },
        { optionId: 'o-cloud', criterionId: 'k-privacy', value: 1, rationale: '数据出境，需单独审批', evidence: '' },
      ],
      // A blind round under way: two people have scored, nobody has seen the others' scores.
      blindScoring: {
        active: true,
        revealed: false,
        scores: [
          { participantId: 'p-wang', optionId: 'o-rag', criterionId: 'k-explain', value: 4 },
          { participantId: 'p-zhang', optionId: 'o-rag', criterionId: 'k-explain', value: 2 },
        ],
      },
    },
    {
      ...base('st-arch', '系统架构设计', 'architecture', 60),
      kind: 'notes',
      sections: [
        {
          id: 'n-flow',
          title: '推理流程',
          markdown: [
            '## 坐席辅助推理流程',
            '',
            '```mermaid',
            'flowchart LR',
            '  ASR[语音转写 ASR] --> RAG[检索 知识库]',
            '  RAG --> LLM[7B 模型] --> UI[坐席工作台]',
            '```',
            '',
            '> ADR-001：模型部署在行内 K8s 集群，**不**调用外部 API。',
          ].join('\n'),
        },
      ],
    },
    {
      ...base('st-data', '数据采集与清洗', 'data', 30),
      kind: 'checklist',
      items: [
        { id: 'i-calls', text: '近 12 个月通话录音转写文本（约 80 万通），脱敏后使用', done: true },
        { id: 'i-kb', text: '知识库 3,200 篇文章：去重、标注过期条目', done: false },
        { id: 'i-label', text: '标注 2,000 条意图样本 (intent labels)，预计 15 人日', done: false },
      ],
    },
    {
      ...base('st-feasibility', '可行性评估', 'feasibility', 40),
      kind: 'scorecard',
      override: null,
      pilot: { ...emptyPilot },
      dimensions: [
        { id: 'd-fit', name: '业务契合度', description: '高：坐席与客户两端都受益', key: 'custom', score: null, status: null, evidence: '' },
        { id: 'd-data', name: '数据充分性与质量', description: '中：录音多，但知识库需清洗', key: 'custom', score: null, status: null, evidence: '' },
        { id: 'd-compliance', name: '法律与合规风险', description: '《个人信息保护法》PIPL；需做个人信息影响评估', key: 'custom', score: null, status: null, evidence: '' },
      ],
    },
    {
      ...base('st-risks', '挑战与风险', 'risks', 30),
      kind: 'risks',
      risks: [
        { id: 'r-halluc', title: '模型“幻觉”给出错误利率', description: '缓解：只回答检索到的条款，并标注出处；人工复核', ...risk },
        { id: 'r-gpu', title: '算力不足 (GPU 排队)', description: '高峰期 3,000 坐席并发', ...risk },
      ],
    },
    {
      ...base('st-actions', '持续优化与行动项', 'actions', 25),
      kind: 'actions',
      monitoring: [{ id: 'm-aht', metric: '平均处理时长 AHT', threshold: '> 5 分钟连续 3 天', watcher: '王丽' }],
      feedbackChannels: '坐席一键反馈“答案有误”',
      cadence: '每两周迭代一次',
      actions: [
        { id: 'a-pilot', title: '选 20 名坐席试点两周', owner: '王丽（客服中心）', due: '2025-04-30', status: 'todo', linkedIds: [] },
        { id: 'a-dpia', title: '完成个人信息影响评估 (PIA)', owner: 'Li Wei, Compliance', due: '2025-04-15', status: 'todo', linkedIds: [] },
      ],
    },
  ];
  return {
    schemaVersion: SCHEMA_VERSION,
    id: 'ws-bank-cs-2025',
    title: '智能客服落地工作坊',
    language: 'zh-CN',
    createdAt: '2025-03-18T09:00:00+08:00',
    updatedAt: '2025-03-18T17:45:12.345+08:00',
    participants: [
      { id: 'p-wang', name: '王丽', role: '客服中心运营经理' },
      { id: 'p-zhang', name: '张伟', role: '信息科技部架构师' },
      { id: 'p-li', name: 'Li Wei (李伟)', role: 'Compliance' },
    ],
    stages,
    currentStageId: 'st-pain',
    parkingLot: [{ id: 'l-budget', text: '明年 GPU 预算由谁审批？', stageId: 'st-tech', createdAt: at }],
    decisions: [{ id: 'l-onprem', text: '模型必须私有化部署，数据不出行。', stageId: 'st-tech', createdAt: at }],
    adrs: [],
  };
}

/** The stage with this id, typed by kind; throws when the fixture does not have it. */
export function stageOf<K extends StageKind>(doc: Workshop, id: string, kind: K): StageOf<K> {
  const stage = doc.stages.find((s) => s.id === id);
  if (!stage || stage.kind !== kind) throw new Error(`fixture has no ${kind} stage ${id}`);
  return stage as StageOf<K>;
}

/** Freezes a value and everything in it, so any mutation throws (tests run in strict mode). */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
