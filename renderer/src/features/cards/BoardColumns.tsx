import type { DragEndEvent } from '@dnd-kit/core';
import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors } from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { useTranslation } from 'react-i18next';
import type { Card, StageOf } from '../../../../shared/model/workshop';
import { useApp } from '../../store/context';
import { BoardColumn } from './BoardColumn';
import type { CardVotes } from './CardVoteControls';

export const ungroupedDropId = 'group:none';

interface BoardColumnsProps {
  stage: StageOf<'cards'>;
  /** Cards that pass the search and filters; the others are not shown. */
  visible: (card: Card) => boolean;
  votesOf: (cardId: string) => CardVotes | null;
}

/** Where a dropped card goes: onto a column (its end) or onto a card (that card's place). */
function dropTarget(stage: StageOf<'cards'>, event: DragEndEvent): { groupId: string | null; index?: number } | null {
  const { active, over } = event;
  if (!over || active.id === over.id) return null;
  const overId = String(over.id);
  if (overId.startsWith('group:')) return { groupId: overId === ungroupedDropId ? null : overId.slice('group:'.length) };
  const overCard = stage.cards.find((c) => c.id === overId);
  if (!overCard) return null;
  const column = stage.cards.filter((c) => c.groupId === overCard.groupId).map((c) => c.id);
  const activeIndex = column.indexOf(String(active.id));
  const rest = column.filter((id) => id !== active.id);
  const index = rest.indexOf(overId) + (activeIndex !== -1 && activeIndex < column.indexOf(overId) ? 1 : 0);
  return { groupId: overCard.groupId, index };
}

/** Clusters as columns, cards dragged between them by mouse or keyboard (space, arrows, space). */
export function BoardColumns({ stage, visible, votesOf }: BoardColumnsProps) {
  const { t } = useTranslation();
  const dispatch = useApp((s) => s.dispatch);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const known = new Set(stage.groups.map((g) => g.id));
  const columnOf = (card: Card) => (card.groupId !== null && known.has(card.groupId) ? card.groupId : null);
  const columns = [{ id: null, title: t('board.ungrouped') }, ...stage.groups];
  const numbers = new Map(stage.cards.map((c, i) => [c.id, i + 1]));

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={(event) => {
        const target = dropTarget(stage, event);
        if (target) dispatch({ type: 'card/move', stageId: stage.id, cardId: String(event.active.id), ...target });
      }}
      accessibility={{
        screenReaderInstructions: { draggable: t('board.dragInstructions') },
      }}
    >
      <div className={stage.groups.length === 0 ? 'board-columns single' : 'board-columns'}>
        {columns.map((column) => {
          const cards = stage.cards.filter((c) => columnOf(c) === column.id);
          return (
            <BoardColumn
              key={column.id ?? 'none'}
              stage={stage}
              groupId={column.id}
              title={column.title}
              cards={cards}
              visible={visible}
              votesOf={votesOf}
              numbers={numbers}
            />
          );
        })}
      </div>
    </DndContext>
  );
}
