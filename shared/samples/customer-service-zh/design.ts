import type { Adr, StageOf } from '../../model/workshop';
import { card, stageBase, stageFields } from '../helpers';
import { at } from './discovery';
import { criteria, options } from './technology';

/** 智能客服落地 (zh-CN), stages 4–6: architecture notes with ADRs, data sources, training plan. */

const inferencePath = [
  '## 一次请求怎么走',
  '',
  '```mermaid',
  'flowchart LR',
  '  A["坐席工作台（CTI 插件）"] -->|问题文本| B["API 网关：鉴权、脱敏、限流"]',
  '  B --> C["检索服务：ES 混合检索"]',
  '  C -->|前 5 段 + 出处| D["Qwen2.5-32B（vLLM，2 × A800）"]',
  '  D -->|答案 + 引用| B',
  '  B --> A',
  '  D -. 3 秒超时 .-> E["降级：直接返回检索结果"]',
  '  E --> A',
  '  B --> F[("审计日志")]',
  '```',
  '',
  '1. 坐席在工作台输入问题，或点选语音转写中的一句话。',
  '2. 网关校验坐席身份，用正则和 NER 把身份证号、卡号、手机号替换成占位符，再转发。',
  '3. 检索服务按“关键词 + 向量”混合检索，只在坐席有权限的文档范围内查。',
  '4. 模型按“结论 → 依据 → 引用”的格式作答；**没有检索到依据时回答“未找到”，不得自行编造。**',
  '5. 模型 3 秒内没有返回，就直接展示检索结果，坐席照常工作。',
].join('\n');

const ingestion = [
  '## 知识入库流程',
  '',
  '```mermaid',
  'flowchart TB',
  '  M["产品手册、政策文件"] --> P["解析与切分"]',
  '  T["历史工单（脱敏后）"] --> P',
  '  P --> R{"知识管理员审核"}',
  '  R -->|通过| I["写入索引（带生效日期和权限标签）"]',
  '  R -->|退回| M',
  '  I --> X["旧版本自动下线"]',
  '```',
  '',
  '- 政策文件发布当天入库；每晚 22:00 增量同步一次。',
  '- 每段都带 `生效日期`、`失效日期`、`适用卡种`、`可见范围` 四个标签。',
].join('\n');

export function architectureStage(): StageOf<'notes'> {
  return {
    ...stageBase('architecture', 'zh-CN', 'cs-st-arch', 58),
    kind: 'notes',
    sections: [
      {
        id: 'cs-n-compute',
        title: '算力平台',
        markdown: [
          '| 项目 | 选择 | 说明 |',
          '|---|---|---|',
          '| 部署位置 | 行内同城数据中心，生产区 | 不调用任何外部服务 |',
          '| 推理 | 2 × A800 80GB，vLLM 0.6，张量并行 2 | 试点 120 名坐席，峰值约 40 路并发 |',
          '| 检索 | Elasticsearch 8.13（3 节点，复用现有集群） | 见 ADR-0002 |',
          '| 监控 | Prometheus + Grafana，接入行内告警平台 | P95 延迟、GPU 利用率、超时率 |',
          '',
          '全行推广（420 名坐席）时需再增加 2 张 A800，已列入 2026 年下半年预算申请。',
        ].join('\n'),
      },
      {
        id: 'cs-n-data-access',
        title: '数据存储与访问',
        markdown: [
          '- 文档和索引都在行内，按**坐席所属团队**控制可见范围（信用卡、借记卡、理财分开）。',
          '- 网关只向模型传递脱敏后的文本；原始录音和转写留在原系统，不复制。',
          '- 审计日志保存 3 年，仅质检和合规可查，用于复核和监管检查。',
          '',
          ingestion,
        ].join('\n'),
      },
      { id: 'cs-n-inference', title: '模型部署与推理流程', markdown: inferencePath },
      {
        id: 'cs-n-open',
        title: '待确认事项',
        markdown: '- [ ] CTI 插件能否在现有坐席工作台里嵌入侧边栏（张伟，3 月 25 日前确认）\n- [ ] 审计日志是否需要接入行内统一日志平台\n- [x] 试点期间不接语音实时转写，坐席手动输入问题',
      },
    ],
  };
}

