import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { KeyboardCoordinateGetter } from '@dnd-kit/core';
import { resources } from '../../../renderer/src/i18n';
import { boardKeyboardCoordinates } from '../../../renderer/src/features/cards/board-keyboard';
import type { BoardLayout } from '../../../renderer/src/features/cards/board-layout';
import { dragAnnouncements } from '../../../renderer/src/features/cards/drag-announcements';

/** Moving a pain point between clusters from the keyboard, and what a screen reader hears. */

const layout: BoardLayout = {
  columns: [
    { groupId: null, title: null, columnIds: ['c-wait', 'c-kb'], shownIds: ['c-wait', 'c-kb'] },
    { groupId: 'g-agent', title: '坐席效率', columnIds: ['c-five'], shownIds: ['c-five'] },
    { groupId: 'g-cx', title: '客户体验', columnIds: [], shownIds: [] },
  ],
  order: ['c-five', 'c-wait', 'c-kb'],
};

const rect = (left: number, top: number, width: number, height: number) => ({ left, top, width, height, right: left + width, bottom: top + height });
const droppableRects = new Map<string, ReturnType<typeof rect>>([
  ['group:none', rect(0, 0, 300, 900)],
  ['c-wait', rect(10, 60, 280, 120)],
  ['c-kb', rect(10, 200, 280, 120)],
  ['group:g-agent', rect(320, 0, 300, 500)],
  ['c-five', rect(330, 60, 280, 300)],
  ['group:g-cx', rect(640, 0, 300, 200)],
]);

function press(code: string, overId: string | null) {
  let prevented = false;
  const event = { code, preventDefault: () => (prevented = true) } as unknown as KeyboardEvent;
  const context = {
    active: { id: 'c-wait' },
    over: overId ? { id: overId } : null,
    collisionRect: rect(10, 60, 280, 120),
    droppableRects,
    droppableContainers: { getEnabled: () => [], get: () => undefined },
    scrollableAncestors: [],
  };
  const args = { active: 'c-wait', currentCoordinates: { x: 10, y: 60 }, context } as unknown as Parameters<KeyboardCoordinateGetter>[1];
  const result = boardKeyboardCoordinates(() => layout)(event, args);
  return { result, prevented };
}

describe('keyboard dragging on the board', () => {
  it('right arrow jumps to the centre of the next cluster, even when a card of its own column is nearer', () => {
    expect(press('ArrowRight', 'c-wait')).toEqual({ result: { x: 320 + 10, y: 250 - 60 }, prevented: true });
  });

  it('goes on from the cluster it is over, and stops at either end', () => {
    expect(press('ArrowRight', 'group:g-agent').result).toEqual({ x: 640 + 10, y: 100 - 60 });
    expect(press('ArrowRight', 'group:g-cx').result).toBeUndefined();
    expect(press('ArrowLeft', 'c-five').result).toEqual({ x: 10, y: 450 - 60 });
    expect(press('ArrowLeft', 'c-kb').result).toBeUndefined();
  });
});

describe('drag announcements', () => {
  it('name the card by its number and the cluster by its title, in Chinese', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ resources, lng: 'zh-CN', interpolation: { escapeValue: false } });
    const say = dragAnnouncements(i18n.getFixedT('zh-CN'), layout, new Map(layout.order.map((id, i) => [id, i + 1])));
    const active = { id: 'c-wait' } as never;
    expect(say.onDragStart({ active })).toBe('已拿起卡片 2。');
    expect(say.onDragOver({ active, over: { id: 'c-five' } as never })).toBe('卡片 2 位于“坐席效率”上方。');
    expect(say.onDragOver({ active, over: { id: 'group:none' } as never })).toBe('卡片 2 位于“未分组”上方。');
    expect(say.onDragEnd({ active, over: { id: 'group:g-cx' } as never })).toBe('卡片 2 已放入“客户体验”。');
    expect(say.onDragCancel({ active, over: null })).toBe('已取消移动卡片 2，它回到了原位。');
  });
});
