import { useTranslation } from 'react-i18next';
import type { Card, Criterion, Stage } from '../../../../shared/model/workshop';
import { useApp } from '../../store/context';

interface CardSource {
  stageId: string;
  stageTitle: string;
  cards: Card[];
}

/** Visible cards of every cards board, by stage: the pain points a criterion can answer to. */
export function cardSources(stages: readonly Stage[]): CardSource[] {
  return stages.flatMap((s) =>
    s.kind === 'cards' && s.cards.some((c) => !c.hidden) ? [{ stageId: s.id, stageTitle: s.title, cards: s.cards.filter((c) => !c.hidden) }] : [],
  );
}

/** The pain points behind a criterion: their text shown, chosen from the cards boards. */
export function PainPointLinks({ stageId, criterion, number }: { stageId: string; criterion: Criterion; number: number }) {
  const { t } = useTranslation();
  const dispatch = useApp((s) => s.dispatch);
  const stages = useApp((s) => s.doc?.stages ?? []);
  const sources = cardSources(stages);
  const byId = new Map(sources.flatMap((s) => s.cards.map((c) => [c.id, c] as const)));
  const linked = criterion.linkedCardIds.filter((id) => byId.has(id));
  const toggle = (cardId: string, on: boolean) =>
    dispatch({
      type: 'matrix/criterion-edit',
      stageId,
      criterionId: criterion.id,
      patch: { linkedCardIds: on ? [...criterion.linkedCardIds, cardId] : criterion.linkedCardIds.filter((id) => id !== cardId) },
    });

  return (
    <div className="pain-links">
      {linked.length > 0 && (
        <ul className="pain-chips" aria-label={t('matrix.links.linkedOf', { number })}>
          {linked.map((id) => (
            <li key={id}>{byId.get(id)?.text}</li>
          ))}
        </ul>
      )}
      <details>
        <summary>{t('matrix.links.choose', { count: linked.length })}<span className="visually-hidden">{t('matrix.criteria.ofItem', { number })}</span></summary>
        {sources.length === 0 ? (
          <p className="hint">{t('matrix.links.none')}</p>
        ) : (
          sources.map((source) => (
            <fieldset key={source.stageId} className="pain-source">
              <legend>{source.stageTitle}</legend>
              {source.cards.map((card) => (
                <label key={card.id} className="choice">
                  <input type="checkbox" checked={criterion.linkedCardIds.includes(card.id)} onChange={(e) => toggle(card.id, e.target.checked)} />
                  <span>{card.text || t('matrix.links.emptyCard')}</span>
                </label>
              ))}
            </fieldset>
          ))
        )}
      </details>
    </div>
  );
}
