import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Card, StageOf } from '../../../../shared/model/workshop';
import { TextPromptDialog } from '../../app/TextPromptDialog';
import { useApp } from '../../store/context';
import { ungroupedDropId } from './BoardColumns';
import { CardItem } from './CardItem';
import type { CardVotes } from './CardVoteControls';

interface BoardColumnProps {
  stage: StageOf<'cards'>;
  groupId: string | null;
  title: string;
  cards: Card[];
  visible: (card: Card) => boolean;
  votesOf: (cardId: string) => CardVotes | null;
  numbers: Map<string, number>;
}

/** One cluster (or the not-yet-clustered cards): a drop target with its cards in order. */
export function BoardColumn({ stage, groupId, title, cards, visible, votesOf, numbers }: BoardColumnProps) {
  const { t } = useTranslation();
  const dispatch = useApp((s) => s.dispatch);
  const [renaming, setRenaming] = useState(false);
  const { setNodeRef, isOver } = useDroppable({ id: groupId === null ? ungroupedDropId : `group:${groupId}` });
  const shown = cards.filter(visible);
  const headingId = `column-${groupId ?? 'none'}`;

  return (
    <section ref={setNodeRef} className={isOver ? 'board-column over' : 'board-column'} aria-labelledby={headingId}>
      <header className="column-header">
        <h2 id={headingId}>
          {title} <span className="column-count">{t('cards.count', { count: cards.length })}</span>
        </h2>
        {groupId !== null && (
          <div className="row-actions">
            <button type="button" aria-label={t('board.renameCluster', { title })} onClick={() => setRenaming(true)}>
              {t('common.rename')}
            </button>
            <button
              type="button"
              className="danger"
              aria-label={t('board.deleteCluster', { title })}
              onClick={() => dispatch({ type: 'group/delete', stageId: stage.id, groupId })}
            >
              {t('common.delete')}
            </button>
          </div>
        )}
      </header>
      <SortableContext items={shown.map((c) => c.id)} strategy={verticalListSortingStrategy}>
        <ul className="card-list" aria-label={t('cards.listLabel', { title })}>
          {shown.map((card) => (
            <CardItem
              key={card.id}
              stageId={stage.id}
              card={card}
              number={numbers.get(card.id) ?? 0}
              fields={stage.fields}
              groups={stage.groups}
              indexInGroup={cards.indexOf(card)}
              groupSize={cards.length}
              votes={votesOf(card.id)}
            />
          ))}
        </ul>
      </SortableContext>
      {renaming && groupId !== null && (
        <TextPromptDialog
          title={t('board.renameClusterTitle')}
          label={t('board.clusterName')}
          initial={title}
          submitLabel={t('common.rename')}
          onCancel={() => setRenaming(false)}
          onSubmit={(value) => {
            dispatch({ type: 'group/rename', stageId: stage.id, groupId, title: value });
            setRenaming(false);
          }}
        />
      )}
    </section>
  );
}
