import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { memo } from 'react';
import type { CardGroup, FieldDef } from '../../../../shared/model/workshop';
import { CardItem } from './CardItem';
import type { CardVotes } from './CardVoteControls';

interface SortableCardListProps {
  stageId: string;
  label: string;
  /** The cards shown, in order (stable array while the same cards are shown). */
  ids: readonly string[];
  /** Every card of the column, in order, for the keyboard moves up and down. */
  columnIds: readonly string[];
  fields: readonly FieldDef[];
  groups: readonly CardGroup[];
  numbers: ReadonlyMap<string, number>;
  votes: ReadonlyMap<string, CardVotes> | null;
}

/**
 * The sortable cards of one column. Memoised on props that do not change while someone types
 * in a card: dnd-kit gives its sortable context a new value on every render, which would re-render
 * every card; each card reads its own content from the store instead.
 */
export const SortableCardList = memo(function SortableCardList({ stageId, label, ids, columnIds, fields, groups, numbers, votes }: SortableCardListProps) {
  return (
    <SortableContext items={ids as string[]} strategy={verticalListSortingStrategy}>
      <ul className="card-list" aria-label={label}>
        {ids.map((id) => (
          <CardItem
            key={id}
            stageId={stageId}
            cardId={id}
            number={numbers.get(id) ?? 0}
            fields={fields}
            groups={groups}
            indexInGroup={columnIds.indexOf(id)}
            groupSize={columnIds.length}
            votes={votes?.get(id) ?? null}
          />
        ))}
      </ul>
    </SortableContext>
  );
});
