import type { Criterion, ParticipantScore, StageOf } from '../../model/workshop';
import { pairwiseJudgements, scoreRow, stageBase } from '../helpers';

/** 智能客服落地 (zh-CN), stage 3: four options × eight criteria, pairwise weights, agreed scores. */

export const options = {
  api: 'cs-o-api',
  qwen72: 'cs-o-qwen72',
  lora: 'cs-o-lora7b',
  rag: 'cs-o-rag32',
} as const;

export const criteria = {
  quality: 'cs-k-quality',
  explain: 'cs-k-explain',
  residency: 'cs-k-residency',
  cost: 'cs-k-cost',
  latency: 'cs-k-latency',
  fresh: 'cs-k-fresh',
  maturity: 'cs-k-maturity',
  ops: 'cs-k-ops',
} as const;

const rating = { scale: 'rating' as const, unit: '', knockout: null, linkedCardIds: [] as string[] };

const criterionList: Criterion[] = [
  { ...rating, id: criteria.quality, name: '任务效果与质量', direction: 'benefit', libraryKey: 'quality', linkedCardIds: ['cs-c-p-search', 'cs-c-p-inconsistent'],
    description: '在 200 条真实工单问题上的人工评测：答案是否正确、完整、符合行内口径。' },
  { ...rating, id: criteria.explain, name: '可解释性', direction: 'benefit', libraryKey: 'explainability', linkedCardIds: ['cs-c-p-script', 'cs-c-p-inconsistent'],
    description: '每条回答能否给出出处（文档名、章节、生效日期），质检和监管检查时能否复核。' },
  { ...rating, id: criteria.residency, name: '数据驻留与私有化部署', direction: 'benefit', libraryKey: 'residency', knockout: 4, linkedCardIds: ['cs-c-p-pii'],
    description: '一票否决：客户信息和通话内容不得离开行内网络（≥ 4 分）。' },
  { ...rating, id: criteria.cost, name: '每千次请求成本', direction: 'cost', libraryKey: 'cost', scale: 'measured', unit: '元 / 千次请求',
    description: '含 GPU 折旧（按 3 年）、电费、运维人力或 API 费用；按每通电话 3 次请求估算。' },
  { ...rating, id: criteria.latency, name: '推理延迟（P95）', direction: 'cost', libraryKey: 'latency', scale: 'measured', unit: '毫秒', linkedCardIds: ['cs-c-p-wait'],
    description: '从坐席提问到答案完整显示，POC 环境实测 P95；通话中超过 2 秒坐席就不会再看。' },
  { ...rating, id: criteria.fresh, name: '知识更新时效', direction: 'benefit', libraryKey: null, linkedCardIds: ['cs-c-p-outdated'],
    description: '政策调整后，新口径多快能出现在答案里（5 = 当天生效，1 = 需要重新训练）。' },
  { ...rating, id: criteria.maturity, name: '技术成熟度', direction: 'benefit', libraryKey: 'maturity',
    description: '同业落地案例、版本稳定性、配套工具是否成熟。' },
  { ...rating, id: criteria.ops, name: '运维难度', direction: 'cost', libraryKey: null,
    description: '上线后我们自己的团队维护它有多难（5 = 很难；越低越好）。' },
];

