import type { KeyboardCoordinateGetter } from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import type { BoardLayout } from './board-layout';
import { columnDropId } from './board-layout';

/** The column a drop target belongs to: the column itself, or the column holding that card. */
export function columnIndexOf(layout: BoardLayout, id: string): number {
  return layout.columns.findIndex((c) => columnDropId(c.groupId) === id || c.columnIds.includes(id));
}

/**
 * Keyboard dragging on the board: left and right always jump one whole cluster (onto the centre of
 * the next column, so the card lands at its end), up and down move among the cards of a column.
 * dnd-kit's own getter picks the nearest corner to the right, which can be a card of the same column.
 */
export function boardKeyboardCoordinates(layout: () => BoardLayout): KeyboardCoordinateGetter {
  return (event, args) => {
    const step = event.code === 'ArrowRight' ? 1 : event.code === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return sortableKeyboardCoordinates(event, args);
    event.preventDefault();
    const { active, over, collisionRect, droppableRects } = args.context;
    if (!active || !collisionRect) return undefined;
    const current = layout();
    const from = columnIndexOf(current, String(over?.id ?? active.id));
    const next = current.columns[from + step];
    const rect = next ? droppableRects.get(columnDropId(next.groupId)) : undefined;
    if (from === -1 || !rect) return undefined;
    return {
      x: rect.left + (rect.width - collisionRect.width) / 2,
      y: rect.top + (rect.height - collisionRect.height) / 2,
    };
  };
}
