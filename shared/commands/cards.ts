import type { Id } from '../model/ids';
import type { Card, Placement, StageOf, Workshop } from '../model/workshop';
import { documentHasId, updateStageOf } from './helpers';

export type CardPatch = Partial<Pick<Card, 'text' | 'color' | 'tags'>> & {
  /** Field values to set, merged into the card's fields; an empty string clears a field. */
  fields?: Record<string, string>;
  placement?: Placement | null;
};

export type CardCommand =
  | { type: 'card/add'; stageId: Id; card: Card; index?: number }
  | { type: 'card/edit'; stageId: Id; cardId: Id; patch: CardPatch }
  /** Into a group (null: ungrouped), before the group's `index`-th card (default: last). */
  | { type: 'card/move'; stageId: Id; cardId: Id; groupId: Id | null; index?: number }
  | { type: 'card/delete'; stageId: Id; cardId: Id };

type CardsStage = StageOf<'cards'>;

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
const samePlacement = (a: Placement | null, b: Placement | null) =>
  a === b || (a !== null && b !== null && a.impact === b.impact && a.effort === b.effort);

function mergeFields(current: Record<string, string>, changes: Record<string, string>): Record<string, string> {
  const next = { ...current };
  for (const [key, value] of Object.entries(changes)) {
    if (value === '') delete next[key];
    else next[key] = value;
  }
  return next;
}

/** The card with the patch applied; parts given as `undefined` are left as they were. */
function patched(card: Card, patch: CardPatch): Card {
  const next: Card = { ...card };
  if (patch.text !== undefined) next.text = patch.text;
  if (patch.color !== undefined) next.color = patch.color;
  if (patch.tags !== undefined) next.tags = patch.tags;
  if (patch.fields !== undefined) next.fields = mergeFields(card.fields, patch.fields);
  if (patch.placement !== undefined) next.placement = patch.placement;
  return next;
}

function unchanged(card: Card, next: Card): boolean {
  return (
    card.text === next.text &&
    card.color === next.color &&
    sameList(card.tags, next.tags) &&
    samePlacement(card.placement, next.placement) &&
    sameList(Object.entries(card.fields).flat(), Object.entries(next.fields).flat())
  );
}

function moveCard(stage: CardsStage, cardId: Id, groupId: Id | null, index: number | undefined): CardsStage {
  const card = stage.cards.find((c) => c.id === cardId);
  if (!card || (groupId !== null && !stage.groups.some((g) => g.id === groupId))) return stage;
  const rest = stage.cards.filter((c) => c.id !== cardId);
  const inGroup = rest.filter((c) => c.groupId === groupId);
  if (inGroup.length === 0) {
    // Alone in its group: only the group changes; the position among other groups' cards does not matter.
    return card.groupId === groupId ? stage : { ...stage, cards: stage.cards.map((c) => (c === card ? { ...c, groupId } : c)) };
  }
  const before = index === undefined ? undefined : inGroup[Math.max(0, index)];
  const last = inGroup.at(-1);
  const at = before ? rest.indexOf(before) : last ? rest.indexOf(last) + 1 : rest.length;
  const cards = [...rest.slice(0, at), { ...card, groupId }, ...rest.slice(at)];
  const same = card.groupId === groupId && cards.every((c, i) => c.id === stage.cards[i]?.id);
  return same ? stage : { ...stage, cards };
}

export function applyCardCommand(doc: Workshop, cmd: CardCommand): Workshop {
  switch (cmd.type) {
    case 'card/add':
      if (documentHasId(doc, cmd.card.id)) return doc;
      return updateStageOf(doc, cmd.stageId, 'cards', (stage) => {
        const cards = stage.cards.slice();
        cards.splice(cmd.index ?? cards.length, 0, { ...cmd.card, hidden: cmd.card.hidden || stage.blind });
        return { ...stage, cards };
      });
    case 'card/edit':
      return updateStageOf(doc, cmd.stageId, 'cards', (stage) => {
        const index = stage.cards.findIndex((c) => c.id === cmd.cardId);
        const card = stage.cards[index];
        if (!card) return stage;
        const next = patched(card, cmd.patch);
        if (unchanged(card, next)) return stage;
        const cards = stage.cards.slice();
        cards[index] = next;
        return { ...stage, cards };
      });
    case 'card/move':
      return updateStageOf(doc, cmd.stageId, 'cards', (stage) => moveCard(stage, cmd.cardId, cmd.groupId, cmd.index));
    case 'card/delete':
      return updateStageOf(doc, cmd.stageId, 'cards', (stage) =>
        stage.cards.some((c) => c.id === cmd.cardId)
          ? {
              ...stage,
              cards: stage.cards.filter((c) => c.id !== cmd.cardId),
              voting: { ...stage.voting, votes: stage.voting.votes.filter((v) => v.cardId !== cmd.cardId) },
            }
          : stage,
      );
  }
}