export function adrs(): Adr[] {
  return [
    {
      id: 'cs-adr-1',
      number: 1,
      title: '采用 Qwen2.5-32B 私有化部署 + 知识库检索（RAG）',
      status: 'accepted',
      supersededBy: null,
      date: '2026-03-18',
      deciders: ['周敏', '张伟', '李娜', '赵强'],
      context: '坐席需要在通话中得到准确、有出处、符合最新政策口径的答案；客户信息不得出行。技术选型矩阵比较了四个方案。',
      driverCriterionIds: [criteria.residency, criteria.quality, criteria.explain, criteria.fresh],
      drivers: '数据不出行是硬性要求；政策每月都有调整，知识必须当天生效；质检和监管要求答案可追溯。',
      options: [
        { id: 'cs-adr-1-api', title: '托管大模型 API（公有云）', matrixOptionId: options.api, pros: '效果强，上线最快，无需运维。', cons: '通话内容出行，一票否决。' },
        { id: 'cs-adr-1-qwen72', title: 'Qwen2.5-72B 私有化（仅提示工程）', matrixOptionId: options.qwen72, pros: '中文能力强，数据不出行。', cons: '成本最高；不知道最新政策，答案无出处。' },
        { id: 'cs-adr-1-lora', title: 'Qwen2.5-7B + LoRA 微调', matrixOptionId: options.lora, pros: '成本最低，延迟最低。', cons: '政策一变就要重新微调；答案无法追溯。' },
        { id: 'cs-adr-1-rag', title: 'Qwen2.5-32B 私有化 + RAG', matrixOptionId: options.rag, pros: '答案带出处；新政策当天生效；成本适中。', cons: '检索质量决定上限，需要持续维护知识库。' },
      ],
      chosenOptionId: 'cs-adr-1-rag',
      outcome: '选择 Qwen2.5-32B 私有化部署 + RAG。加权总分 0.81，领先第二名 0.23；敏感性分析显示，只有延迟权重从 9% 提高到约 25% 时，第一名才会换成微调小模型。',
      consequences: '好处：答案可追溯，质检可复核；政策更新不依赖模型训练。\n代价：需要一名知识管理员负责文档审核和下线；检索效果要每周回归测试。\n后续：三个月后评估是否对 32B 模型做 LoRA 微调，以改进话术风格。',
      matrixStageId: 'cs-st-tech',
      linkedCardIds: ['cs-c-p-search', 'cs-c-p-outdated', 'cs-c-p-pii'],
    },
    {
      id: 'cs-adr-2',
      number: 2,
      title: '检索复用行内现有 Elasticsearch 集群，做关键词 + 向量混合检索',
      status: 'proposed',
      supersededBy: null,
      date: '2026-03-18',
      deciders: ['张伟', '赵强'],
      context: '行内已有 3 节点 Elasticsearch 8.13 集群，由运维团队维护；引入新的向量数据库需要新的安全评估。',
      driverCriterionIds: [criteria.ops, criteria.maturity],
      drivers: '少一个新组件就少一次安全评估；坐席搜索习惯用产品名和编号，纯向量检索容易漏。',
      options: [
        { id: 'cs-adr-2-es', title: 'Elasticsearch 8 混合检索（BM25 + 向量）', matrixOptionId: null, pros: '复用现有集群和运维；关键词命中好。', cons: '向量检索性能不如专用向量库。' },
        { id: 'cs-adr-2-milvus', title: '新建 Milvus 向量库', matrixOptionId: null, pros: '向量检索性能好。', cons: '新组件，需安全评估和新的运维能力。' },
      ],
      chosenOptionId: 'cs-adr-2-es',
      outcome: '试点期间使用 Elasticsearch 混合检索；若检索召回率低于 90%，再评估 Milvus。',
      consequences: '试点可以提前约三周启动；需要向运维团队申请索引容量（约 50 GB）。',
      matrixStageId: null,
      linkedCardIds: ['cs-c-p-search'],
    },
  ];
}

