import type { StageOf } from '../../../../shared/model/workshop';
import type { CardFilter } from './card-filter';
import { matchesFilter } from './card-filter';

export const ungroupedDropId = 'group:none';

/** The drop target id of a column: the cluster's id, or the ungrouped column's. */
export const columnDropId = (groupId: string | null) => (groupId === null ? ungroupedDropId : `group:${groupId}`);

export interface ColumnLayout {
  /** null: the cards not clustered yet. */
  groupId: string | null;
  title: string | null;
  /** Every card of the column, in order. */
  columnIds: string[];
  /** The cards of the column that pass the filter. */
  shownIds: string[];
}

export interface BoardLayout {
  columns: ColumnLayout[];
  /** Card ids in board order (card numbers are positions in it, from 1). */
  order: string[];
}

/**
 * Which card shows in which column, and nothing of what the cards say: it stays the same while
 * someone types in a card, so the board (and its drag-and-drop context) need not re-render.
 */
export function boardLayout(stage: StageOf<'cards'>, filter: CardFilter): BoardLayout {
  const known = new Set(stage.groups.map((g) => g.id));
  const columnOf = (groupId: string | null) => (groupId !== null && known.has(groupId) ? groupId : null);
  const columns: ColumnLayout[] = [{ groupId: null, title: null }, ...stage.groups.map((g) => ({ groupId: g.id, title: g.title }))].map(
    (c) => ({ ...c, columnIds: [], shownIds: [] }),
  );
  const byGroup = new Map(columns.map((c) => [c.groupId, c]));
  for (const card of stage.cards) {
    const column = byGroup.get(columnOf(card.groupId));
    column?.columnIds.push(card.id);
    if (matchesFilter(card, filter)) column?.shownIds.push(card.id);
  }
  return { columns, order: stage.cards.map((c) => c.id) };
}
