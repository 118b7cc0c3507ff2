import { useDroppable } from '@dnd-kit/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CardGroup, FieldDef } from '../../../../shared/model/workshop';
import { TextPromptDialog } from '../../app/TextPromptDialog';
import { useApp } from '../../store/context';
import type { ColumnLayout } from './board-layout';
import { columnDropId } from './board-layout';
import type { CardVotes } from './CardVoteControls';
import { SortableCardList } from './SortableCardList';

interface BoardColumnProps {
  stageId: string;
  column: ColumnLayout;
  title: string;
  fields: readonly FieldDef[];
  groups: readonly CardGroup[];
  votes: ReadonlyMap<string, CardVotes> | null;
  numbers: ReadonlyMap<string, number>;
}

/** One cluster (or the not-yet-clustered cards): a drop target with its cards in order. */
export function BoardColumn({ stageId, column, title, fields, groups, votes, numbers }: BoardColumnProps) {
  const { t } = useTranslation();
  const dispatch = useApp((s) => s.dispatch);
  const [renaming, setRenaming] = useState(false);
  const { groupId } = column;
  const { setNodeRef, isOver } = useDroppable({ id: columnDropId(groupId) });
  const headingId = `column-${groupId ?? 'none'}`;

  return (
    <section ref={setNodeRef} className={isOver ? 'board-column over' : 'board-column'} aria-labelledby={headingId}>
      <header className="column-header">
        <h2 id={headingId}>
          {title} <span className="column-count">{t('cards.count', { count: column.columnIds.length })}</span>
        </h2>
        {groupId !== null && (
          <div className="row-actions">
            <button type="button" aria-label={t('board.renameCluster', { title })} onClick={() => setRenaming(true)}>
              {t('common.rename')}
            </button>
            <button type="button" className="danger" aria-label={t('board.deleteCluster', { title })} onClick={() => dispatch({ type: 'group/delete', stageId, groupId })}>
              {t('common.delete')}
            </button>
          </div>
        )}
      </header>
      <SortableCardList
        stageId={stageId}
        label={t('cards.listLabel', { title })}
        ids={column.shownIds}
        columnIds={column.columnIds}
        fields={fields}
        groups={groups}
        numbers={numbers}
        votes={votes}
      />
      {renaming && groupId !== null && (
        <TextPromptDialog
          title={t('board.renameClusterTitle')}
          label={t('board.clusterName')}
          initial={title}
          submitLabel={t('common.rename')}
          onCancel={() => setRenaming(false)}
          onSubmit={(value) => {
            dispatch({ type: 'group/rename', stageId, groupId, title: value });
            setRenaming(false);
          }}
        />
      )}
    </section>
  );
}
