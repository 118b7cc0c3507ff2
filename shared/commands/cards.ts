import type { Id } from '../model/ids';
import type { Card } from '../model/workshop';
import { documentHasId, updateStageOf } from './helpers';
import type { Workshop } from '../model/workshop';

export type CardPatch = Partial<Pick<Card, 'text' | 'color' | 'tags'>>;

export type CardCommand =
  | { type: 'card/add'; stageId: Id; card: Card; index?: number }
  | { type: 'card/edit'; stageId: Id; cardId: Id; patch: CardPatch }
  | { type: 'card/delete'; stageId: Id; cardId: Id };

function sameTags(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((tag, i) => tag === b[i]);
}

/** The card with the patch applied; fields given as `undefined` are left as they were. */
function patched(card: Card, patch: CardPatch): Card {
  return {
    ...card,
    ...(patch.text === undefined ? {} : { text: patch.text }),
    ...(patch.color === undefined ? {} : { color: patch.color }),
    ...(patch.tags === undefined ? {} : { tags: patch.tags }),
  };
}

function samePatch(card: Card, patch: CardPatch): boolean {
  return (
    (patch.text === undefined || patch.text === card.text) &&
    (patch.color === undefined || patch.color === card.color) &&
    (patch.tags === undefined || sameTags(patch.tags, card.tags))
  );
}

export function applyCardCommand(doc: Workshop, cmd: CardCommand): Workshop {
  switch (cmd.type) {
    case 'card/add':
      if (documentHasId(doc, cmd.card.id)) return doc;
      return updateStageOf(doc, cmd.stageId, 'cards', (stage) => {
        const cards = stage.cards.slice();
        cards.splice(cmd.index ?? cards.length, 0, cmd.card);
        return { ...stage, cards };
      });
    case 'card/edit':
      return updateStageOf(doc, cmd.stageId, 'cards', (stage) => {
        const index = stage.cards.findIndex((c) => c.id === cmd.cardId);
        const card = stage.cards[index];
        if (!card || samePatch(card, cmd.patch)) return stage;
        const cards = stage.cards.slice();
        cards[index] = patched(card, cmd.patch);
        return { ...stage, cards };
      });
    case 'card/delete':
      return updateStageOf(doc, cmd.stageId, 'cards', (stage) =>
        stage.cards.some((c) => c.id === cmd.cardId)
          ? { ...stage, cards: stage.cards.filter((c) => c.id !== cmd.cardId) }
          : stage,
      );
  }
}
