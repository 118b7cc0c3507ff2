import type { Announcements } from '@dnd-kit/core';
import type { TFunction } from 'i18next';
import type { BoardLayout } from './board-layout';
import { columnIndexOf } from './board-keyboard';

/**
 * What a screen reader hears while a card is dragged, in the UI's language (dnd-kit's own
 * announcements are English and name internal ids). A card is named by its number; a place by
 * the cluster it is in.
 */
export function dragAnnouncements(t: TFunction, layout: BoardLayout, numbers: ReadonlyMap<string, number>): Announcements {
  const card = (id: string | number) => t('cards.cardLabel', { number: numbers.get(String(id)) ?? '?' });
  const place = (id: string | number) => layout.columns[columnIndexOf(layout, String(id))]?.title ?? t('board.ungrouped');
  return {
    onDragStart: ({ active }) => t('board.drag.start', { card: card(active.id) }),
    onDragOver: ({ active, over }) =>
      over ? t('board.drag.over', { card: card(active.id), place: place(over.id) }) : t('board.drag.nowhere', { card: card(active.id) }),
    onDragEnd: ({ active, over }) =>
      over ? t('board.drag.dropped', { card: card(active.id), place: place(over.id) }) : t('board.drag.cancelled', { card: card(active.id) }),
    onDragCancel: ({ active }) => t('board.drag.cancelled', { card: card(active.id) }),
  };
}
