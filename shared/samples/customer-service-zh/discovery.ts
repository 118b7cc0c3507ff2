import type { Participant, StageOf } from '../../model/workshop';
import type { PainSeed } from '../helpers';
import { card, clock, painCard, stageBase, stageFields, votes } from '../helpers';

/** 智能客服落地 (zh-CN): who was in the room, the scenarios and the pain points (stages 1–2). */

export const at = clock('2026-03-18', '+08:00');

export const participants: Participant[] = [
  { id: 'cs-p-sun', name: '孙悦', role: 'AI 解决方案负责人（主持人）' },
  { id: 'cs-p-zhou', name: '周敏', role: '信用卡中心客服部总经理（业务负责人）' },
  { id: 'cs-p-chen', name: '陈立', role: '客服运营主管' },
  { id: 'cs-p-liu', name: '刘洋', role: '一线坐席组长' },
  { id: 'cs-p-wang', name: '王芳', role: '质检主管' },
  { id: 'cs-p-zhang', name: '张伟', role: '信息科技部架构师' },
  { id: 'cs-p-li', name: '李娜', role: '数据治理与合规经理' },
  { id: 'cs-p-zhao', name: '赵强', role: '算法工程师' },
];

const s = (hhmm: string) => at(hhmm);

export function scenarioStage(): StageOf<'cards'> {
  const phase1 = 'cs-g-phase1';
  const later = 'cs-g-later';
  return {
    ...stageBase('scenario', 'zh-CN', 'cs-st-scenario', 44),
    kind: 'cards',
    fields: stageFields('scenario', 'zh-CN'),
    groups: [
      { id: phase1, title: '一期：坐席辅助', color: 'green' },
      { id: later, title: '二期及以后', color: 'grey' },
    ],
    voting: { budget: 3, maxPerCard: 3, revealed: false, votes: [] },
    blind: false,
    cards: [
      card({
        id: 'cs-c-s-kbqa', createdAt: s('09:24'), color: 'yellow', groupId: phase1, tags: ['坐席辅助', 'RAG'], authorId: 'cs-p-chen',
        text: '通话中知识问答：坐席输入或语音识别出客户的问题，系统给出带出处的答案和推荐话术。',
        fields: { beneficiary: '一线坐席（约 420 人）', metric: '平均处理时长（AHT）', baseline: '6.2 分钟（2026 年 1—2 月话务报表）', target: '4.5 分钟（试点结束时）' },
      }),
      card({
        id: 'cs-c-s-summary', createdAt: s('09:27'), color: 'green', groupId: phase1, tags: ['坐席辅助', '摘要'], authorId: 'cs-p-liu',
        text: '通话结束后自动生成小结并预填工单分类，坐席确认后提交。',
        fields: { beneficiary: '一线坐席、客服运营', metric: '话后处理时长（ACW）', baseline: '95 秒', target: '30 秒' },
      }),
      card({
        id: 'cs-c-s-fcr', createdAt: s('09:31'), color: 'blue', groupId: phase1, tags: ['客户体验'], authorId: 'cs-p-zhou',
        text: '分期、减免、挂失等复杂政策问题一次答对，减少回拨和转接。',
        fields: { beneficiary: '持卡客户', metric: '一次解决率（FCR）', baseline: '71%', target: '80%' },
      }),
      card({
        id: 'cs-c-s-training', createdAt: s('09:35'), color: 'purple', groupId: later, tags: ['培训'], authorId: 'cs-p-liu',
        text: '新人上岗：用脱敏后的真实案例做模拟陪练，缩短带教周期。',
        fields: { beneficiary: '新入职坐席、带教组长', metric: '独立上岗周期', baseline: '12 周', target: '8 周' },
      }),
      card({
        id: 'cs-c-s-qa', createdAt: s('09:38'), color: 'orange', groupId: later, tags: ['质检'], authorId: 'cs-p-wang',
        text: '质检：由模型对全部录音转写做初检，人工只复核疑似问题。',
        fields: { beneficiary: '质检组（6 人）', metric: '质检覆盖率', baseline: '人工抽检 2%', target: '机器初检 100%，人工复核 5%' },
      }),
      card({
        id: 'cs-c-s-app', createdAt: s('09:41'), color: 'pink', groupId: later, tags: ['面向客户', '需备案'], authorId: 'cs-p-zhou',
        text: '手机银行 App 在线客服由大模型直接回答客户。涉及对外服务，需先完成备案，放到二期。',
        fields: { beneficiary: '持卡客户', metric: '机器人独立解决率', baseline: '38%', target: '55%' },
      }),
    ],
  };
}

