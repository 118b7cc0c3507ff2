import { voteRefusal } from '../boards/voting';
import type { Id } from '../model/ids';
import type { Workshop } from '../model/workshop';
import { updateStageOf } from './helpers';

/** Dot voting and blind entry on a cards board. */
export type VotingCommand =
  /** One more dot; refused (no change) over the budget or the per-card limit: see `voteRefusal`. */
  | { type: 'vote/add'; stageId: Id; participantId: Id; cardId: Id }
  | { type: 'vote/remove'; stageId: Id; participantId: Id; cardId: Id }
  | { type: 'voting/configure'; stageId: Id; budget: number; maxPerCard: number }
  | { type: 'voting/reveal'; stageId: Id; revealed: boolean }
  | { type: 'voting/clear'; stageId: Id }
  | { type: 'blind/start'; stageId: Id }
  /** Ends blind entry and shows every card written during it. */
  | { type: 'blind/reveal'; stageId: Id };

const clampCount = (n: number) => (Number.isFinite(n) ? Math.max(1, Math.min(100, Math.round(n))) : null);

export function applyVotingCommand(doc: Workshop, cmd: VotingCommand): Workshop {
  switch (cmd.type) {
    case 'vote/add':
      if (!doc.participants.some((p) => p.id === cmd.participantId)) return doc;
      return updateStageOf(doc, cmd.stageId, 'cards', (s) => {
        if (voteRefusal(s, cmd.participantId, cmd.cardId)) return s;
        const mine = (v: { participantId: Id; cardId: Id }) => v.participantId === cmd.participantId && v.cardId === cmd.cardId;
        const votes = s.voting.votes.some(mine)
          ? s.voting.votes.map((v) => (mine(v) ? { ...v, count: v.count + 1 } : v))
          : [...s.voting.votes, { participantId: cmd.participantId, cardId: cmd.cardId, count: 1 }];
        return { ...s, voting: { ...s.voting, votes } };
      });
    case 'vote/remove':
      return updateStageOf(doc, cmd.stageId, 'cards', (s) => {
        const vote = s.voting.votes.find((v) => v.participantId === cmd.participantId && v.cardId === cmd.cardId);
        if (!vote) return s;
        const votes =
          vote.count > 1
            ? s.voting.votes.map((v) => (v === vote ? { ...v, count: v.count - 1 } : v))
            : s.voting.votes.filter((v) => v !== vote);
        return { ...s, voting: { ...s.voting, votes } };
      });
    case 'voting/configure': {
      const budget = clampCount(cmd.budget);
      const maxPerCard = clampCount(cmd.maxPerCard);
      if (budget === null || maxPerCard === null) return doc;
      return updateStageOf(doc, cmd.stageId, 'cards', (s) =>
        s.voting.budget === budget && s.voting.maxPerCard === maxPerCard ? s : { ...s, voting: { ...s.voting, budget, maxPerCard } },
      );
    }
    case 'voting/reveal':
      return updateStageOf(doc, cmd.stageId, 'cards', (s) =>
        s.voting.revealed === cmd.revealed ? s : { ...s, voting: { ...s.voting, revealed: cmd.revealed } },
      );
    case 'voting/clear':
      return updateStageOf(doc, cmd.stageId, 'cards', (s) =>
        s.voting.votes.length === 0 ? s : { ...s, voting: { ...s.voting, votes: [], revealed: false } },
      );
    case 'blind/start':
      return updateStageOf(doc, cmd.stageId, 'cards', (s) => (s.blind ? s : { ...s, blind: true }));
    case 'blind/reveal':
      return updateStageOf(doc, cmd.stageId, 'cards', (s) =>
        !s.blind && !s.cards.some((c) => c.hidden)
          ? s
          : { ...s, blind: false, cards: s.cards.map((c) => (c.hidden ? { ...c, hidden: false } : c)) },
      );
  }
}
