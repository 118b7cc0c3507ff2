import type { Language } from '../model/workshop';

/**
 * Starting points for the sections of the architecture (stage 4) and training (stage 6) notes:
 * the questions a facilitator asks the room, then space for the answers. The questions are part
 * of the Markdown (a quoted list), so they travel with the document and into the handout.
 */
export const sectionTemplateKeys = ['compute', 'data-storage', 'deployment', 'data-pipeline', 'training-plan'] as const;
export type SectionTemplateKey = (typeof sectionTemplateKeys)[number];

export interface SectionTemplate {
  title: string;
  /** What the facilitator asks, in order. */
  prompts: string[];
  /** The answer scaffold below the prompts. */
  body: string;
}

type Localized = Record<Language, SectionTemplate>;

const templates: Record<SectionTemplateKey, Localized> = {
  compute: {
    en: {
      title: 'Compute platform',
      prompts: [
        'Where will the model run: our data centre, a private cloud, or a hosted API?',
        'Which GPUs (type, count, memory) do we have, and which must we buy or reserve?',
        'What peak load do we expect (concurrent agents, requests per second)?',
        'Who operates the platform, and how is capacity added?',
      ],
      body: '## Platform\n\n| item | choice | note |\n|---|---|---|\n| location |  |  |\n| GPUs |  |  |\n| peak load |  |  |\n\n## Open questions\n\n- [ ] ',
    },
    'zh-CN': {
      title: '算力平台',
      prompts: ['模型运行在哪里：自建机房、私有云，还是托管 API？', '现有哪些 GPU（型号、数量、显存）？还需要采购或预留什么？', '预计峰值负载是多少（同时在线坐席数、每秒请求数）？', '平台由谁运维？如何扩容？'],
      body: '## 平台\n\n| 项目 | 选择 | 备注 |\n|---|---|---|\n| 部署位置 |  |  |\n| GPU |  |  |\n| 峰值负载 |  |  |\n\n## 待确认\n\n- [ ] ',
    },
  },
  'data-storage': {
    en: {
      title: 'Data storage & access',
      prompts: [
        'Which data does the assistant read (knowledge base, tickets, call transcripts)?',
        'Where is each source stored, and may it leave that system?',
        'Who may read what: roles, masking of personal data, audit logging?',
        'How fresh must the data be, and how is it kept in sync?',
      ],
      body: '## Sources\n\n| source | store | access rule | refresh |\n|---|---|---|---|\n|  |  |  |  |\n\n## Access and audit\n\n- ',
    },
    'zh-CN': {
      title: '数据存储与访问',
      prompts: ['助手需要读取哪些数据（知识库、工单、通话转写）？', '每个数据源存放在哪里？能否离开该系统？', '谁可以读取什么：角色权限、个人信息脱敏、审计日志？', '数据需要多新？如何保持同步？'],
      body: '## 数据源\n\n| 数据源 | 存储位置 | 访问规则 | 更新频率 |\n|---|---|---|---|\n|  |  |  |  |\n\n## 权限与审计\n\n- ',
    },
  },
  deployment: {
    en: {
      title: 'Deployment & inference',
      prompts: [
        'What happens between the question and the answer? Draw the inference path.',
        'What latency can the agent accept (p95)?',
        'How are new model versions rolled out and rolled back?',
        'What is logged and monitored, and who is alerted?',
      ],
      body: '## Inference path\n\n```mermaid\nflowchart TD\n  Q[Agent question] --> R[Retrieve from knowledge base]\n  R --> M[Model]\n  M --> A[Answer to agent]\n```\n\n## Rollout and monitoring\n\n- ',
    },
    'zh-CN': {
      title: '部署与推理',
      prompts: ['从提问到回答之间经过哪些环节？画出推理流程。', '坐席能接受的延迟是多少（P95）？', '新模型版本如何上线、如何回滚？', '记录和监控哪些指标？告警通知谁？'],
      body: '## 推理流程\n\n```mermaid\nflowchart TD\n  Q[坐席提问] --> R[检索知识库]\n  R --> M[大模型]\n  M --> A[回答坐席]\n```\n\n## 上线与监控\n\n- ',
    },
  },
  'data-pipeline': {
    en: {
      title: 'Data pipeline',
      prompts: [
        'Which sources feed the model, and how reliable is each?',
        'What cleaning is needed: duplicates, noise, missing values, outdated entries?',
        'What must be removed or masked for privacy and copyright?',
        'How much labelling is needed, by whom, and by when?',
      ],
      body: '## Checklist\n\n- [ ] Sources listed with owners\n- [ ] Personal data masked\n- [ ] Duplicates and outdated entries removed\n- [ ] Labelling plan agreed\n\n## Notes\n\n',
    },
    'zh-CN': {
      title: '数据管道',
      prompts: ['哪些数据源供给模型？各自可靠性如何？', '需要哪些清洗：去重、去噪、缺失值、过期条目？', '出于隐私和版权，哪些内容必须删除或脱敏？', '需要多少标注？由谁完成？何时完成？'],
      body: '## 检查清单\n\n- [ ] 列出数据源及负责人\n- [ ] 个人信息已脱敏\n- [ ] 去除重复与过期条目\n- [ ] 标注计划已确认\n\n## 备注\n\n',
    },
  },
  'training-plan': {
    en: {
      title: 'Training plan',
      prompts: [
        'Is prompting or RAG enough, or do we need fine-tuning or training?',
        'Which base model, optimiser and hyper-parameters do we start from?',
        'How do we monitor training (loss, evaluation set, early stopping)?',
        'Do we need distributed or mixed-precision training, and on which hardware?',
      ],
      body: '## Approach\n\n- [ ] Prompting\n- [ ] RAG\n- [ ] Fine-tuning (LoRA)\n- [ ] Training\n\n## Settings\n\n| setting | value |\n|---|---|\n| base model |  |\n| optimiser |  |\n| learning rate |  |\n| epochs |  |\n\n## Monitoring\n\n- ',
    },
    'zh-CN': {
      title: '训练计划',
      prompts: ['提示工程或 RAG 是否足够？还是需要微调或训练？', '从哪个基座模型、优化器和超参数开始？', '如何监控训练（损失、评估集、早停）？', '是否需要分布式或混合精度训练？在什么硬件上？'],
      body: '## 方法\n\n- [ ] 提示工程\n- [ ] RAG\n- [ ] 微调（LoRA）\n- [ ] 训练\n\n## 参数\n\n| 参数 | 取值 |\n|---|---|\n| 基座模型 |  |\n| 优化器 |  |\n| 学习率 |  |\n| 训练轮数 |  |\n\n## 监控\n\n- ',
    },
  },
};

export function sectionTemplate(key: SectionTemplateKey, language: Language): SectionTemplate {
  return templates[key][language];
}

/** The Markdown a new section starts with: the prompts as a quoted list, then the scaffold. */
export function sectionTemplateMarkdown(key: SectionTemplateKey, language: Language): string {
  const { prompts, body } = sectionTemplate(key, language);
  const heading = language === 'zh-CN' ? '> **引导问题**' : '> **Questions for the room**';
  return [heading, '>', ...prompts.map((p) => `> - ${p}`), '', body].join('\n');
}
