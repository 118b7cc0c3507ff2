import type { Language, StageOf } from '../../../../shared/model/workshop';
import { labelled } from './format';
import type { Block, Cell, Preset, TableColumn } from './handout';
import { humanize, weightFor } from './item-table';
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

/**
 * A cards board as a table: the card (with its colour as a swatch), its fields — a column each
 * when there are one or two, else one "Details" column of "label: value" lines — group, tags and
 * dot votes when there are any. Fields are read from the stage, so new ones show up by themselves.
 */
export function cardsTable(stage: CardsStage, language: Language, preset: Preset): Block {
  const cards = orderedCards(stage, preset);
  const defs = cardFieldDefs(stage);
  const labels = new Map(defs.map((d) => [d.key, d.label]));
  const votes = voteCounts(stage);
  const groups = groupTitles(stage);
  const values = cards.map((c) => fieldValues(c));
  const usedKeys = [...new Set(values.flatMap((v) => Object.keys(v)))].sort((a, b) => order(defs, a) - order(defs, b));
  const wide = usedKeys.length > 2;
  const hasVotes = cards.some((c) => (votes.get(c.id) ?? 0) > 0);
  const tagsOf = (c: Card): string => (c.tags.length > 0 ? c.tags.join(', ') : '');
  const groupOf = (c: Card): string => groups.get(groupIdOf(c) ?? '') ?? '';
  const hasTags = cards.some((c) => c.tags.length > 0);
  const hasGroups = cards.some((c) => groupOf(c) !== '');

  const details = cards.map((c, i) => {
    const lines: string[] = [];
    if (hasGroups && groupOf(c)) lines.push(labelled(pdfText(language, 'group'), groupOf(c)));
    for (const key of usedKeys) {
      const value = values[i]?.[key];
      if (value !== undefined) lines.push(labelled(labels.get(key) ?? humanize(key), fieldText(defs.find((d) => d.key === key), value)));
    }
    if (hasTags && tagsOf(c)) lines.push(labelled(pdfText(language, 'tags'), tagsOf(c)));
    return lines.join('\n');
  });

  const texts = cards.map((c) => c.text);
  const columns: TableColumn[] = [
    { header: '#', weight: 0.35, align: 'right' },
    { header: pdfText(language, 'card'), weight: Math.max(2.4, weightFor(texts, '')) },
  ];
  const cell = (c: Card, i: number): Cell[] => {
    const row: Cell[] = [String(i + 1), { text: c.text, swatch: cardSwatches[c.color] ?? '#b8c0c8' }];
    if (wide) row.push(details[i] ?? '');
    else {
      if (hasGroups) row.push(groupOf(c));
      for (const key of usedKeys) row.push(fieldText(defs.find((d) => d.key === key), values[i]?.[key] ?? ''));
      if (hasTags) row.push(tagsOf(c));
    }
    if (hasVotes) row.push(String(votes.get(c.id) ?? 0));
    return row;
  };
  if (wide) columns.push({ header: pdfText(language, 'details'), weight: Math.max(2.2, weightFor(details, '')) });
  else {
    if (hasGroups) columns.push({ header: pdfText(language, 'group'), weight: weightFor(cards.map(groupOf), pdfText(language, 'group')) });
    for (const key of usedKeys) {
      const header = labels.get(key) ?? humanize(key);
      columns.push({ header, weight: weightFor(values.map((v) => v[key] ?? ''), header) });
    }
    if (hasTags) columns.push({ header: pdfText(language, 'tags'), weight: weightFor(cards.map(tagsOf), pdfText(language, 'tags')) });
  }
  if (hasVotes) columns.push({ header: pdfText(language, 'votes'), weight: 0.6, align: 'right' });
  return { kind: 'table', columns, rows: cards.map(cell) };
}

/** Fields in the order the stage defines them; unknown ones after, as found. */
function order(defs: FieldInfo[], key: string): number {
  const i = defs.findIndex((d) => d.key === key);
  return i < 0 ? defs.length : i;
}
