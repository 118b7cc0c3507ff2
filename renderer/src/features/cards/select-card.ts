import type { Card, Workshop } from '../../../../shared/model/workshop';

/** Cards by id, built once per cards array (commands make a new array on every change). */
const indexes = new WeakMap<readonly Card[], Map<string, Card>>();

/**
 * One card of one stage, for a card component's own store subscription: with 1,000 cards on a
 * board, each of them looks itself up on every change, so the look-up must be O(1).
 */
export function selectCard(doc: Workshop | null, stageId: string, cardId: string): Card | undefined {
  const stage = doc?.stages.find((s) => s.id === stageId);
  if (stage?.kind !== 'cards') return undefined;
  let index = indexes.get(stage.cards);
  if (!index) {
    index = new Map(stage.cards.map((c) => [c.id, c]));
    indexes.set(stage.cards, index);
  }
  return index.get(cardId);
}
