import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { limits } from '../../../../shared/model/limits';
import type { Card } from '../../../../shared/model/workshop';
import { useApp } from '../../store/context';
import { ColorSelect } from './ColorSelect';

/** One card: its text is edited in place (every keystroke is a saved, undoable change). */
export const CardItem = memo(function CardItem({ stageId, card, index }: { stageId: string; card: Card; index: number }) {
  const { t } = useTranslation();
  const dispatch = useApp((s) => s.dispatch);
  const label = t('cards.cardLabel', { number: index + 1 });
  return (
    <li className={`card card-${card.color}`} aria-label={label}>
      <textarea
        className="card-text"
        aria-label={t('cards.cardText', { number: index + 1 })}
        value={card.text}
        maxLength={limits.textChars}
        onChange={(e) => dispatch({ type: 'card/edit', stageId, cardId: card.id, patch: { text: e.target.value } }, { coalesceKey: `card:${card.id}` })}
      />
      <div className="card-actions">
        <ColorSelect
          value={card.color}
          label={t('cards.color')}
          onChange={(color) => dispatch({ type: 'card/edit', stageId, cardId: card.id, patch: { color } })}
        />
        <button
          type="button"
          className="danger"
          aria-label={t('cards.deleteCard', { number: index + 1 })}
          onClick={() => dispatch({ type: 'card/delete', stageId, cardId: card.id })}
        >
          {t('common.delete')}
        </button>
      </div>
    </li>
  );
});
