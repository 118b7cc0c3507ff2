import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdrPatch } from '../../../../shared/commands';
import type { Adr } from '../../../../shared/model/workshop';
import { useApp } from '../../store/context';
import { matrixCriteria, painPoints } from './adr-links';

const short = (text: string) => (text.length > 120 ? `${text.slice(0, 119)}…` : text);

/**
 * The pain points behind a decision: cards linked to the record, and those linked to the criteria
 * it names as drivers (read-only here, they are edited on the matrix).
 */
export function AdrPainPoints({ adr, edit }: { adr: Adr; edit(patch: AdrPatch, field: string): void }) {
  const { t } = useTranslation();
  const doc = useApp((s) => s.doc);
  const [pick, setPick] = useState('');
  const cards = painPoints(doc);
  const byId = new Map(cards.map((c) => [c.item.id, c]));
  const viaCriteria = matrixCriteria(doc)
    .filter((c) => adr.driverCriterionIds.includes(c.item.id))
    .flatMap((c) => c.item.linkedCardIds.filter((id) => !adr.linkedCardIds.includes(id)).map((id) => ({ id, criterion: c.item.name })));
  const available = cards.filter((c) => !adr.linkedCardIds.includes(c.item.id));
  const stages = [...new Set(available.map((c) => c.stageId))];
  const link = (id: string) => edit({ linkedCardIds: [...adr.linkedCardIds, id] }, 'cards');
  const unlink = (id: string) => edit({ linkedCardIds: adr.linkedCardIds.filter((x) => x !== id) }, 'cards');

  return (
    <section className="adr-section" aria-labelledby={`${adr.id}-pain`}>
      <h3 id={`${adr.id}-pain`}>{t('adr.painPoints')}</h3>
      {adr.linkedCardIds.length === 0 && viaCriteria.length === 0 && <p className="empty">{t('adr.noPainPoints')}</p>}
      <ul className="adr-pain-list">
        {adr.linkedCardIds.map((id) => {
          const card = byId.get(id);
          return (
            <li key={id}>
              <span className="adr-pain-text">{card ? short(card.item.text) : t('adr.removedCard')}</span>
              {card && <span className="adr-pain-stage">{card.stageTitle}</span>}
              <button type="button" aria-label={t('adr.unlinkCard', { text: card ? short(card.item.text) : id })} onClick={() => unlink(id)}>
                {t('adr.unlink')}
              </button>
            </li>
          );
        })}
        {viaCriteria.map(({ id, criterion }) => {
          const card = byId.get(id);
          return card ? (
            <li key={`${criterion}:${id}`} className="via-criterion">
              <span className="adr-pain-text">{short(card.item.text)}</span>
              <span className="adr-pain-stage">{t('adr.viaCriterion', { criterion })}</span>
            </li>
          ) : null;
        })}
      </ul>
      {available.length > 0 && (
        <form
          className="adr-link-card"
          onSubmit={(e) => {
            e.preventDefault();
            if (pick) link(pick);
            setPick('');
          }}
        >
          <label className="field inline">
            <span>{t('adr.linkPainPoint')}</span>
            <select value={pick} onChange={(e) => setPick(e.target.value)}>
              <option value="">{t('adr.pickPainPoint')}</option>
              {stages.map((stageId) => {
                const ofStage = available.filter((c) => c.stageId === stageId);
                return (
                  <optgroup key={stageId} label={ofStage[0]?.stageTitle ?? ''}>
                    {ofStage.map((c) => (
                      <option key={c.item.id} value={c.item.id}>
                        {short(c.item.text)}
                      </option>
                    ))}
                  </optgroup>
                );
              })}
            </select>
          </label>
          <button type="submit" disabled={!pick}>
            {t('adr.link')}
          </button>
        </form>
      )}
    </section>
  );
}
