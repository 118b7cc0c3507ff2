import type { Stage, Workshop } from '../../../../shared/model/workshop';
import { adrSection, adrSectionKey } from './adr-section';
import { formatDate, localTimestamp, sectionNumber } from './format';
import type { Handout, HandoutOptions, HandoutSection } from './handout';
import { logSection } from './log-sections';
import { stageSection, stageSectionKey } from './stage-section';
import { pdfText } from './strings';
import { summarySection } from './summary-section';
import { logEntries, workshopText } from './workshop-reading';

interface PlannedSection extends SectionEntry {
  build: () => HandoutSection | null;
}

export interface SectionEntry {
  key: string;
  number?: string;
  title: string;
}

/** The stage the ADRs follow: the architecture stage, else the last notes stage, else none (they go last). */
function adrAnchor(stages: readonly Stage[]): number {
  const architecture = stages.findIndex((s) => s.templateKey === 'architecture');
  return architecture >= 0 ? architecture : stages.findLastIndex((s) => s.kind === 'notes');
}

/**
 * The sections a preset makes, in order: the executive summary, one per stage with the
 * architecture decisions (when there are any) after the architecture stage, and — in the full
 * record — the decision log and the parking lot (when they have entries). Built only when asked.
 */
function sectionPlan(doc: Workshop, options: HandoutOptions, facts: { label: string; value: string }[]): PlannedSection[] {
  const { language } = options;
  const adrs: PlannedSection[] = doc.adrs.length > 0 ? [{ key: adrSectionKey, title: pdfText(language, 'architectureDecisions'), build: () => adrSection(doc, options) }] : [];
  const anchor = adrAnchor(doc.stages);
  const plan: PlannedSection[] = [
    { key: 'summary', title: pdfText(language, 'executiveSummary'), build: () => summarySection(doc, options, facts) },
    ...doc.stages.flatMap((stage, i) => [
      { key: stageSectionKey(stage), number: sectionNumber(i), title: stage.title, build: () => stageSection(stage, i, options) },
      ...(i === anchor ? adrs : []),
    ]),
    ...(anchor < 0 ? adrs : []),
  ];
  if (options.preset === 'full') {
    for (const key of ['decisions', 'parkingLot'] as const) {
      if (logEntries(doc, key).length > 0) plan.push({ key, title: pdfText(language, key === 'decisions' ? 'decisionLog' : 'parkingLot'), build: () => logSection(doc, key, options) });
    }
  }
  return plan;
}

/** Every section the preset would make for this workshop, before any is left out: what the export dialog offers. */
export function handoutSectionList(doc: Workshop, options: Pick<HandoutOptions, 'preset' | 'language'>): SectionEntry[] {
  return sectionPlan(doc, { ...options, paper: 'a4' }, []).map(({ key, number, title }) => ({ key, title, ...(number ? { number } : {}) }));
}

/**
 * The handout of a workshop: cover, executive summary, one section per stage, and — in the full
 * record — the decision log and the parking lot; minus the sections `excludedSections` names. The
 * contents page, running headers and page numbers are added by the renderer. Pure: the same
 * workshop and options always give the same handout.
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

  const excluded = new Set(options.excludedSections ?? []);
  const sections = sectionPlan(doc, options, facts).flatMap((s) => {
    if (excluded.has(s.key)) return [];
    const section = s.build();
    return section ? [section] : [];
  });

  return {
    language,
    paper: options.paper,
    ...(organisation ? { organisation } : {}),
    ...(options.logo ? { logo: options.logo } : {}),
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
