import { useTranslation } from 'react-i18next';
import { rankByVotes, votesByCard } from '../../../../shared/boards/voting';
import type { StageOf } from '../../../../shared/model/workshop';

/** Cards and clusters by dots, most first: what the room sees after the vote is revealed. */
export function ResultsView({ stage }: { stage: StageOf<'cards'> }) {
  const { t } = useTranslation();
  if (!stage.voting.revealed) return <p className="empty">{t('voting.hiddenResults')}</p>;
  const ranked = rankByVotes(stage).filter((r) => r.votes > 0);
  if (ranked.length === 0) return <p className="empty">{t('voting.noVotes')}</p>;
  const top = ranked[0]?.votes ?? 1;
  const cards = new Map(stage.cards.map((c) => [c.id, c]));
  const totals = votesByCard(stage);
  const clusters = stage.groups
    .map((g) => ({ group: g, votes: stage.cards.filter((c) => c.groupId === g.id).reduce((n, c) => n + (totals.get(c.id) ?? 0), 0) }))
    .filter((c) => c.votes > 0)
    .sort((a, b) => b.votes - a.votes);

  return (
    <div className="results">
      {clusters.length > 0 && (
        <section aria-labelledby="cluster-results">
          <h2 id="cluster-results">{t('voting.clusterResults')}</h2>
          <ol className="result-list">
            {clusters.map(({ group, votes }) => (
              <li key={group.id}>
                <span className="result-text">{group.title}</span>
                <span className="result-count">{t('voting.dots', { count: votes })}</span>
              </li>
            ))}
          </ol>
        </section>
      )}
      <section aria-labelledby="card-results">
        <h2 id="card-results">{t('voting.cardResults')}</h2>
        <ol className="result-list">
          {ranked.map(({ cardId, votes }) => {
            const card = cards.get(cardId);
            return (
              <li key={cardId} className={`result card-${card?.color ?? 'grey'}`}>
                <span className="result-text">{card?.text}</span>
                <span className="result-bar" aria-hidden="true">
                  <span style={{ width: `${(votes / top) * 100}%` }} />
                </span>
                <span className="result-count">{t('voting.dots', { count: votes })}</span>
              </li>
            );
          })}
        </ol>
      </section>
    </div>
  );
}