type Pain = PainSeed<'每天多次' | '每天' | '每周' | '每月或更少'>;

const g = { find: 'cs-g-find', systems: 'cs-g-systems', customer: 'cs-g-customer', quality: 'cs-g-quality' };

const pains: Pain[] = [
  { id: 'cs-c-p-search', group: g.find, color: 'yellow', author: 'cs-p-liu', severity: 5, frequency: '每天多次', placement: [0.9, 0.35],
    text: '知识库只能按标题关键词搜索，换个说法就搜不到。', persona: '全体坐席', context: '客户在线等待时边听边查', habit: '浏览器里收藏几十个常用链接',
    evidence: '质检抽样（2 月，300 通）：38% 的错误答复源于查错了文档。' },
  { id: 'cs-c-p-outdated', group: g.find, color: 'yellow', author: 'cs-p-wang', severity: 5, frequency: '每周', placement: [0.85, 0.5],
    text: '政策调整后知识库文章没有及时更新，坐席按旧口径答复。', persona: '全体坐席', context: '年费减免、分期费率等政策调整后的一两周', habit: '翻内部通知群里的截图',
    evidence: '“3 月分期手续费调了，知识库里还是旧费率，我因此被投诉了两次。”——坐席访谈' },
  { id: 'cs-c-p-newbie', group: g.find, color: 'yellow', author: 'cs-p-liu', severity: 4, frequency: '每天多次', placement: [0.75, 0.3],
    text: '新人遇到冷门业务只能举手找组长，晚班没人可问。', persona: '入职半年内的坐席', context: '晚班（18:00—22:00）组长少', habit: '在工作群里@组长',
    evidence: '“我宁可让客户等，也不敢乱答。”——新人座谈会' },
  { id: 'cs-c-p-switch', group: g.systems, color: 'blue', author: 'cs-p-zhang', severity: 4, frequency: '每天多次', placement: [0.7, 0.85],
    text: '一通电话要在 5 个系统之间切换：CTI、CRM、核心系统、知识库、工单。', persona: '一线坐席', context: '查询账单并办理分期', habit: '两块屏幕来回切换',
    evidence: '录屏抽样 50 通：平均每通电话切换窗口 14 次。' },
  { id: 'cs-c-p-acw', group: g.systems, color: 'blue', author: 'cs-p-chen', severity: 4, frequency: '每天多次', placement: [0.8, 0.3],
    text: '挂机后要手写小结、选工单分类，挤占下一通电话的时间。', persona: '一线坐席', context: '话后处理', habit: '先选“其他”类，空闲时再补',
    evidence: '话后处理平均 95 秒；“其他”类工单占 23%。' },
  { id: 'cs-c-p-retype', group: g.systems, color: 'blue', author: 'cs-p-liu', severity: 3, frequency: '每天', placement: [0.4, 0.6],
    text: '客户信息要在 CRM 和工单系统里重复录入。', persona: '一线坐席', context: '投诉和挂失工单', habit: '复制粘贴',
    evidence: '“同一个地址我一天要粘贴十几遍。”——坐席访谈' },
  { id: 'cs-c-p-wait', group: g.customer, color: 'pink', author: 'cs-p-zhou', severity: 5, frequency: '每天', placement: [0.8, 0.7],
    text: '高峰期客户排队超过 5 分钟，接通后还要再等坐席查资料。', persona: '持卡客户', context: '账单日后两天、节假日前后', habit: '挂断后反复重拨',
    evidence: '客户原话：“转人工要排队十几分钟，问的还是同一个问题。”——3 月满意度回访' },
  { id: 'cs-c-p-inconsistent', group: g.customer, color: 'pink', author: 'cs-p-wang', severity: 4, frequency: '每周', placement: [0.7, 0.4],
    text: '同一个问题不同坐席答复不一致，客户拿上次的说法来质问。', persona: '持卡客户、投诉处理专员', context: '分期、减免等有弹性空间的业务',
    evidence: '2 月投诉工单中 17% 提到“上次客服说的不一样”。' },
  { id: 'cs-c-p-transfer', group: g.customer, color: 'pink', author: 'cs-p-chen', severity: 3, frequency: '每天', placement: [0.6, 0.55],
    text: '复杂问题要转专席或回拨，客户要把情况从头再讲一遍。', persona: '持卡客户', context: '争议交易、挂失补卡', habit: '坐席在备注里写一大段',
    evidence: '一次解决率 71%；转接后的满意度比直接解决低 12 个百分点。' },
  { id: 'cs-c-p-emotion', group: g.customer, color: 'pink', author: 'cs-p-liu', severity: 3, frequency: '每周', placement: [0.45, 0.65],
    text: '客户情绪激动时坐席没察觉，投诉升级后才知道。', persona: '一线坐席', context: '争议交易、催收后的回访',
    evidence: '“客户在电话里已经很冲了，系统里一点提示都没有。”——组长访谈' },
  { id: 'cs-c-p-qa', group: g.quality, color: 'orange', author: 'cs-p-wang', severity: 3, frequency: '每周', placement: [0.55, 0.45],
    text: '质检只能抽检 2% 的录音，问题发现得太晚。', persona: '质检专员', context: '月度质检', habit: '按 Excel 抽样清单逐通听录音',
    evidence: '质检组 6 人，每月约听 4,000 通，仅占总量的 2%。' },
  { id: 'cs-c-p-script', group: g.quality, color: 'orange', author: 'cs-p-wang', severity: 4, frequency: '每周', placement: [0.65, 0.4],
    text: '风险提示、利率披露等合规话术经常漏说，被监管检查点名。', persona: '一线坐席、质检', context: '分期和现金分期营销',
    evidence: '2025 年第四季度监管检查意见第 3 条。' },
  { id: 'cs-c-p-pii', group: g.quality, color: 'purple', author: 'cs-p-li', severity: 5, frequency: '每周', placement: [0.5, 0.75],
    text: '录音转写里有身份证号、卡号，不能直接拿来做检索或训练。', persona: '数据治理与合规', context: '准备检索和训练数据',
    evidence: '《个人信息保护法》第二十八条：金融账户信息属于敏感个人信息。' },
];

