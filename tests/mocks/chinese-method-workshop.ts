import { blankAdr } from '../../shared/adr/blank-adr';
import type { Adr, StageOf, Workshop } from '../../shared/model/workshop';
import { workshopSchema } from '../../shared/model/workshop';
import { chineseWorkshop } from './chinese-workshop';

/**
 * The Chinese workshop of chinese-workshop.ts with the method boards worked through, as a room
 * would leave them at the end of the day: the matrix scored and weighted (one option knocked out
 * by the data-privacy must-have), the feasibility scorecard assessed (two ambers → pilot first)
 * with a pilot plan, the risks rated (one unrated, one closed), actions with monitoring and a
 * feedback loop, two ADRs linked to the matrix, and two Mermaid diagrams in the architecture notes.
 * `brokenDiagram` adds a third diagram whose source Mermaid cannot parse.
 */
export const mermaidSources = {
  flow: 'graph LR\n  坐席 --> 网关 --> 检索 --> 模型',
  sequence: 'sequenceDiagram\n  participant A as 坐席\n  participant G as 网关\n  participant M as Qwen2.5\n  A->>G: 提问\n  G->>M: 检索 + 提示\n  M-->>A: 带引用的答案',
  broken: 'graph LR\n  坐席 --> [[[',
} as const;

type Scores = Record<string, [number, number, number, number]>;
/** Per option (by name prefix): 回答准确率, 数据隐私, 首字延迟 (ms), 总体拥有成本. */
const scores: Scores = {
  Qwen: [4, 5, 420, 3],
  DeepSeek: [5, 2, 900, 2],
  GLM: [2, 5, 380, 2],
};
const weights = [50, 15, 15, 20];

const evidence = [
  { key: 'business-fit', score: 4, status: 'green', evidence: '客服主管出两名骨干全程参与；AHT 目标 6 → 4 分钟已写入年度 KPI。' },
  { key: 'data', score: 3, status: 'amber', evidence: '手册齐全；历史工单约 12% 缺标签，录音需脱敏后才能用。' },
  { key: 'team', score: 3, status: 'amber', evidence: '有 MLOps 经验，缺少大模型评测经验；计划请外部顾问两周。' },
  { key: 'compute-cost', score: 4, status: 'green', evidence: '一期预算 80 万元已批；2 × A100 可承载 120 路并发。' },
  { key: 'compliance', score: 4, status: 'green', evidence: '数据不出本地机房；录音脱敏流程经法务初审通过。' },
] as const;

const pilot = {
  scope: '上海客服中心 20 名坐席，仅限退款与物流两类问题。',
  metrics: '平均处理时长下降 ≥ 20%；答案引用准确率 ≥ 95%；坐席满意度 ≥ 4/5。',
  duration: '4 周（2026 年 3 月 2 日 – 3 月 27 日）',
  data: '产品手册 3,000 页 + 近 12 个月脱敏工单。',
  team: '产品 1、算法 2、MLOps 1、客服骨干 2。',
  exitCriteria: '任一周出现涉及赔付的错误承诺即暂停；四周后指标未达标则不推广。',
};

const riskRatings: Record<string, Partial<StageOf<'risks'>['risks'][number]>> = {
  模型幻觉导致错误承诺: { likelihood: 3, impact: 5, mitigation: '- 答案必须带引用\n- 涉及赔付的回答一律人工复核', status: 'mitigating' },
  'GPU 资源不足': { category: 'compute', likelihood: 2, impact: 3, owner: '周杰', mitigation: '限流 + 降级到检索结果直出。' },
  'Explainability for auditors': { likelihood: 4, impact: 2, owner: 'Hanna Schmidt', mitigation: 'Log retrieved passages and prompts; monthly domain review.' },
};
const extraRisks = [
  { title: '录音转写泄露个人信息', category: 'privacy', likelihood: 2, impact: 5, owner: '陈晨', mitigation: '转写后立即脱敏；原始录音不出机房。', status: 'open' },
  { title: '坐席不信任模型答案', category: 'scenario-fit', likelihood: 4, impact: 3, owner: '赵敏', mitigation: '试点期每周收集反馈，答案可一键纠错。', status: 'open' },
  { title: '备案要求尚不明确', category: 'compliance', likelihood: null, impact: null, owner: '陈晨', mitigation: '', status: 'open' },
  { title: '向量库单点故障', category: 'technical', likelihood: 2, impact: 2, owner: '周杰', mitigation: '已改为双副本。', status: 'closed' },
] as const;