export function dataStage(): StageOf<'cards'> {
  const src = (id: string, hhmm: string, text: string, color: 'blue' | 'green' | 'purple' | 'orange' | 'grey', tags: string[], fields: Record<string, string>) =>
    card({ id, text, color, tags, fields, createdAt: at(hhmm) });
  return {
    ...stageBase('data', 'zh-CN', 'cs-st-data', 34),
    kind: 'cards',
    fields: stageFields('data', 'zh-CN'),
    groups: [],
    voting: { budget: 3, maxPerCard: 3, revealed: false, votes: [] },
    blind: false,
    cards: [
      src('cs-c-d-manual', '14:52', '产品手册与业务规程（约 3,200 页，PDF / Word）', 'green', ['文档', '检索'], {
        owner: '陈立（客服运营）', reliability: '高', quality: '约 15% 为扫描件，需要 OCR；同一业务有多个版本并存。', privacy: '内部资料，可用于行内检索，不得外发。', labelling: '小',
      }),
      src('cs-c-d-policy', '14:55', '政策通知与口径文件（2024 年至今，约 600 份）', 'green', ['文档', '时效性'], {
        owner: '陈立（客服运营）', reliability: '中', quality: '很多通知没有写明失效日期；部分只在工作群以截图形式发布。', privacy: '内部资料。', labelling: '中',
      }),
      src('cs-c-d-tickets', '14:58', '历史工单（2023—2025 年，约 48 万条）', 'blue', ['结构化', '评测集'], {
        owner: '王芳（质检）', reliability: '高', quality: '约 12% 缺少分类；“其他”类占 23%；早年数据有重复。', privacy: '含姓名、手机号、卡号后四位，入库前脱敏。', labelling: '中',
      }),
      src('cs-c-d-asr', '15:01', '通话录音转写文本（近 12 个月，约 80 万通）', 'purple', ['语音', '敏感'], {
        owner: '张伟（信息科技部）', reliability: '中', quality: '方言和噪声导致字错率约 9%；说话人区分不稳定。', privacy: '含身份证号、银行卡号等敏感个人信息，必须脱敏并经合规审批后才能使用；试点不用于训练。', labelling: '大',
      }),
      src('cs-c-d-eval', '15:04', '评测集：200 条真实问题 + 标准答案 + 出处', 'orange', ['评测集'], {
        owner: '王芳（质检）', reliability: '高', quality: '需要两位资深坐席交叉标注，分歧由质检主管裁定。', privacy: '从脱敏工单中抽取。', labelling: '中',
      }),
      src('cs-c-d-faq', '15:06', '坐席自建 FAQ 与群聊截图', 'grey', ['不采用'], {
        owner: '刘洋（坐席组长）', reliability: '低', quality: '来源不明、无版本，和正式口径有冲突。', privacy: '可能含客户截图。', labelling: '无需标注',
      }),
    ],
  };
}

export function trainingStage(): StageOf<'notes'> {
  return {
    ...stageBase('training', 'zh-CN', 'cs-st-training', 27),
    kind: 'notes',
    sections: [
      {
        id: 'cs-n-approach',
        title: '方案：试点只做提示工程 + RAG',
        markdown: '试点阶段**不训练、不微调**。理由：知识变化快，检索能当天生效；评测显示错误主要来自检索没命中，而不是模型能力不足。\n\n- 系统提示固定回答格式：结论 → 依据 → 引用（文档名 · 章节 · 生效日期）。\n- 检索：每段 512 token，重叠 64；取前 5 段；按生效日期过滤已失效的段落。\n- 温度 0.2，最长输出 400 token。',
      },
      {
        id: 'cs-n-eval',
        title: '评测与监控',
        markdown: '| 指标 | 方法 | 目标 |\n|---|---|---|\n| 回答正确率 | 200 条评测集，两人盲评 | ≥ 85% |\n| 引用准确率 | 引用的段落确实支持结论 | ≥ 95% |\n| 检索召回率 | 标准答案出处出现在前 5 段 | ≥ 90% |\n| “未找到”比例 | 线上日志 | ≤ 15% |\n\n每周一用评测集跑一次回归；提示词或切分方式改动前后都要跑。',
      },
      {
        id: 'cs-n-finetune',
        title: '第二阶段预案：LoRA 微调（视试点结果）',
        markdown: '如果试点后话术风格仍不符合要求，再做 LoRA 微调：\n\n- 数据：5,000 条经质检认可的优秀答复（脱敏）\n- 方法：LoRA，r = 16，alpha = 32，dropout 0.05，只训练注意力层\n- 优化器：AdamW，学习率 2e-4，余弦退火，预热 3%\n- 3 个 epoch，全局 batch size 64，bf16 混合精度，DeepSpeed ZeRO-2，2 × A800\n- 训练监控：训练 / 验证 loss、评测集正确率；验证 loss 连续 2 次上升即早停',
      },
    ],
  };
}
