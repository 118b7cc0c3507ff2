import type { KeyboardEvent, PointerEvent } from 'react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Card, Placement, StageOf } from '../../../../shared/model/workshop';
import { useApp } from '../../store/context';
import { clamp, nudge } from './placement';

/** The impact × effort 2×2: drag a card, or focus it and use the arrow keys; the placement is stored on the card. */
export function PlacementView({ stage }: { stage: StageOf<'cards'> }) {
  const { t } = useTranslation();
  const dispatch = useApp((s) => s.dispatch);
  const area = useRef<HTMLDivElement>(null);
  /** Where a drag started: a click without movement does not move the card. */
  const dragStart = useRef<{ x: number; y: number } | null>(null);
  const visible = stage.cards.filter((c) => !c.hidden);
  const placed = visible.filter((c) => c.placement !== null);
  const unplaced = visible.filter((c) => c.placement === null);
  const place = (card: Card, placement: Placement | null) =>
    dispatch({ type: 'card/edit', stageId: stage.id, cardId: card.id, patch: { placement } }, { coalesceKey: `place:${card.id}` });

  const fromPointer = (e: PointerEvent): Placement | null => {
    const box = area.current?.getBoundingClientRect();
    if (!box || box.width === 0) return null;
    return { effort: clamp((e.clientX - box.left) / box.width), impact: clamp(1 - (e.clientY - box.top) / box.height) };
  };

  return (
    <div className="placement">
      <div className="placement-frame">
        <span className="axis axis-impact">↑ {t('placement.impact')}</span>
        <div ref={area} className="placement-area" role="group" aria-label={t('placement.label')}>
          <span className="quadrant q-quick">{t('placement.quickWins')}</span>
          <span className="quadrant q-big">{t('placement.bigBets')}</span>
          <span className="quadrant q-fill">{t('placement.fillIns')}</span>
          <span className="quadrant q-pit">{t('placement.moneyPits')}</span>
          {placed.map((card) => {
            const p = card.placement as Placement;
            const number = stage.cards.indexOf(card) + 1;
            return (
              <button
                key={card.id}
                type="button"
                className={`placed card-${card.color}`}
                style={{ left: `${p.effort * 100}%`, top: `${(1 - p.impact) * 100}%` }}
                aria-label={t('placement.placedCard', { number, text: card.text, impact: Math.round(p.impact * 100), effort: Math.round(p.effort * 100) })}
                onKeyDown={(e: KeyboardEvent) => {
                  if (e.key === 'Delete' || e.key === 'Backspace') return place(card, null);
                  const next = nudge(p, e.key);
                  if (!next) return;
                  e.preventDefault();
                  place(card, next);
                }}
                onPointerDown={(e) => {
                  e.currentTarget.setPointerCapture(e.pointerId);
                  dragStart.current = { x: e.clientX, y: e.clientY };
                }}
                onPointerUp={(e) => {
                  const start = dragStart.current;
                  dragStart.current = null;
                  const moved = start !== null && Math.hypot(e.clientX - start.x, e.clientY - start.y) > 4;
                  const next = fromPointer(e);
                  if (moved && next) place(card, next);
                }}
              >
                <span className="placed-text">{card.text}</span>
              </button>
            );
          })}
        </div>
        <span className="axis axis-effort">{t('placement.effort')} →</span>
      </div>
      <p className="hint">{t('placement.help')}</p>
      {unplaced.length > 0 && (
        <section aria-labelledby="unplaced-heading">
          <h2 id="unplaced-heading">{t('placement.unplaced', { count: unplaced.length })}</h2>
          <ul className="unplaced-list">
            {unplaced.map((card) => (
              <li key={card.id}>
                <span>{card.text}</span>
                <button
                  type="button"
                  aria-label={t('placement.placeCard', { number: stage.cards.indexOf(card) + 1 })}
                  onClick={() => place(card, { impact: 0.5, effort: 0.5 })}
                >
                  {t('placement.place')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
