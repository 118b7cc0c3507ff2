import { cardColors, newCard } from '../../shared/model/workshop';
import type { Stage, Workshop } from '../../shared/model/workshop';
import { createWorkshop } from '../../shared/model/templates';

/** Workshop documents for main-process tests and the bench: the nine-stage template, filled in. */
export interface SampleOptions {
  id?: string;
  title?: string;
  now?: string;
  /** Items added to every stage (cards, options, sections, …). */
  itemsPerStage?: number;
}

const phrases = [
  '客服工单平均处理时长 12 分钟，目标降到 5 分钟 ⏱️',
  'Agents copy answers from the wiki by hand; 40% of tickets repeat last week\'s questions.',
  '用户原话：“我只想知道退款什么时候到账” 💬',
  'RAG over the product manuals (≈3,000 pages) with citations shown to the agent 📚',
  '数据隐私：通话录音含身份证号，需脱敏后才能入库 🔒',
  'Latency budget: first token < 800 ms on the on-prem GPU cluster (2 × A100).',
  '风险：模型幻觉导致错误的赔付承诺 ⚠️ 缓解：人工复核 + 置信度阈值',
  'Pilot with the Shanghai team for 4 weeks, then compare handle time against baseline 📈',
];

function textFor(n: number, long: boolean): string {
  const first = phrases[n % phrases.length] ?? '';
  const second = phrases[(n * 7 + 3) % phrases.length] ?? '';
  return long ? `${first}\n\n${second}\n\n第 ${n} 条 · item ${n}` : `${first} #${n}`;
}

function fillStage(stage: Stage, count: number, nextId: () => string, now: string): Stage {
  const range = Array.from({ length: count }, (_, i) => i);
  switch (stage.kind) {
    case 'cards':
      return {
        ...stage,
        cards: range.map((i) =>
          newCard({
            id: nextId(),
            text: textFor(i, false),
            color: cardColors[i % cardColors.length] ?? 'yellow',
            tags: i % 3 === 0 ? ['痛点', 'pain-point'] : ['价值'],
            createdAt: now,
            fields: i % 2 === 0 ? { persona: '坐席 agent', severity: String((i % 5) + 1) } : {},
          }),
        ),
      };
    case 'matrix':
      return {
        ...stage,
        options: range.map((i) => ({ id: nextId(), name: `方案 ${i} · Option ${i}`, description: textFor(i, true) })),
        criteria: range.slice(0, 8).map((i) => ({
          id: nextId(),
          name: `标准 ${i}`,
          description: textFor(i + 1, false),
          direction: i % 3 === 0 ? ('cost' as const) : ('benefit' as const),
          scale: 'rating' as const,
          unit: '',
          knockout: null,
          libraryKey: null,
          linkedCardIds: [],
        })),
      };
    case 'notes':
      return { ...stage, sections: range.map((i) => ({ id: nextId(), title: `架构 ${i}`, markdown: `## ${textFor(i, false)}\n\n${textFor(i, true)}` })) };
    case 'checklist':
      return { ...stage, items: range.map((i) => ({ id: nextId(), text: textFor(i, false), done: i % 2 === 0 })) };
    case 'scorecard':
      return {
        ...stage,
        dimensions: range.map((i) => ({ id: nextId(), key: 'custom', name: `维度 ${i}`, description: textFor(i, true), score: (i % 5) + 1, status: 'amber' as const, evidence: textFor(i, false) })),
      };
    case 'risks':
      return {
        ...stage,
        risks: range.map((i) => ({
          id: nextId(),
          title: `风险 ${i}`,
          description: textFor(i, true),
          category: 'technical' as const,
          likelihood: (i % 5) + 1,
          impact: ((i + 2) % 5) + 1,
          owner: '张伟',
          mitigation: textFor(i + 3, false),
          status: 'open' as const,
          linkedIds: [],
        })),
      };
    case 'actions':
      return {
        ...stage,
        actions: range.map((i) => ({ id: nextId(), title: textFor(i, false), owner: '王芳 Wang Fang', due: '2026-03-31', status: 'todo' as const, linkedIds: [] })),
      };
  }
}

/** The LLM landing template in Chinese with `itemsPerStage` items per stage (default 5). */
export function sampleWorkshop({ id = 'ws-demo-1', title = '智能客服落地工作坊', now = '2026-01-15T09:30:00.000+08:00', itemsPerStage = 5 }: SampleOptions = {}): Workshop {
  let counter = 0;
  const nextId = () => `i${(counter++).toString(36)}`;
  const doc = createWorkshop({ template: 'llm-landing', title, language: 'zh-CN', now, makeId: nextId });
  return {
    ...doc,
    id,
    participants: [
      { id: nextId(), name: '李雷', role: '业务负责人' },
      { id: nextId(), name: 'Hanna Schmidt', role: 'ML engineer' },
    ],
    stages: doc.stages.map((stage) => fillStage(stage, itemsPerStage, nextId, now)),
  };
}
