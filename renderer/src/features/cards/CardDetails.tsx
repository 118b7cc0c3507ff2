import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { CardPatch } from '../../../../shared/commands';
import { limits } from '../../../../shared/model/limits';
import type { Card } from '../../../../shared/model/workshop';
import { useApp } from '../../store/context';
import { CardFields } from './CardFields';
import type { CardItemProps } from './CardItem';
import { ColorSelect } from './ColorSelect';
import { parseTags } from './card-filter';
import { useCardUi } from './card-ui-context';

const ungrouped = '';

/** A card's fields, tags and colour, and the keyboard way to move it: to a cluster, up, down. */
export function CardDetails({ stageId, card, number, fields, groups, indexInGroup, groupSize }: CardItemProps & { card: Card }) {
  const { t } = useTranslation();
  const dispatch = useApp((s) => s.dispatch);
  const edit = (patch: CardPatch, key?: string) =>
    dispatch({ type: 'card/edit', stageId, cardId: card.id, patch }, key ? { coalesceKey: key } : {});
  const { focusAfterMoveRef } = useCardUi();
  const move = (control: string, groupId: string | null, index?: number) => {
    focusAfterMoveRef.current = `${control}-${card.id}`;
    dispatch({ type: 'card/move', stageId, cardId: card.id, groupId, ...(index === undefined ? {} : { index }) });
  };
  useEffect(() => {
    // Back in its new place after a move: give the keyboard its control back.
    const id = focusAfterMoveRef.current;
    if (id?.endsWith(card.id)) {
      focusAfterMoveRef.current = null;
      document.getElementById(id)?.focus();
    }
  });
  const suffix = t('cards.ofCard', { number });

  return (
    <div className="card-details">
      <CardFields
        defs={fields}
        values={card.fields}
        labelSuffix={suffix}
        onChange={(key, value) => edit({ fields: { [key]: value } }, `card:${card.id}:${key}`)}
      />
      <label className="field">
        <span>{t('cards.tags')}</span>
        <input
          defaultValue={card.tags.join(', ')}
          maxLength={limits.shortChars}
          aria-label={`${t('cards.tags')}${suffix}`}
          onBlur={(e) => edit({ tags: parseTags(e.target.value) })}
        />
      </label>
      <ColorSelect value={card.color} label={`${t('cards.color')}${suffix}`} onChange={(color) => edit({ color })} />
      <label className="field">
        <span>{t('cards.moveTo')}</span>
        <select
          aria-label={`${t('cards.moveTo')}${suffix}`}
          value={card.groupId ?? ungrouped}
          id={`move-to-${card.id}`}
          onChange={(e) => move('move-to', e.target.value === ungrouped ? null : e.target.value)}
        >
          <option value={ungrouped}>{t('board.ungrouped')}</option>
          {groups.map((g) => (
            <option key={g.id} value={g.id}>
              {g.title}
            </option>
          ))}
        </select>
      </label>
      <div className="row-actions">
        <button
          type="button"
          id={`move-up-${card.id}`}
          disabled={indexInGroup === 0}
          aria-label={t('cards.moveUp', { number })}
          onClick={() => move('move-up', card.groupId, indexInGroup - 1)}
        >
          ↑
        </button>
        <button
          type="button"
          disabled={indexInGroup >= groupSize - 1}
          id={`move-down-${card.id}`}
          aria-label={t('cards.moveDown', { number })}
          onClick={() => move('move-down', card.groupId, indexInGroup + 1)}
        >
          ↓
        </button>
      </div>
    </div>
  );
}
