import type { Id } from '../model/ids';
import type { Card } from '../model/workshop';
import { updateStageOf } from './helpers';
import type { Workshop } from '../model/workshop';

export type CardPatch = Partial<Pick<Card, 'text' | 'color' | 'tags'>>;

export type CardCommand =
  | { type: 'card/add'; stageId: Id; card: Card; index?: number }
  | { type: 'card/edit'; stageId: Id; cardId: Id; patch: CardPatch }
  | { type: 'card/delete'; stageId: Id; cardId: Id };

function samePatch(card: Card, patch: CardPatch): boolean {
  return (
    (patch.text === undefined || patch.text === card.text) &&
    (patch.color === undefined || patch.color === card.color) &&
    (patch.tags === undefined || patch.tags.join('\u0000') === card.tags.join('\u0000'))
  );
}

export function applyCardCommand(doc: Workshop, cmd: CardCommand): Workshop {
  switch (cmd.type) {
    case 'card/add':
      return updateStageOf(doc, cmd.stageId, 'cards', (stage) => {
        if (stage.cards.some((c) => c.id === cmd.card.id)) return stage;
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
        cards[index] = { ...card, ...cmd.patch };
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
