import type { Id } from '../model/ids';
import type { LocalizedText } from '../model/templates';
import type { Language, Risk } from '../model/workshop';
import { blankRisk } from './register';

/**
 * Compliance questions for an LLM application: prompts for the room to discuss and hand to the
 * legal team, NOT legal advice. Regulations change; the checklist names them so people can look
 * up the current text. "Add as risk" turns a question into a compliance risk (riskFromCompliance).
 */
export const complianceDisclaimer: LocalizedText = {
  en: 'Prompts for discussion, not legal advice. Regulations change: check the current texts and ask your legal or compliance team before deciding.',
  'zh-CN': '以下仅为讨论提示，不构成法律意见。法规会更新：请查阅现行文本，并在决策前咨询法务或合规团队。',
};

export type ComplianceRegion = 'cn' | 'eu';

export interface ComplianceItem {
  key: string;
  region: ComplianceRegion;
  /** The regulation, with its year. */
  regulation: LocalizedText;
  /** A short name for the risk it becomes. */
  title: LocalizedText;
  /** The question the room answers. */
  question: LocalizedText;
}

const regs = {
  genAi: { en: 'Interim Measures for the Management of Generative AI Services (2023)', 'zh-CN': '《生成式人工智能服务管理暂行办法》（2023）' },
  algorithm: { en: 'Provisions on Algorithmic Recommendation of Internet Information Services (2022)', 'zh-CN': '《互联网信息服务算法推荐管理规定》（2022）' },
  deepSynthesis: { en: 'Provisions on Deep Synthesis of Internet Information Services (2023)', 'zh-CN': '《互联网信息服务深度合成管理规定》（2023）' },
  pipl: { en: 'Personal Information Protection Law, PIPL (2021)', 'zh-CN': '《个人信息保护法》（2021）' },
  dsl: { en: 'Data Security Law (2021)', 'zh-CN': '《数据安全法》（2021）' },
  mlps: { en: 'Classified protection of cybersecurity, MLPS 2.0 (GB/T 22239-2019)', 'zh-CN': '网络安全等级保护 2.0（GB/T 22239-2019）' },
  gdpr: { en: 'EU General Data Protection Regulation, GDPR (2016/679)', 'zh-CN': '欧盟《通用数据保护条例》GDPR（2016/679）' },
  aiAct: { en: 'EU Artificial Intelligence Act (2024/1689)', 'zh-CN': '欧盟《人工智能法》（2024/1689）' },
} satisfies Record<string, LocalizedText>;

const item = (key: string, region: ComplianceRegion, regulation: LocalizedText, title: [string, string], question: [string, string]): ComplianceItem => ({
  key,
  region,
  regulation,
  title: { en: title[0], 'zh-CN': title[1] },
  question: { en: question[0], 'zh-CN': question[1] },
});

