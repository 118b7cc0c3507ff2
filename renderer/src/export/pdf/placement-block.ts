import type { Language, StageOf } from '../../../../shared/model/workshop';
import type { Block, PlacementBlock } from './handout';
import { pdfText } from './strings';
import { cardSwatches } from './theme';
import { placementOf, primaryItems } from './workshop-reading';

type Card = StageOf<'cards'>['cards'][number];

/** The quadrants in reading order, with the test for each: high impact is ≥ 0.5, so is high effort. */
const quadrants = [
  { key: 'quickWins', test: (impact: number, effort: number) => impact >= 0.5 && effort < 0.5 },
  { key: 'bigBets', test: (impact: number, effort: number) => impact >= 0.5 && effort >= 0.5 },
  { key: 'fillIns', test: (impact: number, effort: number) => impact < 0.5 && effort < 0.5 },
  { key: 'moneyPits', test: (impact: number, effort: number) => impact < 0.5 && effort >= 0.5 },
] as const;

/**
 * The impact × effort 2×2 of a cards board, when any visible card is placed: the chart (a dot per
 * card, numbered as in the cards table) and, below it, the cards of each quadrant — quick wins
 * first — so the reader gets the room's conclusion in words as well as in the picture.
 */
export function placementBlocks(stage: StageOf<'cards'>, numbers: Map<string, number>, language: Language): Block[] {
  const placed = (primaryItems(stage) as Card[])
    .flatMap((card) => {
      const p = placementOf(card);
      const n = numbers.get(card.id);
      return p && n !== undefined ? [{ card, n, ...p }] : [];
    })
    .sort((a, b) => a.n - b.n);
  if (placed.length === 0) return [];
  const chart: PlacementBlock = {
    kind: 'placement',
    title: pdfText(language, 'impactEffort'),
    xLabel: pdfText(language, 'effort'),
    yLabel: pdfText(language, 'impact'),
    quadrants: [pdfText(language, 'quickWins'), pdfText(language, 'bigBets'), pdfText(language, 'moneyPits'), pdfText(language, 'fillIns')],
    points: placed.map((p) => ({ label: String(p.n), x: p.effort, y: p.impact, color: cardSwatches[p.card.color] ?? '#b8c0c8' })),
  };
  const pairs = quadrants.flatMap(({ key, test }) => {
    const inside = placed.filter((p) => test(p.impact, p.effort)).sort((a, b) => b.impact - a.impact || a.effort - b.effort);
    return inside.length > 0 ? [{ key: pdfText(language, key), value: inside.map((p) => `${p.n}. ${p.card.text}`).join('\n') }] : [];
  });
  return [chart, { kind: 'keyValue', pairs }];
}