export function painPointStage(): StageOf<'cards'> {
  return {
    ...stageBase('pain-points', 'zh-CN', 'cs-st-pain', 64, 5),
    kind: 'cards',
    fields: stageFields('pain-points', 'zh-CN'),
    groups: [
      { id: g.find, title: '查找答案难', color: 'yellow' },
      { id: g.systems, title: '系统切换与重复录入', color: 'blue' },
      { id: g.customer, title: '客户体验', color: 'pink' },
      { id: g.quality, title: '质检与合规', color: 'orange' },
    ],
    voting: {
      budget: 3,
      maxPerCard: 2,
      revealed: true,
      votes: votes({
        'cs-c-p-search': [['cs-p-zhou', 1], ['cs-p-chen', 1], ['cs-p-liu', 2], ['cs-p-zhang', 1], ['cs-p-li', 1]],
        'cs-c-p-outdated': [['cs-p-zhang', 2], ['cs-p-li', 1], ['cs-p-zhao', 1]],
        'cs-c-p-acw': [['cs-p-zhou', 1], ['cs-p-chen', 2], ['cs-p-zhao', 1]],
        'cs-c-p-newbie': [['cs-p-liu', 1], ['cs-p-zhao', 1]],
        'cs-c-p-inconsistent': [['cs-p-zhou', 1], ['cs-p-wang', 1]],
        'cs-c-p-script': [['cs-p-wang', 2]],
        'cs-c-p-wait': [['cs-p-li', 1]],
      }),
    },
    // Written blind, then revealed; blind entry is off again for the rest of the day.
    blind: false,
    cards: pains.map((p, i) => painCard(p, s(`10:${String(8 + i * 2).padStart(2, '0')}`), '严重')),
  };
}
