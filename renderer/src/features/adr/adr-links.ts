import type { Adr, Card, Criterion, MatrixOption, Workshop } from '../../../../shared/model/workshop';

/** What decision records link to elsewhere in the workshop, looked up by id. */

export const adrLabel = (number: number): string => `ADR-${String(number).padStart(4, '0')}`;

export interface Linked<T> {
  stageId: string;
  stageTitle: string;
  item: T;
}

function collect<T>(doc: Workshop | null, pick: (stage: Workshop['stages'][number]) => readonly T[] | null): Linked<T>[] {
  if (!doc) return [];
  return doc.stages.flatMap((stage) => (pick(stage) ?? []).map((item) => ({ stageId: stage.id, stageTitle: stage.title, item })));
}

/** Criteria of every matrix stage: the decision drivers a record can name. */
export const matrixCriteria = (doc: Workshop | null): Linked<Criterion>[] => collect(doc, (s) => (s.kind === 'matrix' ? s.criteria : null));

/** Options of every matrix stage: what a considered option can stand for. */
export const matrixOptions = (doc: Workshop | null): Linked<MatrixOption>[] => collect(doc, (s) => (s.kind === 'matrix' ? s.options : null));

/** Cards of every cards stage that are not hidden (blind entry): the pain points behind a decision. */
export const painPoints = (doc: Workshop | null): Linked<Card>[] =>
  collect(doc, (s) => (s.kind === 'cards' ? s.cards.filter((c) => !c.hidden) : null));

const byCard = new WeakMap<readonly Adr[], Map<string, string>>();

/**
 * The records that name a card, as one label ("ADR-0001, ADR-0003"), or undefined. Built once per
 * `adrs` array (commands make a new one on every change) and returned as a string, so a card's
 * selector gives the same value until its own records change and the card does not re-render.
 */
export function adrLabelsForCard(adrs: readonly Adr[] | undefined, cardId: string): string | undefined {
  if (!adrs || adrs.length === 0) return undefined;
  let index = byCard.get(adrs);
  if (!index) {
    const built = new Map<string, string>();
    for (const adr of [...adrs].sort((a, b) => a.number - b.number)) {
      for (const id of adr.linkedCardIds) built.set(id, built.has(id) ? `${built.get(id)}, ${adrLabel(adr.number)}` : adrLabel(adr.number));
    }
    index = built;
    byCard.set(adrs, index);
  }
  return index.get(cardId);
}
