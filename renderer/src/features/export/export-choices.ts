import type { ExportSettings } from '../../../../shared/export/export-settings';
import { pdfFileName } from '../../../../shared/export/pdf-file';
import type { Language, Workshop } from '../../../../shared/model/workshop';
import { handoutSectionList } from '../../export/pdf/build-handout';
import type { HandoutOptions } from '../../export/pdf/handout';
import { pdfText } from '../../export/pdf/strings';
import { logoImage } from './export-logo';

/** What the export dialog shows and the facilitator picks: the remembered settings, with a language. */
export type ExportChoices = Omit<ExportSettings, 'language'> & { language: Language };

const maxText = 200;
const maxExcluded = 200;

/** The dialog's starting point: the last export's choices; the PDF language defaults to the UI's. */
export function initialChoices(saved: ExportSettings, uiLanguage: Language): ExportChoices {
  return { ...saved, language: saved.language ?? uiLanguage };
}

export interface SectionChoice {
  key: string;
  /** "01 应用场景与价值点", or the summary's / a log's name in the UI language. */
  label: string;
  included: boolean;
}

type NamedSection = 'summary' | 'adrs' | 'decisions' | 'parkingLot';
const namedSections: readonly string[] = ['summary', 'adrs', 'decisions', 'parkingLot'] satisfies NamedSection[];
const isNamed = (key: string): key is NamedSection => namedSections.includes(key);

/** One checkbox per section the chosen preset makes for this workshop, ticked unless left out. */
export function sectionChoices(doc: Workshop, choices: ExportChoices, uiLanguage: Language, name: (key: NamedSection) => string): SectionChoice[] {
  const excluded = new Set(choices.excludedSections);
  return handoutSectionList(doc, { preset: choices.preset, language: uiLanguage }).map((s) => ({
    key: s.key,
    label: isNamed(s.key) ? name(s.key) : [s.number, s.title || '—'].filter(Boolean).join(' '),
    included: !excluded.has(s.key),
  }));
}

/** Ticks or unticks a section; the most recent choices are kept when the list is full. */
export function withSection(choices: ExportChoices, key: string, included: boolean): ExportChoices {
  const others = choices.excludedSections.filter((k) => k !== key);
  return { ...choices, excludedSections: included ? others : [...others, key].slice(-maxExcluded) };
}

/** Whether any section is left to export. */
export function canExport(doc: Workshop, choices: ExportChoices): boolean {
  const excluded = new Set(choices.excludedSections);
  return handoutSectionList(doc, choices).some((s) => !excluded.has(s.key));
}

const clip = (text: string): string => Array.from(text).slice(0, maxText).join('');

/** The choices as the settings remember them (within the settings schema's limits). */
export function toSettings(choices: ExportChoices): ExportSettings {
  return {
    preset: choices.preset,
    language: choices.language,
    paper: choices.paper,
    organisation: clip(choices.organisation),
    marking: clip(choices.marking),
    excludedSections: choices.excludedSections.slice(-maxExcluded),
    ...(choices.logo ? { logo: choices.logo } : {}),
  };
}

/** The PDF engine's options: only this workshop's sections are left out, blank texts are none. */
export function toHandoutOptions(doc: Workshop, choices: ExportChoices, generatedAt?: string): HandoutOptions {
  const keys = new Set(handoutSectionList(doc, choices).map((s) => s.key));
  const excluded = choices.excludedSections.filter((k) => keys.has(k));
  const organisation = choices.organisation.trim();
  const marking = choices.marking.trim();
  const logo = logoImage(choices.logo);
  return {
    preset: choices.preset,
    language: choices.language,
    paper: choices.paper,
    ...(organisation ? { organisation } : {}),
    ...(marking ? { marking } : {}),
    ...(logo ? { logo } : {}),
    ...(excluded.length > 0 ? { excludedSections: excluded } : {}),
    ...(generatedAt ? { generatedAt } : {}),
  };
}

/** "智能客服落地工作坊 - 工作坊讲义.pdf": the title and the kind of document, in the PDF's language. */
export function suggestedFileName(doc: Workshop, choices: ExportChoices): string {
  const kind = pdfText(choices.language, choices.preset === 'full' ? 'kickerFull' : 'kickerHandout');
  return pdfFileName(`${doc.title.trim() || 'Groundwork'} - ${kind}`);
}