export function technologyStage(): StageOf<'matrix'> {
  const c = criteria;
  return {
    ...stageBase('technology', 'zh-CN', 'cs-st-tech', 83, 10),
    kind: 'matrix',
    options: [
      { id: options.api, name: '托管大模型 API（公有云）', description: '调用云厂商的大模型服务，按 token 计费；效果强、上线快，但通话内容要出行。' },
      { id: options.qwen72, name: 'Qwen2.5-72B-Instruct 私有化部署（仅提示工程）', description: '行内机房 4 × A800 80GB，vLLM 部署；知识写在提示词里，不做检索。' },
      { id: options.lora, name: '微调小模型 Qwen2.5-7B + LoRA', description: '用 2 万条历史问答微调 7B 模型，单卡 L20 即可推理；知识固化在权重里。' },
      { id: options.rag, name: 'RAG：Qwen2.5-32B-Instruct 私有化 + 知识库检索', description: '2 × A800 80GB 部署 32B 模型，检索手册、政策文件和历史工单，答案附出处。' },
    ],
    criteria: criterionList,
    weighting: {
      mode: 'pairwise',
      direct: {},
      pairwise: pairwiseJudgements([
        [c.quality, 0.25], [c.residency, 0.2], [c.explain, 0.15], [c.fresh, 0.12],
        [c.latency, 0.1], [c.cost, 0.08], [c.maturity, 0.05], [c.ops, 0.05],
      ]),
    },
    scores: [
      ...scoreRow(options.api, [
        [c.quality, 4, '通用能力最强，但不了解行内产品口径，评测中有 11% 的答案“看起来对、口径不对”。', 'POC 评测 2026-03-10，200 条'],
        [c.explain, 2, '只能在提示词里要求引用，无法保证出处真实。'],
        [c.residency, 1, '通话内容需发往公有云，信息科技部和合规均明确不同意。', '行内《数据出境与外部服务管理办法》'],
        [c.cost, 18, '按当前报价与每通电话约 2,400 token 估算。', '云厂商 2026 年 3 月报价'],
        [c.latency, 2400, '专线到公有云，高峰期 P95 明显变长。', 'POC 实测 3 天'],
        [c.fresh, 2, '新政策要靠改提示词，长文档放不进去。'],
        [c.maturity, 5, '大量商用案例，接口稳定。'],
        [c.ops, 1, '不需要自己维护模型和 GPU。'],
      ]),
      ...scoreRow(options.qwen72, [
        [c.quality, 3, '中文和金融术语表现好，但不知道最新政策，常按通用常识作答。', 'POC 评测 2026-03-10，200 条'],
        [c.explain, 2, '没有检索，答案无法指向具体文档。'],
        [c.residency, 5, '部署在行内机房，数据不出行。'],
        [c.cost, 36, '4 卡 A800 按 3 年折旧，加电费与 0.5 人运维，利用率按 40% 计。', '信息科技部测算表 v2'],
        [c.latency, 1900, '72B 模型首字快，但长答案生成慢。', 'POC 实测，并发 30'],
        [c.fresh, 1, '政策一变就要改提示词，覆盖不了几千页手册。'],
        [c.maturity, 4, '开源生态成熟，同业已有私有化案例。'],
        [c.ops, 3, '需要自己维护 GPU 集群和推理服务。'],
      ]),
      ...scoreRow(options.lora, [
        [c.quality, 3, '常见问题答得好，冷门业务和新政策答错率高。', '赵强离线评测，200 条'],
        [c.explain, 2, '知识在权重里，说不清依据。'],
        [c.residency, 5, '行内部署。'],
        [c.cost, 6, '单卡 L20 即可承载试点负载。', '信息科技部测算表 v2'],
        [c.latency, 450, '小模型延迟最低。', 'POC 实测，并发 30'],
        [c.fresh, 1, '每次政策调整都要重新整理数据、重新微调，至少两周。'],
        [c.maturity, 3, 'LoRA 流程成熟，但我们没有做过。'],
        [c.ops, 4, '要维护训练数据、训练流水线和模型版本。'],
      ]),
      ...scoreRow(options.rag, [
        [c.quality, 4, '检索到正确文档时答案准确；错误主要来自检索没命中。', 'POC 评测 2026-03-10，200 条'],
        [c.explain, 5, '每条答案附文档名、章节和生效日期，坐席可一键打开原文。'],
        [c.residency, 5, '模型、向量库、文档都在行内。'],
        [c.cost, 15, '2 卡 A800 加检索服务，利用率按 50% 计。', '信息科技部测算表 v2'],
        [c.latency, 1300, '检索约 150 毫秒，生成约 1.1 秒。', 'POC 实测，并发 30'],
        [c.fresh, 5, '文档入库后当天即可检索到，无需训练。'],
        [c.maturity, 4, '同业已有坐席助手落地，开源组件成熟。'],
        [c.ops, 4, '模型之外还要维护检索、切分和文档同步流程。'],
      ]),
    ],
    blindScoring: { active: false, revealed: true, scores: blindScores() },
  };
}

/** The blind round on quality and explainability, revealed: the business rated the hosted API higher than IT did. */
function blindScores(): ParticipantScore[] {
  const rows: [participantId: string, quality: number[], explain: number[]][] = [
    // option order: api, qwen72, lora, rag
    ['cs-p-zhou', [5, 3, 3, 4], [3, 2, 2, 5]],
    ['cs-p-liu', [5, 3, 2, 4], [2, 2, 1, 5]],
    ['cs-p-zhang', [3, 3, 3, 4], [2, 2, 2, 4]],
    ['cs-p-zhao', [3, 4, 3, 4], [1, 2, 2, 5]],
    ['cs-p-wang', [4, 3, 3, 5], [2, 1, 2, 5]],
  ];
  const order = [options.api, options.qwen72, options.lora, options.rag];
  return rows.flatMap(([participantId, quality, explain]) =>
    order.flatMap((optionId, i) => [
      { participantId, optionId, criterionId: criteria.quality, value: quality[i] ?? 3 },
      { participantId, optionId, criterionId: criteria.explain, value: explain[i] ?? 3 },
    ]),
  );
}
