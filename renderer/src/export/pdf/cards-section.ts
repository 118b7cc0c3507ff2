import type { StageOf } from '../../../../shared/model/workshop';
import type { CardGroup } from './cards-table';
import { cardGroups, cardNumbers, cardsTable } from './cards-table';
import type { Block, HandoutOptions } from './handout';
import { placementBlocks } from './placement-block';
import type { PdfStringKey } from './strings';
import { pdfText } from './strings';

/** "知识获取（2 张卡片，9 票）", "Knowledge · 2 cards · 9 votes": a cluster's sub-heading. */
function groupHeading(group: CardGroup, options: HandoutOptions): string {
  const { language } = options;
  const count = (n: number, one: PdfStringKey, many: PdfStringKey) => pdfText(language, n === 1 ? one : many, { n });
  const facts = [count(group.cards.length, 'cardCountOne', 'cardCount'), ...(group.votes > 0 ? [count(group.votes, 'voteCountOne', 'voteCount')] : [])];
  const title = group.title === null ? pdfText(language, 'ungrouped') : group.title || pdfText(language, 'group');
  return pdfText(language, 'groupHeading', { title, facts: facts.join(pdfText(language, 'factSeparator')) });
}

/**
 * What a cards board produced: its cards as tables — one per affinity cluster under the cluster's
 * name when the room clustered them, else one — numbered throughout, then the impact × effort 2×2.
 */
export function cardsBlocks(stage: StageOf<'cards'>, options: HandoutOptions): Block[] {
  const groups = cardGroups(stage, options.preset);
  if (groups.length === 0) return [];
  const numbers = cardNumbers(groups);
  const clustered = groups.some((g) => g.title !== null);
  const tables = groups.flatMap((group): Block[] => [
    ...(clustered ? [{ kind: 'heading', text: groupHeading(group, options), level: 3 } as const] : []),
    cardsTable(stage, group.cards, numbers, options.language),
  ]);
  return [...tables, ...placementBlocks(stage, numbers, options.language)];
}
