import type { Workshop } from '../../../../shared/model/workshop';
import { formatDate, localTimestamp } from './format';
import type { Handout, HandoutOptions, HandoutSection } from './handout';
import { stageSection } from './stage-section';
import { pdfText } from './strings';
import { summarySection } from './summary-section';
import { logEntries, workshopText } from './workshop-reading';

/**
 * The handout of a workshop: cover, executive summary, one section per stage, and — in the full
 * record — the parking lot. The contents page, running headers and page numbers are added by the
 * renderer. Pure: the same workshop and options always give the same handout.
 */
export function buildHandout(doc: Workshop, options: HandoutOptions): Handout {
  const { language } = options;
  const createdAt = options.generatedAt ?? localTimestamp(new Date());
  const kicker = pdfText(language, options.preset === 'full' ? 'kickerFull' : 'kickerHandout');
  const organisation = options.organisation?.trim() || undefined;
  const marking = options.marking?.trim() || undefined;
  const place = workshopText(doc, 'place');
  const facilitator = workshopText(doc, 'facilitator');
  const date = workshopText(doc, 'date') ?? doc.createdAt;

  const facts = [
    { label: pdfText(language, 'date'), value: formatDate(date, language) },
    ...(place ? [{ label: pdfText(language, 'place'), value: place }] : []),
    ...(facilitator ? [{ label: pdfText(language, 'facilitator'), value: facilitator }] : []),
    ...(organisation ? [{ label: pdfText(language, 'organisation'), value: organisation }] : []),
  ];

  const sections: HandoutSection[] = [summarySection(doc, options, facts), ...doc.stages.map((stage, i) => stageSection(stage, i, options))];
  const parked = logEntries(doc, 'parkingLot');
  if (options.preset === 'full' && parked.length > 0) {
    sections.push({ title: pdfText(language, 'parkingLot'), blocks: [{ kind: 'list', items: parked }] });
  }

  return {
    language,
    paper: options.paper,
    ...(organisation ? { organisation } : {}),
    ...(marking ? { marking } : {}),
    createdAt,
    meta: {
      title: doc.title,
      author: facilitator ?? organisation ?? 'Groundwork',
      subject: `${kicker} · ${doc.title}`,
      keywords: doc.stages.map((s) => s.title).join(', '),
    },
    cover: {
      kicker,
      title: doc.title,
      facts,
      participants: doc.participants.map((p) => ({ name: p.name, role: p.role })),
      footnote: pdfText(language, 'generatedOn', { date: formatDate(createdAt, language) }),
    },
    sections,
  };
}
