import { llmLandingStages, templateFields } from '../model/templates';
import type { Language } from '../model/workshop';

type Raw = Record<string, unknown>;

// Frozen in time: the v2 shapes as they were, not today's model code. The one exception is a
// template stage's card fields, which are looked up in today's template on purpose (they describe
// the stage's cards; a later migration keeps whatever fields a v2 file has).
const idleTimerV2 = { elapsedMs: 0, runningSince: null, extraMinutes: 0 };
const defaultVotingV2 = { budget: 3, maxPerCard: 3, revealed: false, votes: [] };

const asRecords = (value: unknown): Raw[] =>
  Array.isArray(value) ? value.filter((v): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v)) : [];

/**
 * v1 → v2: facilitation and richer cards boards.
 * - every stage gets an idle timer;
 * - cards boards get fields (those of their template stage, when they came from one), groups,
 *   dot voting (3 dots, 3 per card, hidden) and blind entry off;
 * - every card gets empty fields, no group, no 2×2 placement, visible, no author;
 * - the workshop gets an empty parking lot and decision log.
 * Anything it does not recognise is passed through for the schema to judge.
 */
export function v1ToV2(doc: Raw): Raw {
  const language: Language = doc.language === 'zh-CN' ? 'zh-CN' : 'en';
  const stages = Array.isArray(doc.stages)
    ? doc.stages.map((stage: unknown) => {
        if (typeof stage !== 'object' || stage === null) return stage;
        const s: Raw = { ...(stage as Raw), timer: idleTimerV2 };
        if (s.kind !== 'cards') return s;
        const template = llmLandingStages.find((t) => t.key === s.templateKey);
        return {
          ...s,
          fields: template ? templateFields(template, language) : [],
          groups: [],
          voting: defaultVotingV2,
          blind: false,
          cards: asRecords(s.cards).map((card) => ({
            ...card,
            fields: {},
            groupId: null,
            placement: null,
            hidden: false,
            authorId: null,
          })),
        };
      })
    : doc.stages;
  return { ...doc, stages, parkingLot: [], decisions: [] };
}
