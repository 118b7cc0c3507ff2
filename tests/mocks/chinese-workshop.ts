import { createWorkshop } from '../../shared/model/templates';
import type { Workshop } from '../../shared/model/workshop';
import { workshopSchema } from '../../shared/model/workshop';

/**
 * A realistic Chinese workshop for the PDF tests and the bench: the nine-stage template in zh-CN,
 * filled with what a room would write (Chinese with English product names, numbers, quotes, one
 * emoji). Items are added to the raw document and the result is validated with the schema, so the
 * fixture keeps working as the model grows optional parts (fields, groups, votes are set when the
 * stage has them, and dropped by the schema otherwise).
 */
type Raw = Record<string, unknown>;

const now = '2026-01-15T09:30:00.000+08:00';

interface CardSeed {
  text: string;
  color: string;
  tags?: string[];
  fields?: Record<string, string>;
  group?: number;
  votes?: number;
  /** Impact × effort, both 0 … 1. */
  placement?: { impact: number; effort: number };
}

const scenarioCards: CardSeed[] = [
  { text: '坐席平均处理时长 6 分钟 → 4 分钟（目标）。', color: 'yellow', tags: ['效率'], fields: { beneficiary: '一线客服坐席', metric: '平均处理时长（AHT）', baseline: '6 分钟', target: '4 分钟' } },
  { text: '知识库问答：坐席输入问题，系统给出带引用的答案，减少翻查手册的时间。', color: 'blue', tags: ['RAG', '知识库'], fields: { beneficiary: '坐席、质检', metric: '首次解决率', baseline: '71%', target: '80%' } },
  { text: '工单自动摘要与分类，月底报表不再手工整理。', color: 'green', tags: ['摘要'], fields: { beneficiary: '客服主管', metric: '报表耗时', baseline: '每月 3 天', target: '半天' } },
  { text: 'Outbound follow-up emails drafted by the model, reviewed by the agent before sending.', color: 'pink', tags: ['email'], fields: { beneficiary: 'Agents (EN desk)', metric: 'Emails per hour', baseline: '9', target: '15' } },
];

const painCards: CardSeed[] = [
  { text: '新人培训要三个月，遇到冷门产品问题只能找老员工。', color: 'orange', group: 0, votes: 5, placement: { impact: 0.8, effort: 0.35 }, fields: { persona: '入职半年内的坐席', context: '晚班人少，没人可问', habit: '在群里@组长', severity: '4', frequency: '每天多次', evidence: '“我宁可让客户等，也不敢乱答。”' } },
  { text: '知识库搜索不准：关键词必须和文档标题一模一样才能搜到。', color: 'yellow', group: 0, votes: 4, placement: { impact: 0.9, effort: 0.3 }, fields: { persona: '全体坐席', context: '通话中边听边查', habit: '收藏几十个链接', severity: '5', frequency: '每天多次', evidence: '质检抽样：38% 的错误答复源于查错文档。' } },
  { text: '用户原话：“我只想知道退款什么时候到账” 💬', color: 'pink', group: 1, votes: 3, placement: { impact: 0.55, effort: 0.2 }, fields: { persona: '退款用户', context: '售后进度查询', severity: '3', frequency: '每天', evidence: '退款类工单占 22%。' } },
  { text: 'Agents copy answers from the wiki by hand; 40% of tickets repeat last week\'s questions.', color: 'blue', group: 1, votes: 2, placement: { impact: 0.7, effort: 0.6 }, fields: { persona: 'EN desk agents', context: 'Email queue', habit: 'Copy-paste from Confluence', severity: '3', frequency: '每天', evidence: 'Ticket sample of 500, March.' } },
  { text: '月底整理工单报表全靠 Excel，容易漏掉跨部门流转的工单。', color: 'green', group: 2, votes: 1, placement: { impact: 0.3, effort: 0.25 }, fields: { persona: '客服主管', context: '月度复盘', severity: '2', frequency: '每月或更少' } },
  { text: '通话录音含身份证号和银行卡号，不能直接用于模型训练。', color: 'purple', group: 2, votes: 0, placement: { impact: 0.45, effort: 0.8 }, fields: { persona: '数据合规', context: '数据准备', severity: '5', frequency: '每周', evidence: '《个人信息保护法》第二十八条：敏感个人信息。' } },
];