export function chineseMethodWorkshop({ brokenDiagram = false }: { brokenDiagram?: boolean } = {}): Workshop {
  const doc = structuredClone(chineseWorkshop());
  let n = 0;
  const id = () => `m${(n++).toString(36)}`;
  let matrixStageId: string | null = null;
  const optionIds: Record<string, string> = {};
  const criterionIds: string[] = [];

  for (const stage of doc.stages) {
    if (stage.kind === 'matrix') {
      matrixStageId = stage.id;
      stage.weighting = { mode: 'direct', direct: Object.fromEntries(stage.criteria.map((c, k) => [c.id, weights[k] ?? 0])), pairwise: [] };
      stage.criteria.forEach((c) => criterionIds.push(c.id));
      stage.scores = stage.options.flatMap((o) => {
        const key = Object.keys(scores).find((k) => o.name.startsWith(k)) ?? '';
        optionIds[key] = o.id;
        return stage.criteria.map((c, k) => ({ optionId: o.id, criterionId: c.id, value: scores[key]?.[k] ?? null, rationale: '', evidence: '' }));
      });
    }
    if (stage.kind === 'notes' && stage.templateKey === 'architecture') {
      stage.sections.push({ id: id(), title: '推理流程', markdown: `坐席提问经网关进入检索，再由模型生成带引用的答案。\n\n\`\`\`mermaid\n${mermaidSources.sequence}\n\`\`\`` });
      if (brokenDiagram) stage.sections.push({ id: id(), title: '草图', markdown: `\`\`\`mermaid\n${mermaidSources.broken}\n\`\`\`` });
    }
    if (stage.kind === 'scorecard') {
      stage.dimensions = stage.dimensions.map((d, i) => ({ ...d, ...(evidence[i] ?? {}) }));
      stage.pilot = pilot;
    }
    if (stage.kind === 'risks') {
      stage.risks = [
        ...stage.risks.map((r) => ({ ...r, ...(riskRatings[r.title] ?? {}) })),
        ...extraRisks.map((r) => ({ id: id(), description: '', linkedIds: [], ...r })),
      ];
    }
    if (stage.kind === 'actions') {
      const statuses = ['done', 'doing', 'todo', 'todo'] as const;
      stage.actions = stage.actions.map((a, i) => ({ ...a, status: statuses[i] ?? 'todo' }));
      stage.monitoring = [
        { id: id(), metric: '平均处理时长（AHT）', threshold: '> 5 分钟连续 3 天', watcher: '赵敏' },
        { id: id(), metric: '答案引用准确率', threshold: '< 95%', watcher: '王芳' },
        { id: id(), metric: 'p95 first-token latency', threshold: '> 800 ms', watcher: 'Hanna Schmidt' },
      ];
      stage.feedbackChannels = '坐席界面的“答案有误”按钮；每周五质检抽样 50 条；企业微信反馈群。';
      stage.cadence = '试点期每周复盘，推广后每月一次';
    }
  }

  const adr = (init: Partial<Adr> & Pick<Adr, 'number' | 'title'>): Adr => ({
    ...blankAdr(id(), init.title, '2026-01-15'),
    status: 'accepted',
    deciders: ['李雷', 'Hanna Schmidt', '周杰'],
    matrixStageId,
    ...init,
  });
  const qwen = { id: id(), title: 'Qwen2.5-72B-Instruct 私有化部署', matrixOptionId: optionIds.Qwen ?? null, pros: '中文效果好；数据不出机房。', cons: '需要 2 × A100，运维成本高。' };
  doc.adrs = [
    adr({
      number: 1,
      title: '选用 Qwen2.5-72B 私有化部署作为基座模型',
      context: '客服知识问答需要中文能力强、数据不出本地的模型；决策矩阵比较了三个候选。',
      driverCriterionIds: [criterionIds[0] ?? '', criterionIds[1] ?? ''].filter(Boolean),
      drivers: '一期预算 80 万元以内。',
      options: [
        qwen,
        { id: id(), title: 'DeepSeek-V3 API', matrixOptionId: optionIds.DeepSeek ?? null, pros: '效果最强，按量计费。', cons: '数据需出境评估，不满足硬性要求。' },
        { id: id(), title: 'GLM-4-9B + RAG', matrixOptionId: optionIds.GLM ?? null, pros: '成本最低。', cons: '长答案质量一般。' },
      ],
      chosenOptionId: qwen.id,
      outcome: '选用 Qwen2.5-72B-Instruct，用 vLLM 部署在本地 2 × A100 上。',
      consequences: '- 需要一名 MLOps 工程师负责推理服务\n- 三个月后按评测结果复审',
    }),
    adr({
      number: 2,
      title: '试点阶段只做检索增强，不做微调',
      status: 'proposed',
      context: '知识更新频繁，微调跟不上；评测集尚未完成。',
      outcome: '试点阶段只用 RAG + 提示工程；三个月后再评估 LoRA 微调。',
      consequences: 'Fine-tuning data collection starts now so a LoRA run is possible in Q2.',
    }),
  ];
  return workshopSchema.parse(doc);
}
