import type { FieldDef } from './cards';
import { defaultVoting } from './cards';
import { emptyMatrix } from './matrix';
import { emptyPilot } from './method-boards';
import { defaultDimensions } from '../scorecard/dimensions';
import { idleTimer } from './facilitation';
import type { Id } from './ids';
import type { TemplateStage } from './template-llm-landing';
import { llmLandingStages } from './template-llm-landing';
import type { Language, Stage, StageKind, StageOf, Workshop } from './workshop';
import { SCHEMA_VERSION } from './workshop';

export type { LocalizedText, TemplateStage } from './template-llm-landing';
export { llmLandingStages } from './template-llm-landing';

export const templateIds = ['blank', 'llm-landing'] as const;
export type TemplateId = (typeof templateIds)[number];

/** An empty board of the given kind. */
export type StageBase = Pick<StageOf<'cards'>, 'id' | 'title' | 'goal' | 'prompts' | 'timeboxMinutes' | 'templateKey'>;

/** An empty board of the given kind; `fields` only matter to cards boards. */
export function emptyStage(kind: StageKind, base: StageBase, fields: FieldDef[] = []): Stage {
  const common = {
    id: base.id,
    title: base.title,
    goal: base.goal,
    prompts: base.prompts,
    timeboxMinutes: base.timeboxMinutes,
    ...(base.templateKey === undefined ? {} : { templateKey: base.templateKey }),
    timer: idleTimer,
  };
  switch (kind) {
    case 'cards':
      return { ...common, kind, fields, cards: [], groups: [], voting: defaultVoting, blind: false };
    case 'matrix':
      return { ...common, kind, ...emptyMatrix() };
    case 'notes':
      return { ...common, kind, sections: [] };
    case 'checklist':
      return { ...common, kind, items: [] };
    case 'scorecard':
      return { ...common, kind, dimensions: [], override: null, pilot: { ...emptyPilot } };
    case 'risks':
      return { ...common, kind, risks: [] };
    case 'actions':
      return { ...common, kind, actions: [], monitoring: [], feedbackChannels: '', cadence: '' };
  }
}

export interface NewWorkshopArgs {
  template: TemplateId;
  title: string;
  language: Language;
  now: string;
  /** Makes ids; passed in so that creation is deterministic under test. */
  makeId: () => Id;
}

/** A new workshop document: blank (one empty cards stage) or from the LLM landing template. */
export function createWorkshop({ template, title, language, now, makeId }: NewWorkshopArgs): Workshop {
  const stages: Stage[] =
    template === 'llm-landing'
      ? llmLandingStages.map((t) => {
          const base = {
            id: makeId(),
            title: t.title[language],
            goal: t.goal[language],
            prompts: t.prompts.map((p) => p[language]),
            timeboxMinutes: t.timeboxMinutes,
            templateKey: t.key,
          };
          const stage = seedStage(emptyStage(t.kind, base, templateFields(t, language)), language, makeId);
          return t.example ? { ...stage, example: t.example[language] } : stage;
        })
      : [
          emptyStage('cards', {
            id: makeId(),
            title: language === 'zh-CN' ? '卡片' : 'Cards',
            goal: '',
            prompts: [],
            timeboxMinutes: 30,
          }),
        ];
  return {
    schemaVersion: SCHEMA_VERSION,
    id: makeId(),
    title,
    language,
    createdAt: now,
    updatedAt: now,
    ...onlyStages(stages),
  };
}

/**
 * The whole-workshop part of a document that holds nothing but `stages`: no participants, parking
 * lot, decisions or ADRs, open at the first stage. A new workshop, and one stripped for a template.
 */
export function onlyStages(stages: Stage[]): Pick<Workshop, 'participants' | 'stages' | 'currentStageId' | 'parkingLot' | 'decisions' | 'adrs'> {
  return {
    participants: [],
    stages,
    currentStageId: stages[0]?.id ?? null,
    parkingLot: [],
    decisions: [],
    adrs: [],
  };
}

/** A template's feasibility stage starts with the method's five dimensions, unscored. */
function seedStage(stage: Stage, language: Language, makeId: () => Id): Stage {
  return stage.kind === 'scorecard' ? { ...stage, dimensions: defaultDimensions(language, makeId) } : stage;
}

/** A template stage's card fields, in one language. */
export function templateFields(stage: TemplateStage, language: Language): FieldDef[] {
  return (stage.fields ?? []).map((f) => ({
    key: f.key,
    label: f.label[language],
    type: f.type,
    options: (f.options ?? []).map((o) => o[language]),
  }));
}
