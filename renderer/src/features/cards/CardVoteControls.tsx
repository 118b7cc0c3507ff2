import { useTranslation } from 'react-i18next';
import { useApp } from '../../store/context';
import { useVoting } from './voting-context';

export interface CardVotes {
  /** The current voter's dots on this card. */
  mine: number;
  /** Everyone's dots, or null while the counts are hidden from the room. */
  total: number | null;
}

/** Dots on one card: the total once revealed, and + / − for the participant who is voting. */
export function CardVoteControls({ stageId, cardId, number, votes }: { stageId: string; cardId: string; number: number; votes: CardVotes }) {
  const { t } = useTranslation();
  const dispatch = useApp((s) => s.dispatch);
  const { voterId, tryVote } = useVoting();
  return (
    <div className="card-votes">
      {votes.total !== null && (
        <span className="vote-total" aria-label={t('voting.totalOf', { number, count: votes.total })}>
          {'●'.repeat(Math.min(votes.total, 12))} {votes.total}
        </span>
      )}
      {voterId && (
        <span className="vote-buttons">
          <button
            type="button"
            aria-label={t('voting.removeDot', { number })}
            disabled={votes.mine === 0}
            onClick={() => dispatch({ type: 'vote/remove', stageId, participantId: voterId, cardId })}
          >
            −
          </button>
          <span className="vote-mine" aria-label={t('voting.mineOf', { number, count: votes.mine })}>
            {votes.mine}
          </span>
          <button type="button" aria-label={t('voting.addDot', { number })} onClick={() => tryVote(cardId)}>
            +
          </button>
        </span>
      )}
    </div>
  );
}
