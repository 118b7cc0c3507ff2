import { describe, expect, it } from 'vitest';
import type { StageOf } from '../../../shared/model/workshop';
import { defaultVoting, idleTimer, newCard } from '../../../shared/model/workshop';
import { isPresenterMessage } from '../../../renderer/src/features/presenter/presenter-channel';
import { presentBoard, presentCards } from '../../../renderer/src/features/presenter/presenter-board';
import { bankWorkshop, stageOf } from '../shared/bank-workshop';

const at = '2025-03-18T10:00:00+08:00';

/** A pain-point board: two clusters, cards in and out of them, one written blind, dots from two people. */
function painBoard(revealed: boolean): StageOf<'cards'> {
  return {
    id: 'st-pain',
    kind: 'cards',
    title: '用户调研与痛点分析',
    goal: '',
    prompts: [],
    timeboxMinutes: 60,
    timer: idleTimer,
    fields: [],
    blind: false,
    groups: [
      { id: 'g-agent', title: '坐席效率', color: null },
      { id: 'g-customer', title: '客户体验', color: null },
      { id: 'g-empty', title: '其他', color: null },
    ],
    cards: [
      newCard({ id: 'c-login', text: '每天登录 5 个系统', createdAt: at, groupId: 'g-agent' }),
      newCard({ id: 'c-search', text: '知识库搜不到答案', createdAt: at, groupId: 'g-agent', color: 'blue' }),
      newCard({ id: 'c-wait', text: '转人工排队十几分钟', createdAt: at, groupId: 'g-customer', color: 'pink' }),
      newCard({ id: 'c-loose', text: '质检抽检比例太低', createdAt: at }),
      newCard({ id: 'c-blind', text: '（盲写）夜班没人值守', createdAt: at, groupId: 'g-agent', hidden: true }),
      newCard({ id: 'c-blind-2', text: '（盲写）投诉升级太慢', createdAt: at, hidden: true }),
    ],
    voting: {
      ...defaultVoting,
      revealed,
      votes: [
        { participantId: 'p-wang', cardId: 'c-search', count: 2 },
        { participantId: 'p-zhang', cardId: 'c-search', count: 1 },
        { participantId: 'p-zhang', cardId: 'c-wait', count: 2 },
        { participantId: 'p-li', cardId: 'c-login', count: 1 },
      ],
    },
  };
}

describe('presenter view of a cards board', () => {
  it('shows visible cards by group, in board order, ungrouped last, empty groups left out, and no votes before reveal', () => {
    const board = presentCards(painBoard(false));
    expect(board.kind).toBe('cards');
    if (board.kind !== 'cards') return;
    expect(board.revealed).toBe(false);
    expect(board.groups.map((g) => [g.title, g.cards.map((c) => c.id), g.votes])).toEqual([
      ['坐席效率', ['c-login', 'c-search'], null],
      ['客户体验', ['c-wait'], null],
      [null, ['c-loose'], null],
    ]);
    expect(board.groups.flatMap((g) => g.cards).every((c) => c.votes === null)).toBe(true);
  });

  it('shows cards written blind only as a count, never their text', () => {
    const board = presentCards(painBoard(false));
    if (board.kind !== 'cards') throw new Error('cards expected');
    expect(board.hiddenCount).toBe(2);
    expect(JSON.stringify(board)).not.toContain('盲写');
  });

  it('after reveal: vote counts per card, each group sorted by votes, and a total per group', () => {
    const board = presentCards(painBoard(true));
    if (board.kind !== 'cards') throw new Error('cards expected');
    expect(board.groups.map((g) => [g.title, g.cards.map((c) => [c.id, c.votes]), g.votes])).toEqual([
      ['坐席效率', [['c-search', 3], ['c-login', 1]], 4],
      ['客户体验', [['c-wait', 2]], 2],
      [null, [['c-loose', 0]], 0],
    ]);
  });

  it('keeps the card colour, and puts a card of a group that no longer exists with the ungrouped ones', () => {
    const stage = painBoard(false);
    stage.cards = stage.cards.map((c) => (c.id === 'c-wait' ? { ...c, groupId: 'g-gone' } : c));
    const board = presentCards(stage);
    if (board.kind !== 'cards') throw new Error('cards expected');
    expect(board.groups.at(-1)?.cards.map((c) => [c.id, c.color])).toEqual([
      ['c-wait', 'pink'],
      ['c-loose', 'yellow'],
    ]);
  });

  it('shows nothing ungrouped when every visible card is in a group', () => {
    const stage = painBoard(false);
    stage.cards = stage.cards.filter((c) => c.id !== 'c-loose');
    const board = presentCards(stage);
    if (board.kind !== 'cards') throw new Error('cards expected');
    expect(board.groups.some((g) => g.id === null)).toBe(false);
  });
});

describe('presenter view of the other boards', () => {
  const doc = bankWorkshop();

  it('lists a matrix’s options and criteria', () => {
    expect(presentBoard(stageOf(doc, 'st-tech', 'matrix'))).toEqual({
      kind: 'list',
      sections: [
        { key: 'options', items: [{ id: 'o-qwen', text: 'Qwen2.5-72B 私有化部署' }, { id: 'o-rag', text: 'RAG + 7B 小模型' }, { id: 'o-cloud', text: 'GPT-4o (public cloud)' }] },
        { key: 'criteria', items: [{ id: 'k-privacy', text: '数据隐私 / data privacy' }, { id: 'k-latency', text: '推理延迟 latency' }, { id: 'k-explain', text: '可解释性' }] },
      ],
    });
  });

  it('lists checklist items with their state', () => {
    const checklist = presentBoard(stageOf(doc, 'st-data', 'checklist'));
    expect(checklist.kind === 'list' && checklist.sections[0]?.items.map((i) => i.done)).toEqual([true, false, false]);
  });
});

describe('presenter channel messages', () => {
  it('accepts a hello and a state with a workshop or none, and nothing else', () => {
    expect(isPresenterMessage({ type: 'hello' })).toBe(true);
    expect(isPresenterMessage({ type: 'state', doc: bankWorkshop(), language: 'zh-CN' })).toBe(true);
    expect(isPresenterMessage({ type: 'state', doc: null, language: 'en' })).toBe(true);
    expect(isPresenterMessage({ type: 'state', doc: null, language: 'fr' })).toBe(false);
    expect(isPresenterMessage({ type: 'state', doc: { title: 'no stages' }, language: 'en' })).toBe(false);
    expect(isPresenterMessage({ type: 'state', language: 'en' })).toBe(false);
    expect(isPresenterMessage('hello')).toBe(false);
    expect(isPresenterMessage(null)).toBe(false);
  });
});
