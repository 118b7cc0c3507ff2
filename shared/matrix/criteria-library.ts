import type { Criterion } from '../model/matrix';
import type { Language } from '../model/workshop';
import type { Direction, Scale } from './normalise';

/**
 * Criteria a room picks from when choosing a model or approach for an LLM application: the ones the
 * method names (performance, explainability, scalability, maturity, community) and the constraints
 * that decide it in practice (cost, latency, data residency, licence, filing status, …).
 * Content, not UI text: a criterion is added in the workshop's own language.
 */

type Bilingual = Record<Language, string>;

export interface LibraryCriterion {
  key: string;
  name: Bilingual;
  description: Bilingual;
  direction: Direction;
  scale: Scale;
  unit: Bilingual;
}

const none: Bilingual = { en: '', 'zh-CN': '' };
const rating = (key: string, en: string, zh: string, descEn: string, descZh: string, direction: Direction = 'benefit'): LibraryCriterion => ({
  key,
  name: { en, 'zh-CN': zh },
  description: { en: descEn, 'zh-CN': descZh },
  direction,
  scale: 'rating',
  unit: none,
});
const measured = (key: string, en: string, zh: string, descEn: string, descZh: string, direction: Direction, unit: Bilingual): LibraryCriterion => ({
  key,
  name: { en, 'zh-CN': zh },
  description: { en: descEn, 'zh-CN': descZh },
  direction,
  scale: 'measured',
  unit,
});

export const criteriaLibrary: readonly LibraryCriterion[] = [
  rating('quality', 'Performance / quality on the task', '任务效果与质量',
    'How well it does our task on our data: accuracy on a test set of real tickets, answer quality judged by agents.',
    '在我们的数据上完成本任务的效果：真实工单测试集上的准确率，坐席评价的回答质量。'),
  rating('explainability', 'Explainability', '可解释性',
    'Can we show why it answered as it did: cited sources, feature importance, traceable retrieval, reviewable by the domain team.',
    '能否说明回答依据：引用出处、特征重要性、可追溯的检索结果，业务专家能否复核。'),
  rating('scalability', 'Scalability', '可扩展性',
    'Does it grow with peak load and new scenarios without a redesign: concurrency, horizontal scaling, multi-tenant use.',
    '能否随高峰负载和新场景扩展而无需重构：并发、水平扩展、多业务共用。'),
  rating('maturity', 'Technical maturity', '技术成熟度',
    'Production track record, stability of releases, tooling, known failure modes.',
    '生产环境落地案例、版本稳定性、配套工具、已知问题是否清楚。'),
  rating('community', 'Community support', '社区支持',
    'Active community and ecosystem: documentation, integrations, answers to problems, local partners.',
    '社区与生态是否活跃：文档、集成、问题能否找到答案、本地合作伙伴。'),
  measured('cost', 'Cost', '成本',
    'Total running cost per 1,000 requests (inference, hosting, licences); lower is better.',
    '每千次请求的综合运行成本（推理、托管、许可）；越低越好。', 'cost', { en: 'CNY / 1,000 requests', 'zh-CN': '元 / 千次请求' }),
  measured('latency', 'Latency (p95)', '推理延迟（P95）',
    'Time to a usable answer for 95 % of requests, measured on our hardware or network; lower is better.',
    '95% 请求得到可用回答的时间，在我们的硬件或网络上实测；越低越好。', 'cost', { en: 'ms', 'zh-CN': '毫秒' }),
  measured('throughput', 'Throughput', '吞吐量',
    'Requests per second it sustains at the target latency on the planned hardware.',
    '在目标延迟下、规划硬件上可持续处理的每秒请求数。', 'benefit', { en: 'requests / s', 'zh-CN': '请求 / 秒' }),
  measured('context', 'Context length', '上下文长度',
    'Longest input it handles well: long calls, policy documents, conversation history.',
    '能良好处理的最长输入：长通话、政策文件、对话历史。', 'benefit', { en: 'K tokens', 'zh-CN': '千 token' }),
  rating('residency', 'Data residency & on-premises deployment', '数据驻留与私有化部署',
    'Can customer data stay inside our network: on-premises or private-cloud deployment, no calls to outside services. Often a knock-out.',
    '客户数据能否不出行内网络：本地或私有云部署，不调用外部服务。常作为一票否决项。'),
  rating('licence', 'Licence', '许可证',
    'Does the licence allow our commercial use, modification and deployment without surprises (5 = clearly permitted).',
    '许可证是否允许我们的商业使用、修改和部署（5 = 明确允许）。'),
  rating('fine-tuning', 'Fine-tunability', '可微调性',
    'Can we adapt it to our domain: weights available, LoRA or full fine-tuning supported, cost of doing so.',
    '能否适配我们的领域：是否开放权重、支持 LoRA 或全量微调、微调成本。'),
  rating('chinese', 'Chinese language ability', '中文能力',
    'Quality in Chinese: financial terms, dialect in transcripts, mixed Chinese-English text.',
    '中文表现：金融术语、转写文本中的方言、中英混杂文本。'),
  rating('lock-in', 'Vendor lock-in', '供应商锁定',
    'How hard it would be to switch away: proprietary APIs, formats, contracts (5 = strongly locked in; lower is better).',
    '日后更换的难度：专有接口、格式、合同（5 = 锁定很深；越低越好）。', 'cost'),
  rating('filing', 'Regulatory filing status', '监管备案状态',
    'Filing for generative AI services and algorithm registration with the regulator (1 = none, 3 = in progress, 5 = completed).',
    '生成式人工智能服务备案与算法备案情况（1 = 未备案，3 = 办理中，5 = 已完成）。'),
];

/** A new criterion from a library entry, written in the workshop's language. */
export function criterionFromLibrary(entry: LibraryCriterion, id: string, language: Language): Criterion {
  return {
    id,
    name: entry.name[language],
    description: entry.description[language],
    direction: entry.direction,
    scale: entry.scale,
    unit: entry.unit[language],
    knockout: null,
    libraryKey: entry.key,
    linkedCardIds: [],
  };
}
