import type { Card, CardColor } from '../../../../shared/model/workshop';

export interface CardFilter {
  /** Words to find in the text, the field values or the tags; case-insensitive. */
  query: string;
  color: CardColor | null;
  tag: string | null;
}

export const noFilter: CardFilter = { query: '', color: null, tag: null };

export function isFiltering(filter: CardFilter): boolean {
  return filter.query.trim() !== '' || filter.color !== null || filter.tag !== null;
}

/** Whether a card shows under the filter. Hidden (blind) cards never match a search: their text is secret. */
export function matchesFilter(card: Card, filter: CardFilter): boolean {
  if (filter.color !== null && card.color !== filter.color) return false;
  if (filter.tag !== null && !card.tags.includes(filter.tag)) return false;
  const words = filter.query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  if (card.hidden) return false;
  const haystack = [card.text, ...Object.values(card.fields), ...card.tags].join('\n').toLocaleLowerCase();
  return words.every((w) => haystack.includes(w));
}

/** Every tag used on the board, in first-use order. */
export function boardTags(cards: readonly Card[]): string[] {
  return [...new Set(cards.flatMap((c) => c.tags))];
}

/** "KPI, 价值点，客户" → ['KPI', '价值点', '客户']: commas in either script, blanks dropped, no repeats. */
export function parseTags(input: string): string[] {
  return [...new Set(input.split(/[,，、;；]/).map((t) => t.trim()).filter(Boolean))];
}
