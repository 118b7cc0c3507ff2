import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/model/workshop';
import type { PresentedBoard } from './presenter-board';

type CardsBoard = Extract<PresentedBoard, { kind: 'cards' }>;

/** Visible cards by group, ungrouped last; blind cards only counted; votes once revealed. */
export function PresenterCards({ board, language }: { board: CardsBoard; language: Language }) {
  const { t } = useTranslation();
  const empty = board.groups.every((g) => g.cards.length === 0);
  return (
    <>
      {board.hiddenCount > 0 && (
        <p className="presenter-hidden">
          {t('presenter.hiddenCards', { count: board.hiddenCount })}
        </p>
      )}
      {empty && board.hiddenCount === 0 && <p className="presenter-empty">{t('presenter.noCards')}</p>}
      <div className="presenter-groups">
        {board.groups.map((group) => (
          <section key={group.id ?? 'ungrouped'} className="presenter-group" aria-label={group.title ?? t('presenter.ungrouped')}>
            <h2>
              <span lang={group.title === null ? undefined : language}>{group.title ?? t('presenter.ungrouped')}</span>
              {group.votes !== null && <span className="presenter-votes">{t('presenter.votes', { count: group.votes })}</span>}
            </h2>
            <ol className="presenter-cards">
              {group.cards.map((card) => (
                <li key={card.id} className="presenter-card" data-color={card.color}>
                  {/* Before the text, so the text wraps around it (floated right). */}
                  {card.votes !== null && <span className="presenter-votes">{t('presenter.votes', { count: card.votes })}</span>}
                  <span className="presenter-card-text" lang={language}>
                    {card.text}
                  </span>
                </li>
              ))}
            </ol>
          </section>
        ))}
      </div>
    </>
  );
}
