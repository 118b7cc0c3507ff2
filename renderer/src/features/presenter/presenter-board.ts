import { rankByVotes, votesByCard } from '../../../../shared/boards/voting';
import type { CardColor, StageOf } from '../../../../shared/model/workshop';

export interface PresentedCard {
  id: string;
  text: string;
  color: CardColor;
  /** Dots on the card; null while the votes are not revealed. */
  votes: number | null;
}

export interface PresentedGroup {
  /** null: the cards not in any group (always last). */
  id: string | null;
  title: string | null;
  cards: PresentedCard[];
  /** Dots on the group's cards together; null while the votes are not revealed. */
  votes: number | null;
}

export interface PresentedItem {
  id: string;
  text: string;
  /** A checklist item's state. */
  done?: boolean;
}

/** The i18n key (under `presenter.sections`) of each list shown for the other board kinds. */
export type ListSection = 'options' | 'criteria' | 'items';

export type PresentedBoard =
  | { kind: 'cards'; groups: PresentedGroup[]; hiddenCount: number; revealed: boolean }
  | { kind: 'list'; sections: { key: ListSection; items: PresentedItem[] }[] };

/**
 * What the room sees of a cards board: visible cards by group (ungrouped last, empty groups left
 * out); written-blind cards only as a count; votes only once revealed, each group's cards then
 * sorted by votes.
 */
export function presentCards(stage: StageOf<'cards'>): PresentedBoard {
  const { revealed } = stage.voting;
  const totals = revealed ? votesByCard(stage) : null;
  const order = revealed ? rankByVotes(stage).map((r) => r.cardId) : stage.cards.filter((c) => !c.hidden).map((c) => c.id);
  const byId = new Map(stage.cards.map((c) => [c.id, c]));
  const visible = order.flatMap((id) => {
    const card = byId.get(id);
    return card && !card.hidden ? [card] : [];
  });
  const known = new Set(stage.groups.map((g) => g.id));
  const inGroup = (groupId: string | null) =>
    visible
      .filter((c) => (groupId === null ? c.groupId === null || !known.has(c.groupId) : c.groupId === groupId))
      .map((c) => ({ id: c.id, text: c.text, color: c.color, votes: totals ? (totals.get(c.id) ?? 0) : null }));
  const sum = (cards: PresentedCard[]) => (revealed ? cards.reduce((n, c) => n + (c.votes ?? 0), 0) : null);
  // Empty clusters would only take width from the cards the room reads.
  const groups: PresentedGroup[] = stage.groups.flatMap((g) => {
    const cards = inGroup(g.id);
    return cards.length > 0 ? [{ id: g.id, title: g.title, cards, votes: sum(cards) }] : [];
  });
  const loose = inGroup(null);
  if (loose.length > 0) groups.push({ id: null, title: null, cards: loose, votes: sum(loose) });
  return { kind: 'cards', groups, hiddenCount: stage.cards.filter((c) => c.hidden).length, revealed };
}

const named = (items: readonly { id: string; name: string }[]): PresentedItem[] => items.map((i) => ({ id: i.id, text: i.name }));

/** The boards the presenter shows as cards or plain lists (the others have their own views). */
export type ListedStage = StageOf<'cards' | 'matrix' | 'checklist'>;

/** The read-only projection of a cards board or a plain list for the presenter view. */
export function presentBoard(stage: ListedStage): PresentedBoard {
  switch (stage.kind) {
    case 'cards':
      return presentCards(stage);
    case 'matrix':
      return { kind: 'list', sections: [{ key: 'options', items: named(stage.options) }, { key: 'criteria', items: named(stage.criteria) }] };
    case 'checklist':
      return { kind: 'list', sections: [{ key: 'items', items: stage.items.map((i) => ({ id: i.id, text: i.text, done: i.done })) }] };
  }
}
