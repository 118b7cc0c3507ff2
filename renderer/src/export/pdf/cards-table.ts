import type { Language, StageOf } from '../../../../shared/model/workshop';
import { labelled } from './format';
import type { Block, Cell, Preset, TableColumn } from './handout';
import { humanize } from './item-table';
import { pdfText } from './strings';
import { cardSwatches } from './theme';
import type { FieldInfo } from './workshop-reading';
import { cardFieldDefs, fieldValues, groupIdOf, groupTitles, primaryItems, voteCounts } from './workshop-reading';

type CardsStage = StageOf<'cards'>;
type Card = CardsStage['cards'][number];

/** A field's value as a reader wants it: a 1–5 scale as "4/5". */
const fieldText = (def: FieldInfo | undefined, value: string): string => (def?.type === 'scale' && /^\d$/.test(value) ? `${value}/5` : value);

/** The stage's visible cards; the handout lists the most-voted first, the full record keeps board order. */
export function orderedCards(stage: CardsStage, preset: Preset): Card[] {
  const cards = primaryItems(stage) as Card[];
  if (preset === 'full') return cards;
  const votes = voteCounts(stage);
  return cards
    .map((card, i) => ({ card, i, votes: votes.get(card.id) ?? 0 }))
    .sort((a, b) => b.votes - a.votes || a.i - b.i)
    .map((x) => x.card);
}

export interface CardGroup {
  /** The cluster's title ('' when untitled); null for the cards in no cluster (or when the board has no clusters). */
  title: string | null;
  cards: Card[];
  votes: number;
}

/**
 * The cards by affinity cluster, in reading order: clusters in board order in the full record,
 * the most-voted cluster first in the handout; cards in no cluster last. A board without clusters
 * is one group with no title.
 */
export function cardGroups(stage: CardsStage, preset: Preset): CardGroup[] {
  const cards = orderedCards(stage, preset);
  const titles = groupTitles(stage);
  const votes = voteCounts(stage);
  const byGroup = new Map<string, Card[]>();
  const loose: Card[] = [];
  for (const card of cards) {
    const id = groupIdOf(card);
    if (id !== undefined && titles.has(id)) byGroup.set(id, [...(byGroup.get(id) ?? []), card]);
    else loose.push(card);
  }
  const sum = (list: Card[]) => list.reduce((n, c) => n + (votes.get(c.id) ?? 0), 0);
  const groups = [...titles].flatMap(([id, title], i) => {
    const list = byGroup.get(id) ?? [];
    return list.length > 0 ? [{ title: title.trim(), cards: list, votes: sum(list), i }] : [];
  });
  if (preset === 'handout') groups.sort((a, b) => b.votes - a.votes || a.i - b.i);
  const result: CardGroup[] = groups.map(({ title, cards: list, votes: n }) => ({ title, cards: list, votes: n }));
  if (loose.length > 0) result.push({ title: null, cards: loose, votes: sum(loose) });
  return result;
}

/** The number of each card in the handout (its row "#"), counted across the clusters' tables. */
export function cardNumbers(groups: CardGroup[]): Map<string, number> {
  return new Map(groups.flatMap((g) => g.cards).map((card, i) => [card.id, i + 1]));
}

/**
 * A list of cards as a table: the card (with its colour as a swatch), its fields — a column each
 * when there are one or two, else one "Details" column of "label: value" lines — tags and dot votes
 * when there are any. Fields are read from the stage, so new ones show up by themselves. Rows are
 * numbered from `numbers` (the same numbers mark the dots of the impact × effort chart).
 */
export function cardsTable(stage: CardsStage, cards: Card[], numbers: Map<string, number>, language: Language): Block {
  const defs = cardFieldDefs(stage);
  const labels = new Map(defs.map((d) => [d.key, d.label]));
  const votes = voteCounts(stage);
  // Columns and their widths come from all the stage's cards, so every cluster's table looks alike.
  const all = primaryItems(stage) as Card[];
  const allValues = all.map((c) => fieldValues(c));
  const usedKeys = [...new Set(allValues.flatMap((v) => Object.keys(v)))].sort((a, b) => order(defs, a) - order(defs, b));
  const wide = usedKeys.length > 2;
  const hasVotes = all.some((c) => (votes.get(c.id) ?? 0) > 0);
  const tagsOf = (c: Card): string => (c.tags.length > 0 ? c.tags.join(', ') : '');
  const hasTags = all.some((c) => c.tags.length > 0);
  const valueOf = (c: Card, key: string): string => {
    const value = fieldValues(c)[key];
    return value === undefined ? '' : fieldText(defs.find((d) => d.key === key), value);
  };
  const details = (c: Card): string =>
    [
      ...usedKeys.flatMap((key) => (valueOf(c, key) ? [labelled(labels.get(key) ?? humanize(key), valueOf(c, key))] : [])),
      ...(hasTags && tagsOf(c) ? [labelled(pdfText(language, 'tags'), tagsOf(c))] : []),
    ].join('\n');

  const columns: TableColumn[] = [
    { header: '#', align: 'right' },
    { header: pdfText(language, 'card') },
  ];
  if (wide) columns.push({ header: pdfText(language, 'details') });
  else {
    for (const key of usedKeys) {
      const header = labels.get(key) ?? humanize(key);
      columns.push({ header });
    }
    if (hasTags) columns.push({ header: pdfText(language, 'tags') });
  }
  if (hasVotes) columns.push({ header: pdfText(language, 'votes'), align: 'right' });

  const row = (c: Card, i: number): Cell[] => [
    String(numbers.get(c.id) ?? i + 1),
    { text: c.text, swatch: cardSwatches[c.color] ?? '#b8c0c8' },
    ...(wide ? [details(c)] : [...usedKeys.map((key) => valueOf(c, key)), ...(hasTags ? [tagsOf(c)] : [])]),
    ...(hasVotes ? [String(votes.get(c.id) ?? 0)] : []),
  ];
  const sizeRows = all.length > cards.length ? { sizeRows: all.map(row) } : {};
  return { kind: 'table', columns, rows: cards.map(row), ...sizeRows };
}

/** Fields in the order the stage defines them; unknown ones after, as found. */
function order(defs: FieldInfo[], key: string): number {
  const i = defs.findIndex((d) => d.key === key);
  return i < 0 ? defs.length : i;
}
