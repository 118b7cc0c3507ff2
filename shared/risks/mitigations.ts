import type { LocalizedText } from '../model/templates';
import type { RiskCategory } from './register';

/**
 * Mitigations a room picks from, grouped by the risk they answer. Content, not UI text: an entry is
 * appended to a risk's mitigation in the workshop's own language. Hallucination is its own group
 * (the most common risk of an LLM application) filed under technical risks.
 */
export type MitigationGroupKey = 'technical' | 'compute' | 'privacy' | 'explainability' | 'scenario-fit' | 'hallucination' | 'compliance';

export interface MitigationEntry {
  key: string;
  text: LocalizedText;
}

export interface MitigationGroup {
  key: MitigationGroupKey;
  /** The risk category the group answers (shown first for risks of that category). */
  category: RiskCategory;
  name: LocalizedText;
  entries: readonly MitigationEntry[];
}

const e = (key: string, en: string, zh: string): MitigationEntry => ({ key, text: { en, 'zh-CN': zh } });

export const mitigationLibrary: readonly MitigationGroup[] = [
  {
    key: 'explainability',
    category: 'explainability',
    name: { en: 'Explainability', 'zh-CN': '可解释性' },
    entries: [
      e('interpretable-model', 'Use a more interpretable model (rules, linear model, decision tree) for the decision step; keep the LLM for language', '决策环节改用更易解释的模型（规则、线性模型、决策树），大模型只负责语言部分'),
      e('feature-importance', 'Report feature importance (global): which inputs drive the outcome, reviewed with the business', '输出特征重要性（全局解释）：哪些输入决定了结果，并与业务方一起复核'),
      e('local-explanations', 'Give local explanations per case (SHAP, LIME): why this answer for this input', '为单个案例提供局部解释（SHAP、LIME）：说明这个输入为何得到这个结果'),
      e('visualisation', 'Visualise reasoning and evidence: retrieved passages, attention/saliency, decision paths in a dashboard', '可视化推理与证据：检索到的段落、注意力/显著性图、决策路径看板'),
      e('expert-review', 'Domain-expert review of outputs on a sample each week before and after launch', '上线前后每周由领域专家抽样评审输出结果'),
      e('feedback-loop', 'User feedback loop: thumbs up/down with a reason in the UI, reviewed and fed into the evaluation set', '建立用户反馈闭环：界面内点赞/点踩并填写原因，定期复盘并纳入评测集'),
    ],
  },
  {
    key: 'compute',
    category: 'compute',
    name: { en: 'Compute demand', 'zh-CN': '算力需求' },
    entries: [
      e('quantisation', 'Quantise the model (INT8/INT4, e.g. GPTQ, AWQ) and check quality on the evaluation set', '对模型做量化（INT8/INT4，如 GPTQ、AWQ），并用评测集验证效果'),
      e('smaller-model', 'Use a smaller or distilled model where the evaluation shows it is good enough', '评测证明够用时，改用更小的模型或蒸馏模型'),
      e('batching', 'Batch requests (continuous batching in the inference server) and run offline jobs off-peak', '请求批处理（推理服务开启连续批处理），离线任务安排在低峰时段'),
      e('caching', 'Cache answers to frequent questions and reuse prompt prefixes (KV / prefix cache)', '缓存高频问题的答案，复用提示词前缀（KV 缓存 / 前缀缓存）'),
      e('load-test', 'Load-test at the expected peak (concurrent users, tokens per second) before sizing hardware', '在采购硬件前按预期峰值压测（并发用户数、每秒 token 数）'),
      e('routing', 'Route easy requests to a small model and only hard ones to the large model', '简单请求走小模型，只有复杂请求才交给大模型'),
    ],
  },
  {
    key: 'privacy',
    category: 'privacy',
    name: { en: 'Data privacy & security', 'zh-CN': '数据隐私与安全' },
    entries: [
      e('on-prem', 'Deploy on-premises or in a private cloud: no data leaves the organisation', '本地化或私有云部署：数据不出机构'),
      e('de-identification', 'De-identify data before training, retrieval and logging (mask names, ID numbers, phone numbers, accounts)', '训练、检索和日志前先做去标识化处理（姓名、证件号、手机号、账号脱敏）'),
      e('access-control', 'Access control by role and least privilege; retrieval respects the user\'s document permissions', '按角色和最小权限原则做访问控制；检索结果遵循用户本身的文档权限'),
      e('audit-logs', 'Audit logs of who asked what and which data was used, kept and reviewed', '记录审计日志：谁问了什么、用到了哪些数据，并定期留存与检查'),
      e('minimisation', 'Collect and keep only the data the use case needs; set a retention period', '数据最小化：只收集和保留场景必需的数据，并设定保存期限'),
      e('encryption', 'Encrypt data in transit and at rest, including vector stores and backups', '传输与存储全程加密，包括向量库和备份'),
    ],
  },
  {
    key: 'technical',
    category: 'technical',
    name: { en: 'Technical complexity', 'zh-CN': '技术复杂度' },
    entries: [
      e('spike', 'Time-boxed spike or prototype on real data to prove the hardest part first', '用真实数据做限时技术预研或原型，先验证最难的部分'),
      e('staged-rollout', 'Staged rollout: internal users, then a small share of traffic (canary), then everyone', '分阶段上线：先内部用户，再小比例灰度，最后全量'),
      e('fallback', 'Keep a fallback to the current process when the model is unavailable or unsure', '保留回退方案：模型不可用或没把握时回到现有流程'),
      e('integration-test', 'Integration tests against the legacy systems the application depends on', '针对应用依赖的存量系统做集成测试'),
      e('skills', 'Pair with an experienced team or vendor and plan training for the in-house team', '与有经验的团队或厂商结对，并为内部团队安排培训'),
    ],
  },
  {
    key: 'hallucination',
    category: 'technical',
    name: { en: 'Hallucination & answer quality', 'zh-CN': '幻觉与回答质量' },
    entries: [
      e('rag-citations', 'Retrieval-augmented generation (RAG) with citations: every answer shows its sources', '检索增强生成（RAG）并标注出处：每个回答都给出依据来源'),
      e('evaluation-set', 'Build an evaluation set (real questions with expected answers) and run it on every change', '建立评测集（真实问题与标准答案），每次改动都回归评测'),
      e('refuse-when-unsure', 'Refuse or hand over to a person when no supporting source is found', '找不到依据时拒答或转人工'),
      e('guardrails', 'Guardrails on output: structured formats, checks of numbers and names against the source', '输出护栏：结构化格式，数字和名称与原文自动核对'),
    ],
  },
  {
    key: 'scenario-fit',
    category: 'scenario-fit',
    name: { en: 'Scenario fit', 'zh-CN': '场景适配' },
    entries: [
      e('narrow-pilot', 'Pilot with a narrow scope (one team, one question type) and clear exit criteria', '小范围试点（一个团队、一类问题），并设定明确的退出标准'),
      e('human-in-the-loop', 'Human in the loop: a person reviews or approves before the output reaches a customer', '人在回路：输出到达客户前由人工复核或确认'),
      e('shadow-mode', 'Run in shadow mode first: the model answers alongside people, compared but not shown', '先影子运行：模型与人工并行作答，只做对比不对外展示'),
      e('success-metric', 'Agree the success metric, baseline and target with the business owner before building', '开发前与业务负责人确定成功指标、基线和目标'),
      e('user-research', 'Observe real users at work to check the task and the context match the design', '实地观察真实用户工作，确认任务和使用情境与设计相符'),
    ],
  },
  {
    key: 'compliance',
    category: 'compliance',
    name: { en: 'Compliance', 'zh-CN': '合规' },
    entries: [
      e('legal-review', 'Review with the legal / compliance team early, with the checklist answers as input', '尽早请法务/合规团队评审，以检查清单的回答作为输入'),
      e('filing-plan', 'Plan the filings (model, algorithm) and their lead time into the schedule', '将备案（大模型、算法）及其周期纳入项目计划'),
      e('pia', 'Carry out a personal information protection impact assessment (PIA / DPIA)', '开展个人信息保护影响评估（PIA / DPIA）'),
      e('ai-label', 'Label AI-generated content and tell users they are talking to an AI system', '标识人工智能生成内容，并告知用户正在与人工智能系统交互'),
      e('content-safety', 'Content-safety filtering of inputs and outputs, with a complaint and takedown channel', '对输入与输出做内容安全过滤，并提供投诉与处置渠道'),
    ],
  },
];

/** The library with the groups answering `category` first (custom risks: the library as it is). */
export function mitigationGroupsFor(category: RiskCategory): MitigationGroup[] {
  const first = mitigationLibrary.filter((g) => g.category === category);
  return [...first, ...mitigationLibrary.filter((g) => g.category !== category)];
}
