import type { DragEndEvent } from '@dnd-kit/core';
import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors } from '@dnd-kit/core';
import { memo, useCallback, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { StageOf } from '../../../../shared/model/workshop';
import { useApp, useAppStore } from '../../store/context';
import { BoardColumn } from './BoardColumn';
import type { BoardLayout } from './board-layout';
import { boardLayout, ungroupedDropId } from './board-layout';
import { boardKeyboardCoordinates } from './board-keyboard';
import { dragAnnouncements } from './drag-announcements';
import type { CardFilter } from './card-filter';
import type { CardVotes } from './CardVoteControls';

interface BoardColumnsProps {
  stageId: string;
  filter: CardFilter;
  votes: ReadonlyMap<string, CardVotes> | null;
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

/**
 * Clusters as columns, cards dragged between them by mouse or keyboard (space, arrows, space).
 * It subscribes to the board's layout only (a string that typing does not change): dnd-kit gives
 * every sortable card a new context value whenever this re-renders.
 */
export const BoardColumns = memo(function BoardColumns({ stageId, filter, votes }: BoardColumnsProps) {
  const { t } = useTranslation();
  const dispatch = useApp((s) => s.dispatch);
  const store = useAppStore();
  const layoutJson = useApp(
    useCallback(
      (s) => {
        const stage = s.doc?.stages.find((x) => x.id === stageId);
        return stage?.kind === 'cards' ? JSON.stringify(boardLayout(stage, filter)) : '';
      },
      [stageId, filter],
    ),
  );
  const layout = useMemo<BoardLayout>(() => (layoutJson ? (JSON.parse(layoutJson) as BoardLayout) : { columns: [], order: [] }), [layoutJson]);
  const numbers = useMemo(() => new Map(layout.order.map((id, i) => [id, i + 1])), [layout]);
  const fields = useApp((s) => (s.doc?.stages.find((x) => x.id === stageId) as StageOf<'cards'> | undefined)?.fields);
  const groups = useApp((s) => (s.doc?.stages.find((x) => x.id === stageId) as StageOf<'cards'> | undefined)?.groups);
  const layoutRef = useRef(layout);
  layoutRef.current = layout;
  const coordinateGetter = useMemo(() => boardKeyboardCoordinates(() => layoutRef.current), []);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter }),
  );
  const onDragEnd = useCallback(
    (event: DragEndEvent) => {
      const current = store.getState().doc?.stages.find((s) => s.id === stageId);
      const target = current?.kind === 'cards' ? dropTarget(current, event) : null;
      if (target) dispatch({ type: 'card/move', stageId, cardId: String(event.active.id), ...target });
    },
    [dispatch, store, stageId],
  );
  const accessibility = useMemo(
    () => ({ screenReaderInstructions: { draggable: t('board.dragInstructions') }, announcements: dragAnnouncements(t, layout, numbers) }),
    [t, layout, numbers],
  );

  return (
    <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd} accessibility={accessibility}>
      <div className={layout.columns.length <= 1 ? 'board-columns single' : 'board-columns'}>
        {layout.columns.map((column) => (
          <BoardColumn
            key={column.groupId ?? 'none'}
            stageId={stageId}
            column={column}
            title={column.title ?? t('board.ungrouped')}
            fields={fields ?? []}
            groups={groups ?? []}
            votes={votes}
            numbers={numbers}
          />
        ))}
      </div>
    </DndContext>
  );
});