const dataCards: CardSeed[] = [
  { text: '客服工单库（2023–2025，约 48 万条）', color: 'blue', tags: ['结构化'], fields: { owner: '陈晨', reliability: '高', quality: '约 12% 的工单缺少分类标签；早期工单有重复。', privacy: '含手机号，入库前脱敏。', labelling: '中' } },
  { text: '产品手册 PDF（约 3,000 页）', color: 'green', tags: ['文档'], fields: { owner: '王芳', reliability: '高', quality: '部分扫描件需要 OCR。', privacy: '内部资料，可用于检索，不可外发。', labelling: '无需标注' } },
  { text: '通话录音转写', color: 'purple', tags: ['语音'], fields: { owner: '周杰', reliability: '中', quality: '方言与噪声导致转写错误率约 9%。', privacy: '含身份证号和银行卡号，必须脱敏后才能使用。', labelling: '大' } },
];

const groups = ['知识获取', '用户沟通', '管理与合规'];

const options = [
  { name: 'Qwen2.5-72B-Instruct 私有化部署', description: '在本地 GPU 集群（2 × A100 80GB）上用 vLLM 部署；中文效果好，许可证允许商用。' },
  { name: 'DeepSeek-V3 API', description: '按量计费，效果强；但数据需出境评估，不满足“数据不出本地”的硬性要求。' },
  { name: 'GLM-4-9B + RAG', description: '小模型配合检索增强，成本最低，长答案质量一般。' },
];
const criterion = { scale: 'rating', unit: '', knockout: null, libraryKey: null, linkedCardIds: [] as string[] } as const;
const criteria = [
  { name: '回答准确率', description: '在 200 条真实工单上的人工评测得分。', direction: 'benefit', ...criterion },
  { name: '数据隐私', description: '一票否决：数据不得离开本地机房。', direction: 'benefit', ...criterion, knockout: 4 },
  { name: '首字延迟', description: 'First token < 800 ms，满足通话中实时辅助。', direction: 'cost', ...criterion, scale: 'measured', unit: 'ms' },
  { name: '总体拥有成本', description: '三年硬件、电费与运维人力。', direction: 'cost', ...criterion },
] as const;

const architecture = [
  { title: '算力平台', markdown: '- 推理：2 × A100 80GB，vLLM，张量并行 2\n- 向量检索：Milvus 2.4，单机部署\n- 监控：Prometheus + Grafana\n\n峰值并发按 **120 路通话** 估算，留 30% 余量。' },
  { title: '数据存储与访问', markdown: '知识库文档（约 3,000 页产品手册）每晚增量同步；检索结果必须带引用，坐席可一键打开原文。\n\n```mermaid\ngraph LR\n  坐席 --> 网关 --> 检索 --> 模型\n```' },
  { title: 'ADR-001：先做检索增强，不做微调', markdown: '## 背景\n知识更新频繁，微调跟不上。\n## 决定\n试点阶段只用 RAG + 提示工程；三个月后再评估 LoRA 微调。' },
];

const training = [{ title: '方案', markdown: '1. 提示工程：系统提示固定回答格式（结论 → 依据 → 引用）。\n2. RAG：按段落切分，chunk 512 tokens，重叠 64。\n3. 评测：每周用 200 条工单回归测试。' }];

const dimension = { key: 'custom', score: null, status: null, evidence: '' } as const;
const dimensions = [
  { ...dimension, name: '业务契合度', description: '高：客服主管愿意出两名骨干全程参与试点。' },
  { ...dimension, name: '数据充足性与质量', description: '中：手册齐全，但历史工单标签质量参差。' },
  { ...dimension, name: '团队能力', description: '中：有 MLOps 经验，缺少大模型评测经验。' },
  { ...dimension, name: '算力与成本预算', description: '已批：一期预算 80 万元。' },
  { ...dimension, name: '法律与合规风险', description: '可控：数据不出本地，录音脱敏后再入库。结论：先试点（pilot）。' },
];

const risk = { category: 'technical', likelihood: 3, impact: 4, owner: '李雷', mitigation: '', status: 'open', linkedIds: [] as string[] } as const;
const risks = [
  { ...risk, title: '模型幻觉导致错误承诺', description: '可能性中、影响高。缓解：答案必须带引用；涉及赔付的回答一律人工复核；设置置信度阈值。' },
  { ...risk, title: 'GPU 资源不足', description: '高峰期排队。缓解：限流 + 降级到检索结果直出。' },
  { ...risk, category: 'explainability', title: 'Explainability for auditors', description: 'Auditors ask why an answer was given. Mitigation: log retrieved passages and prompts; monthly domain review.' },
];

const action = { status: 'todo', linkedIds: [] as string[] } as const;
const actions = [
  { ...action, title: '完成 200 条评测集的标注', owner: '王芳', due: '2026-02-15' },
  { ...action, title: '搭建 vLLM 推理服务与监控', owner: 'Hanna Schmidt', due: '2026-02-28' },
  { ...action, title: '录音脱敏流程上线并通过合规评审', owner: '李雷', due: '2026-03-10' },
  { ...action, title: '上海团队四周试点，对比平均处理时长', owner: '赵敏', due: '2026-04-30' },
];

