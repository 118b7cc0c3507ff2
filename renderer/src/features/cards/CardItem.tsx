import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { limits } from '../../../../shared/model/limits';
import type { CardGroup, FieldDef } from '../../../../shared/model/workshop';
import { useApp } from '../../store/context';
import { adrLabelsForCard } from '../adr/adr-links';
import { CardDetails } from './CardDetails';
import type { CardVotes } from './CardVoteControls';
import { CardVoteControls } from './CardVoteControls';
import { useCardUi } from './card-ui-context';
import { selectCard } from './select-card';

export interface CardItemProps {
  stageId: string;
  cardId: string;
  /** 1-based number of the card on the board, for labels ("Card 3"). */
  number: number;
  fields: readonly FieldDef[];
  groups: readonly CardGroup[];
  /** Place within its group, for the keyboard moves up and down. */
  indexInGroup: number;
  groupSize: number;
  votes: CardVotes | null;
}

/** One card: text edited in place; details (fields, tags, colour, moves) behind a toggle. */
export const CardItem = memo(function CardItem(props: CardItemProps) {
  const { stageId, cardId, number, fields, votes } = props;
  const { t } = useTranslation();
  const dispatch = useApp((s) => s.dispatch);
  const card = useApp((s) => selectCard(s.doc, stageId, cardId));
  // The decision records that address this pain point: a string, so unchanged records re-render nothing.
  const decisions = useApp((s) => adrLabelsForCard(s.doc?.adrs, cardId));
  const { openCardId, setOpenCardId } = useCardUi();
  const open = openCardId === cardId;
  const sortable = useSortable({ id: cardId, disabled: card?.hidden ?? true });
  const style = { transform: CSS.Translate.toString(sortable.transform), transition: sortable.transition };
  const label = t('cards.cardLabel', { number });
  if (!card) return null;

  if (card.hidden) {
    return (
      <li ref={sortable.setNodeRef} style={style} className="card card-hidden" aria-label={label}>
        <p className="hidden-note">{t('blind.hiddenCard')}</p>
      </li>
    );
  }

  const filled = fields.filter((f) => card.fields[f.key]);
  return (
    <li ref={sortable.setNodeRef} style={style} className={`card card-${card.color}${sortable.isDragging ? ' dragging' : ''}`} aria-label={label}>
      <div className="card-top">
        <button type="button" className="drag-handle" aria-label={t('cards.dragHandle', { number })} {...sortable.attributes} {...sortable.listeners}>
          ⠿
        </button>
        {votes && <CardVoteControls stageId={stageId} cardId={card.id} number={number} votes={votes} />}
      </div>
      <textarea
        className="card-text"
        aria-label={t('cards.cardText', { number })}
        value={card.text}
        maxLength={limits.textChars}
        onChange={(e) => dispatch({ type: 'card/edit', stageId, cardId: card.id, patch: { text: e.target.value } }, { coalesceKey: `card:${card.id}` })}
      />
      {!open && filled.length > 0 && (
        <dl className="field-chips">
          {filled.map((f) => (
            <div key={f.key}>
              <dt>{f.label}</dt>
              <dd>{card.fields[f.key]}</dd>
            </div>
          ))}
        </dl>
      )}
      {!open && card.tags.length > 0 && (
        <ul className="tag-chips" aria-label={t('cards.tags')}>
          {card.tags.map((tag) => (
            <li key={tag}>{tag}</li>
          ))}
        </ul>
      )}
      {decisions && <p className="card-adrs">{t('adr.addressedBy', { labels: decisions })}</p>}
      <div className="card-actions">
        <button
          type="button"
          aria-expanded={open}
          aria-label={`${open ? t('cards.closeDetails') : t('cards.details')}${t('cards.ofCard', { number })}`}
          onClick={() => setOpenCardId(open ? null : card.id)}
        >
          {open ? t('cards.closeDetails') : t('cards.details')}
        </button>
        <button
          type="button"
          className="danger"
          aria-label={t('cards.deleteCard', { number })}
          onClick={() => dispatch({ type: 'card/delete', stageId, cardId: card.id })}
        >
          {t('common.delete')}
        </button>
      </div>
      {open && <CardDetails {...props} card={card} />}
    </li>
  );
});
