import type { LogEntry, StageOf } from '../../model/workshop';
import { dimension, stageBase } from '../helpers';
import { at } from './discovery';
import { options } from './technology';

/** 智能客服落地 (zh-CN), stages 7–9 and the logs: feasibility call, risks, actions. */

export function feasibilityStage(): StageOf<'scorecard'> {
  return {
    ...stageBase('feasibility', 'zh-CN', 'cs-st-feasibility', 46, 5),
    kind: 'scorecard',
    dimensions: [
      dimension('cs-d-fit', 'business-fit', '业务契合度', '该场景是否解决了得票最高的痛点，有可衡量的价值指标和业务负责人？', 5, 'green',
        '解决得票最高的“知识库搜不到”（6 票）和“政策口径过期”（4 票）；周敏担任业务负责人，AHT 6.2 → 4.5 分钟已写入部门 2026 年目标。'),
      dimension('cs-d-data', 'data', '数据充分性与质量', '是否有足够、相关、干净且可合法使用的数据（以及所需的标注）？', 3, 'amber',
        '手册和工单充足；但约 600 份政策通知缺失效日期，需要知识管理员逐份补齐（估计 15 人日）；评测集尚未标注。'),
      dimension('cs-d-team', 'team', '团队能力', '团队能否完成开发、部署和运维？能力差距能否及时补齐？', 3, 'amber',
        '有 vLLM 和 Elasticsearch 运维经验；缺少大模型评测和提示工程经验，计划请厂商驻场支持两个月。'),
      dimension('cs-d-compute', 'compute-cost', '算力与成本预算', '在预期负载下，显存、吞吐和月度成本是否在预算之内？', 4, 'green',
        '2 × A800 已在信息科技部资源池中预留；试点期每千次请求约 15 元，年化约 42 万元，在一期 80 万元预算内。'),
      dimension('cs-d-compliance', 'compliance', '法律与合规风险', '隐私、备案、版权与行业监管要求是否满足或可控？', 4, 'green',
        '数据不出行；面向坐席的内部辅助不涉及对外提供生成式服务；个人信息影响评估已排期（4 月 3 日）。面向客户的 App 客服放到二期另行评估。'),
    ],
    override: null,
    pilot: {
      scope: '信用卡中心两个坐席组（共 20 人），只做通话中知识问答；话后小结在第 4 周加入。',
      metrics: 'AHT 6.2 → 5.0 分钟（试点目标，全面推广目标 4.5 分钟）；回答正确率 ≥ 85%；坐席每日使用率 ≥ 70%；投诉量不上升。',
      duration: '6 周（2026 年 4 月 20 日—5 月 29 日）',
      data: '产品手册与政策文件（补齐生效日期后入库）；200 条评测集；试点期间的问答日志（脱敏）。',
      team: '业务：陈立、刘洋；技术：张伟、赵强；质检：王芳；合规：李娜；厂商驻场 1 人。',
      exitCriteria: '第 3 周末正确率仍低于 80%，或出现一次因模型答复导致的有效投诉升级，则暂停并复盘；6 周后达到指标则申请推广到全中心。',
    },
  };
}

export function risksStage(): StageOf<'risks'> {
  return {
    ...stageBase('risks', 'zh-CN', 'cs-st-risks', 33),
    kind: 'risks',
    risks: [
      { id: 'cs-r-halluc', title: '模型编造政策或费率', category: 'technical', likelihood: 3, impact: 5, owner: '赵强', status: 'mitigating',
        description: '检索没命中时，模型可能按常识编出一个看似合理的费率或时限，坐席照读后引发投诉。',
        mitigation: '系统提示要求“无依据则回答未找到”；答案必须带引用，无引用的答案不展示；涉及费率、减免、赔付的答案标黄提醒坐席核对原文。',
        linkedIds: ['cs-c-p-outdated', options.rag, 'cs-adr-1'] },
      { id: 'cs-r-gpu', title: '高峰期 GPU 不够用', category: 'compute', likelihood: 3, impact: 3, owner: '张伟', status: 'open',
        description: '账单日后两天并发可能超过 2 张 A800 的承载能力，延迟超过 3 秒。',
        mitigation: '网关限流，超时降级为直接展示检索结果；试点前做 60 路并发压测；推广前完成扩容申请。',
        linkedIds: [options.rag, 'cs-c-p-wait'] },
      { id: 'cs-r-pii', title: '日志和索引中残留敏感个人信息', category: 'privacy', likelihood: 2, impact: 5, owner: '李娜', status: 'mitigating',
        description: '脱敏规则漏掉特殊格式的卡号或身份证号，敏感信息进入索引或审计日志。',
        mitigation: '网关双重脱敏（正则 + NER）；每周抽查 500 条日志；审计日志加密存储、仅质检和合规可查。',
        linkedIds: ['cs-c-p-pii', 'cs-c-d-asr'] },
      { id: 'cs-r-explain', title: '监管检查时说不清答案依据', category: 'explainability', likelihood: 2, impact: 4, owner: '王芳', status: 'open',
        description: '检查人员要求说明某次答复为什么这样说，而当时的文档版本已经下线。',
        mitigation: '审计日志保存问题、检索段落（含版本号）和答案 3 年；文档下线后保留历史版本；质检每周抽检 100 条并做业务复核。',
        linkedIds: ['cs-c-p-script', 'cs-adr-1'] },
      { id: 'cs-r-adoption', title: '坐席不愿意用，或用了也不看', category: 'scenario-fit', likelihood: 3, impact: 4, owner: '刘洋', status: 'open',
        description: '答案慢或不准几次之后，坐席就会回到老办法，试点数据失真。',
        mitigation: '试点组长每天收集反馈；“答案有误”一键反馈 48 小时内闭环；把使用率纳入试点考核但不与个人绩效挂钩。',
        linkedIds: ['cs-c-p-search', 'cs-c-s-kbqa'] },
      { id: 'cs-r-stale', title: '知识库更新跟不上政策调整', category: 'technical', likelihood: 4, impact: 4, owner: '陈立', status: 'open',
        description: '政策通知仍以截图形式在群里发布，没有进入内容管理系统，模型检索不到新口径。',
        mitigation: '设一名专职知识管理员；政策发布流程改为“先入库、再通知”；每条段落带生效日期，过期自动下线。',
        linkedIds: ['cs-c-p-outdated', 'cs-c-d-policy'] },
      { id: 'cs-r-filing', title: '二期面向客户时的备案要求', category: 'compliance', likelihood: 2, impact: 3, owner: '李娜', status: 'open',
        description: '若在手机银行 App 中直接向客户提供生成式回答，需要按规定完成生成式人工智能服务备案。',
        mitigation: '一期只做内部坐席辅助；二期立项前由合规牵头评估备案路径和时间。',
        linkedIds: ['cs-c-s-app'] },
    ],
  };
}