export const complianceChecklist: readonly ComplianceItem[] = [
  item('genai-scope', 'cn', regs.genAi, ['Generative AI service rules apply?', '是否适用生成式人工智能服务管理规定？'], [
    'Will the generated content be offered to the public in mainland China, so the Interim Measures apply (internal-only use is treated differently)?',
    '生成内容是否面向中国境内公众提供，从而适用《暂行办法》（仅限内部使用的情况另作判断）？',
  ]),
  item('genai-filing', 'cn', regs.genAi, ['Model filing (大模型备案) and security assessment', '大模型备案与安全评估'], [
    'Does the service have public-opinion attributes or social-mobilisation capacity, so it needs a security assessment and filing? If you use a third-party model, is that model already filed?',
    '服务是否具有舆论属性或社会动员能力，需要开展安全评估并备案？若使用第三方大模型，该模型是否已完成备案？',
  ]),
  item('genai-data', 'cn', regs.genAi, ['Lawful training and retrieval data', '训练与检索数据来源合法'], [
    'Are training, fine-tuning and retrieval data from lawful sources, respecting intellectual property, with consent where personal information is involved?',
    '训练、微调和检索数据来源是否合法，是否尊重知识产权，涉及个人信息时是否取得同意？',
  ]),
  item('genai-users', 'cn', regs.genAi, ['User protection and complaints', '用户权益保护与投诉渠道'], [
    'Do users know the service is AI-generated, and is there a channel for complaints and reports that is answered in time?',
    '用户是否知晓内容由人工智能生成？是否设有投诉举报渠道并及时处理？',
  ]),
  item('algorithm-filing', 'cn', regs.algorithm, ['Algorithm filing (算法备案)', '算法备案'], [
    'Does the service use recommendation or generation algorithms that must be filed in the algorithm filing system (within ten working days of going live)?',
    '服务是否使用需要在互联网信息服务算法备案系统中备案的推荐或生成类算法（上线后十个工作日内）？',
  ]),
  item('deep-synthesis', 'cn', regs.deepSynthesis, ['Deep synthesis labelling', '深度合成内容标识'], [
    'Does the system generate or edit text, voice, images or video that must be labelled as synthetic, with real-identity checks of users?',
    '系统是否生成或编辑需要显著标识的文本、语音、图像或视频？是否对用户进行真实身份认证？',
  ]),
  item('pipl-basis', 'cn', regs.pipl, ['Legal basis and separate consent', '处理个人信息的合法性基础与单独同意'], [
    'What is the legal basis for each use of personal information, and is separate consent obtained for sensitive personal information?',
    '每项个人信息处理的合法性基础是什么？处理敏感个人信息是否取得单独同意？',
  ]),
  item('pipl-pia', 'cn', regs.pipl, ['Personal information protection impact assessment', '个人信息保护影响评估'], [
    'Is a personal information protection impact assessment needed (sensitive data, automated decision-making, entrusted processing, cross-border transfer)?',
    '是否需要开展个人信息保护影响评估（敏感个人信息、自动化决策、委托处理、数据出境）？',
  ]),
  item('pipl-automated', 'cn', regs.pipl, ['Automated decision-making transparency', '自动化决策的透明与拒绝权'], [
    'If the system makes decisions about people, are they transparent and fair, and can people ask for an explanation or refuse a decision made only by automated means?',
    '若系统对个人作出决策，是否透明、公平？个人能否要求说明，或拒绝仅通过自动化决策方式作出的决定？',
  ]),
  item('dsl-classification', 'cn', regs.dsl, ['Data classification and important data', '数据分类分级与重要数据'], [
    'Has the data been classified and graded, and does any of it count as important data with its own risk assessments and transfer limits?',
    '数据是否已分类分级？其中是否有属于重要数据、需要单独风险评估和出境限制的部分？',
  ]),
  item('mlps', 'cn', regs.mlps, ['Classified protection level', '等级保护定级'], [
    'Which protection level does the system hosting the model fall under, and are grading, filing and assessment planned before go-live?',
    '承载模型的系统属于哪个安全保护等级？上线前是否已安排定级、备案和测评？',
  ]),
  item('gdpr-basis', 'eu', regs.gdpr, ['GDPR lawful basis and DPIA', 'GDPR 合法性基础与数据保护影响评估'], [
    'If personal data of people in the EU is processed: what is the lawful basis, is a data protection impact assessment (DPIA) needed, and how are data subject rights handled?',
    '若处理欧盟境内个人的数据：合法性基础是什么？是否需要数据保护影响评估（DPIA）？如何保障数据主体权利？',
  ]),
  item('gdpr-transfer', 'eu', regs.gdpr, ['International data transfers', '跨境数据传输'], [
    'Will personal data leave the EU (hosted model, vendor support), and which transfer mechanism covers it?',
    '个人数据是否会传出欧盟（托管模型、厂商支持）？采用哪种传输机制？',
  ]),
  item('ai-act-class', 'eu', regs.aiAct, ['EU AI Act risk class', '欧盟《人工智能法》风险等级'], [
    'Which risk class does the use case fall into: prohibited practice, high-risk (e.g. credit scoring, hiring), limited risk with transparency duties, or minimal risk?',
    '该场景属于哪个风险等级：禁止类、高风险（如信用评分、招聘）、有透明度义务的有限风险，还是最低风险？',
  ]),
  item('ai-act-duties', 'eu', regs.aiAct, ['EU AI Act obligations', '欧盟《人工智能法》义务'], [
    'If high-risk: are risk management, data governance, logging, human oversight and conformity assessment planned? In any case: are users told they are interacting with an AI system?',
    '若属高风险：是否规划了风险管理、数据治理、日志记录、人工监督和合格评定？无论如何：是否告知用户正在与人工智能系统交互？',
  ]),
];

/** The compliance risk a checklist question becomes, in the workshop's language; nothing rated yet. */
export function riskFromCompliance(entry: ComplianceItem, id: Id, language: Language): Risk {
  const source = language === 'zh-CN' ? `依据：${entry.regulation[language]}` : `Source: ${entry.regulation[language]}`;
  return blankRisk(id, { title: entry.title[language], description: `${entry.question[language]}\n${source}`, category: 'compliance' });
}

/** Whether the register already holds the risk made from this question (same title, compliance). */
export function complianceRiskExists(risks: readonly Pick<Risk, 'title' | 'category'>[], entry: ComplianceItem): boolean {
  return risks.some((r) => r.category === 'compliance' && (r.title === entry.title.en || r.title === entry.title['zh-CN']));
}