const participants = [
  { name: '李雷', role: '客服中心负责人' },
  { name: '王芳', role: '产品经理' },
  { name: 'Hanna Schmidt', role: 'ML engineer' },
  { name: '赵敏', role: '上海客服主管' },
  { name: '陈晨', role: '数据合规' },
  { name: '周杰', role: 'IT 架构师' },
];

export interface ChineseWorkshopOptions {
  /** Repeats every board's items this many times (for a longer handout in the bench). */
  repeat?: number;
}

/** The nine-stage template in Chinese, filled in and validated. */
export function chineseWorkshop({ repeat = 1 }: ChineseWorkshopOptions = {}): Workshop {
  let n = 0;
  const id = () => `p${(n++).toString(36)}`;
  const base = createWorkshop({ template: 'llm-landing', title: '智能客服落地工作坊', language: 'zh-CN', now, makeId: id });
  const doc = JSON.parse(JSON.stringify(base)) as Raw & { stages: Raw[] };
  doc.participants = participants.map((p) => ({ id: id(), ...p }));
  const people = (doc.participants as Raw[]).map((p) => String(p.id));
  const times = <T>(list: T[]): T[] => Array.from({ length: repeat }, () => list).flat();

  for (const stage of doc.stages) {
    const fieldKeys = new Set(((stage.fields as Raw[] | undefined) ?? []).map((f) => String(f.key)));
    const card = (c: CardSeed, groupId: string | null) => ({
      id: id(),
      text: c.text,
      color: c.color,
      tags: c.tags ?? [],
      createdAt: now,
      fields: Object.fromEntries(Object.entries(c.fields ?? {}).filter(([k]) => fieldKeys.has(k))),
      groupId,
      placement: c.placement ?? null,
      hidden: false,
      authorId: null,
    });
    switch (stage.kind) {
      case 'cards': {
        if (stage.templateKey === 'pain-points') {
          const groupIds = groups.map(() => id());
          if (Array.isArray(stage.groups)) stage.groups = groups.map((title, i) => ({ id: groupIds[i], title, color: null }));
          const cards = times(painCards).map((c) => ({ ...card(c, Array.isArray(stage.groups) ? (groupIds[c.group ?? -1] ?? null) : null), votes: c.votes ?? 0 }));
          stage.cards = cards.map(({ votes: _votes, ...c }) => c);
          const voting = stage.voting as Raw | undefined;
          if (voting) {
            voting.revealed = true;
            voting.votes = cards.flatMap((c) => (c.votes > 0 ? [{ participantId: people[c.votes % people.length], cardId: c.id, count: c.votes }] : []));
          }
        } else stage.cards = times(stage.templateKey === 'data' ? dataCards : scenarioCards).map((c) => card(c, null));
        break;
      }
      case 'matrix':
        stage.options = times(options).map((o) => ({ id: id(), ...o }));
        stage.criteria = criteria.map((c) => ({ id: id(), ...c }));
        break;
      case 'notes':
        stage.sections = times(stage.templateKey === 'training' ? training : architecture).map((s) => ({ id: id(), ...s }));
        break;
      case 'checklist':
        stage.items = times(['客服工单库（2023–2025，约 48 万条）', '产品手册 PDF（约 3,000 页）', '通话录音转写（需脱敏）']).map((text, i) => ({ id: id(), text, done: i % 2 === 0 }));
        break;
      case 'scorecard':
        stage.dimensions = times(dimensions).map((d) => ({ id: id(), ...d }));
        break;
      case 'risks':
        stage.risks = times(risks).map((r) => ({ id: id(), ...r }));
        break;
      case 'actions':
        stage.actions = times(actions).map((a) => ({ id: id(), ...a }));
        break;
    }
  }
  const stageOf = (kind: string) => (doc.stages.find((s) => s.kind === kind)?.id as string | undefined) ?? null;
  if (Array.isArray(doc.decisions)) {
    doc.decisions = [
      { id: id(), text: '技术选型：Qwen2.5-72B-Instruct 私有化部署 + RAG（ADR-001）。', stageId: stageOf('matrix'), createdAt: now },
      { id: id(), text: 'Pilot first: four weeks with the Shanghai team before any roll-out.', stageId: null, createdAt: '2026-01-15T15:40:00.000+08:00' },
    ];
  }
  if (Array.isArray(doc.parkingLot)) doc.parkingLot = [{ id: id(), text: '是否需要支持粤语语音？下次工作坊再议。', stageId: stageOf('cards'), createdAt: now }];
  return workshopSchema.parse(doc);
}