export function actionsStage(): StageOf<'actions'> {
  return {
    ...stageBase('actions', 'zh-CN', 'cs-st-actions', 27),
    kind: 'actions',
    actions: [
      { id: 'cs-a-eval', title: '完成 200 条评测集的标注与交叉校验', owner: '王芳', due: '2026-04-03', status: 'todo', linkedIds: ['cs-c-d-eval'] },
      { id: 'cs-a-policy', title: '补齐 600 份政策通知的生效 / 失效日期并入库', owner: '陈立', due: '2026-04-10', status: 'todo', linkedIds: ['cs-c-d-policy', 'cs-r-stale'] },
      { id: 'cs-a-pia', title: '完成个人信息影响评估（PIA）并通过合规评审', owner: '李娜', due: '2026-04-03', status: 'doing', linkedIds: ['cs-r-pii'] },
      { id: 'cs-a-deploy', title: '在生产区部署 vLLM 推理服务和网关，完成 60 路并发压测', owner: '张伟', due: '2026-04-14', status: 'todo', linkedIds: ['cs-adr-1', 'cs-r-gpu'] },
      { id: 'cs-a-es', title: '申请 Elasticsearch 索引容量，完成混合检索验证', owner: '赵强', due: '2026-04-08', status: 'todo', linkedIds: ['cs-adr-2'] },
      { id: 'cs-a-plugin', title: '确认 CTI 插件侧边栏方案并完成开发', owner: '张伟', due: '2026-04-17', status: 'todo', linkedIds: ['cs-c-p-switch'] },
      { id: 'cs-a-pilot', title: '两个坐席组启动 6 周试点，每周一汇报指标', owner: '刘洋', due: '2026-04-20', status: 'todo', linkedIds: ['cs-d-data', 'cs-r-adoption'] },
      { id: 'cs-a-review', title: '试点结束评审会：决定是否推广到全中心', owner: '周敏', due: '2026-06-05', status: 'todo', linkedIds: [] },
    ],
    monitoring: [
      { id: 'cs-m-aht', metric: '平均处理时长（AHT）', threshold: '试点组连续 5 个工作日高于 5.5 分钟', watcher: '陈立' },
      { id: 'cs-m-acc', metric: '回答正确率（每周回归）', threshold: '低于 85%', watcher: '王芳' },
      { id: 'cs-m-latency', metric: '推理延迟 P95', threshold: '高于 2 秒持续 15 分钟', watcher: '张伟' },
      { id: 'cs-m-notfound', metric: '“未找到”回答比例', threshold: '高于 15%', watcher: '赵强' },
      { id: 'cs-m-usage', metric: '坐席每日使用率', threshold: '低于 70%', watcher: '刘洋' },
    ],
    feedbackChannels: '坐席工作台的“答案有误”按钮（附原问题和答案，自动进入待办）；试点组每日站会 10 分钟；质检每周抽检 100 条并标注错误类型；每月一次坐席座谈会。',
    cadence: '每两周发布一次（提示词、切分、检索参数）；每周一跑回归评测；试点结束后召开推广评审会。',
  };
}

export function parkingLot(): LogEntry[] {
  return [
    { id: 'cs-l-dialect', text: '是否需要支持方言（客家话、潮汕话）的语音转写？等语音转写项目评估后再议。', stageId: 'cs-st-pain', createdAt: at('10:41') },
    { id: 'cs-l-budget', text: '全行推广时新增 GPU 的预算由信息科技部还是信用卡中心承担？', stageId: 'cs-st-arch', createdAt: at('14:20') },
    { id: 'cs-l-app', text: '手机银行 App 智能客服（二期）单独开一次工作坊。', stageId: 'cs-st-scenario', createdAt: at('09:46') },
  ];
}

export function decisions(): LogEntry[] {
  return [
    { id: 'cs-l-scope', text: '一期只做坐席辅助（通话中知识问答 + 话后小结），不直接面向客户。', stageId: 'cs-st-scenario', createdAt: at('09:58') },
    { id: 'cs-l-onprem', text: '模型必须私有化部署，客户信息和通话内容不出行（矩阵中作为一票否决项）。', stageId: 'cs-st-tech', createdAt: at('11:32') },
    { id: 'cs-l-rag', text: '技术路线：Qwen2.5-32B 私有化 + RAG，记录为 ADR-0001。', stageId: 'cs-st-tech', createdAt: at('12:21') },
    { id: 'cs-l-pilot', text: '可行性结论：先试点。20 名坐席，6 周，4 月 20 日启动。', stageId: 'cs-st-feasibility', createdAt: at('15:52') },
  ];
}
