import type { Id } from '../model/ids';
import type { StageOf } from '../model/workshop';

type CardsStage = StageOf<'cards'>;

/** Dots per card, counting every participant. */
export function votesByCard(stage: CardsStage): Map<Id, number> {
  const totals = new Map<Id, number>();
  for (const v of stage.voting.votes) totals.set(v.cardId, (totals.get(v.cardId) ?? 0) + v.count);
  return totals;
}

export function votesUsed(stage: CardsStage, participantId: Id): number {
  return stage.voting.votes.reduce((n, v) => (v.participantId === participantId ? n + v.count : n), 0);
}

export function votesLeft(stage: CardsStage, participantId: Id): number {
  return Math.max(0, stage.voting.budget - votesUsed(stage, participantId));
}

export function participantVotesOn(stage: CardsStage, participantId: Id, cardId: Id): number {
  return stage.voting.votes.find((v) => v.participantId === participantId && v.cardId === cardId)?.count ?? 0;
}

export type VoteRefusal = 'budget' | 'per-card' | 'unknown-card';

/** Why one more dot from this participant on this card is not allowed, or null when it is. */
export function voteRefusal(stage: CardsStage, participantId: Id, cardId: Id): VoteRefusal | null {
  const card = stage.cards.find((c) => c.id === cardId);
  if (!card || card.hidden) return 'unknown-card';
  if (votesUsed(stage, participantId) >= stage.voting.budget) return 'budget';
  if (participantVotesOn(stage, participantId, cardId) >= stage.voting.maxPerCard) return 'per-card';
  return null;
}

/** Visible cards, most votes first; ties keep board order. */
export function rankByVotes(stage: CardsStage): { cardId: Id; votes: number }[] {
  const totals = votesByCard(stage);
  return stage.cards
    .filter((c) => !c.hidden)
    .map((c, index) => ({ cardId: c.id, votes: totals.get(c.id) ?? 0, index }))
    .sort((a, b) => b.votes - a.votes || a.index - b.index)
    .map(({ cardId, votes }) => ({ cardId, votes }));
}
