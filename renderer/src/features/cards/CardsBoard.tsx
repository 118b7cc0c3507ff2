import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../../shared/model/ids';
import { limits } from '../../../../shared/model/limits';
import type { CardColor, StageOf } from '../../../../shared/model/workshop';
import { newCard } from '../../../../shared/model/workshop';
import { useApp } from '../../store/context';
import { CardItem } from './CardItem';
import { ColorSelect } from './ColorSelect';

/** A cards board: write a card, see every card of the stage, edit or delete any of them. */
export function CardsBoard({ stage }: { stage: StageOf<'cards'> }) {
  const { t } = useTranslation();
  const dispatch = useApp((s) => s.dispatch);
  const [text, setText] = useState('');
  const [color, setColor] = useState<CardColor>('yellow');

  const add = () => {
    if (!text.trim()) return;
    dispatch({
      type: 'card/add',
      stageId: stage.id,
      card: newCard({ id: newId(), text: text.trim(), color, createdAt: new Date().toISOString() }),
    });
    setText('');
  };

  return (
    <div className="cards-board">
      <form
        className="card-composer"
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <label className="field composer-text">
          <span>{t('cards.newCard')}</span>
          <textarea
            value={text}
            rows={2}
            maxLength={limits.textChars}
            placeholder={t('cards.placeholder')}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                add();
              }
            }}
          />
        </label>
        <ColorSelect value={color} onChange={setColor} label={t('cards.color')} />
        <button type="submit" className="primary" disabled={!text.trim()} aria-keyshortcuts="Control+Enter">
          {t('cards.add')}
        </button>
      </form>
      <p className="card-count" aria-live="polite">
        {t('cards.count', { count: stage.cards.length })}
      </p>
      {stage.cards.length === 0 ? (
        <p className="empty">{t('cards.empty')}</p>
      ) : (
        <ul className="card-grid" aria-label={t('cards.listLabel', { title: stage.title })}>
          {stage.cards.map((card, index) => (
            <CardItem key={card.id} stageId={stage.id} card={card} index={index} />
          ))}
        </ul>
      )}
    </div>
  );
}
