import type { Workshop } from '../../../../shared/model/workshop';
import { orderedCards } from './cards-table';
import { formatMinutes } from './format';
import type { Block, HandoutOptions, HandoutSection } from './handout';
import { keyOutcomes } from './key-outcomes';
import { kindLabel } from './stage-section';
import { pdfText } from './strings';
import { cardSwatches } from './theme';
import { logEntries, primaryItems, spentMinutes, voteCounts } from './workshop-reading';

const topCardCount = 6;

/** The most-voted cards of the whole workshop; without votes, the first cards of each board. */
function topCards(doc: Workshop, options: HandoutOptions): Block[] {
  const { language } = options;
  const cards = doc.stages.flatMap((stage) => {
    if (stage.kind !== 'cards') return [];
    const votes = voteCounts(stage);
    return orderedCards(stage, 'handout').map((card, i) => ({ card, stage: stage.title, painPoints: stage.templateKey === 'pain-points', votes: votes.get(card.id) ?? 0, i }));
  });
  if (cards.length === 0) return [];
  const voted = cards.some((c) => c.votes > 0);
  const picked = voted
    ? [...cards].sort((a, b) => b.votes - a.votes).filter((c) => c.votes > 0).slice(0, topCardCount)
    : [...cards].sort((a, b) => a.i - b.i).slice(0, topCardCount);
  const title = !voted ? 'topCards' : picked.every((c) => c.painPoints) ? 'topPainPoints' : 'topCardsByVotes';
  return [
    { kind: 'heading', text: pdfText(language, title) },
    ...(voted ? [{ kind: 'chart', title: pdfText(language, 'dotVotes'), bars: picked.map((c) => ({ label: c.card.text, value: c.votes })) } as const] : []),
    {
      kind: 'table',
      columns: [
        { header: pdfText(language, 'card') },
        { header: pdfText(language, 'stage') },
        ...(voted ? [{ header: pdfText(language, 'votes'), align: 'right' as const }] : []),
      ],
      rows: picked.map((c) => [
        { text: c.card.text, swatch: cardSwatches[c.card.color] ?? '#b8c0c8' },
        c.stage,
        ...(voted ? [String(c.votes)] : []),
      ]),
    },
  ];
}

/** Page one of the body: the workshop at a glance, its agenda, a chart and the cards that mattered most. */
export function summarySection(doc: Workshop, options: HandoutOptions, facts: { label: string; value: string }[]): HandoutSection {
  const { language } = options;
  const counts = doc.stages.map((s) => primaryItems(s).length);
  const total = counts.reduce((a, b) => a + b, 0);
  const planned = doc.stages.reduce((sum, s) => sum + s.timeboxMinutes, 0);
  const spent = doc.stages.map(spentMinutes);
  const hasSpent = spent.some((m) => m !== undefined);
  const decisions = logEntries(doc, 'decisions');

  const blocks: Block[] = [
    {
      kind: 'paragraph',
      tone: 'lead',
      text: pdfText(language, 'summarySentence', { stages: doc.stages.length, participants: doc.participants.length, items: total }),
    },
    {
      kind: 'keyValue',
      pairs: [
        { key: pdfText(language, 'workshop'), value: doc.title },
        ...facts.map((f) => ({ key: f.label, value: f.value })),
        { key: pdfText(language, 'plannedTime'), value: formatMinutes(planned, language) },
      ],
    },
    ...keyOutcomes(doc, language),
    { kind: 'heading', text: pdfText(language, 'agenda') },
    {
      kind: 'table',
      columns: [
        { header: '#', align: 'right' },
        { header: pdfText(language, 'stage') },
        { header: pdfText(language, 'board') },
        { header: pdfText(language, 'timebox'), align: 'right', nowrap: true },
        ...(hasSpent ? [{ header: pdfText(language, 'actualTime'), align: 'right' as const, nowrap: true }] : []),
        { header: pdfText(language, 'items'), align: 'right' },
      ],
      rows: doc.stages.map((s, i) => [
        String(i + 1),
        s.title,
        kindLabel(s.kind, language),
        formatMinutes(s.timeboxMinutes, language),
        ...(hasSpent ? [spent[i] === undefined ? '' : formatMinutes(spent[i] ?? 0, language)] : []),
        String(counts[i] ?? 0),
      ]),
    },
  ];
  if (total > 0) {
    blocks.push({ kind: 'chart', title: pdfText(language, 'itemsPerStage'), bars: doc.stages.map((s, i) => ({ label: s.title, value: counts[i] ?? 0 })) });
  }
  blocks.push(...topCards(doc, options));
  if (decisions.length > 0) blocks.push({ kind: 'heading', text: pdfText(language, 'decisionLog') }, { kind: 'list', items: decisions });
  return { key: 'summary', title: pdfText(language, 'executiveSummary'), blocks, ownPages: true };
}
