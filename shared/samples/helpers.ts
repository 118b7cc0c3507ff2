import { nearestSaatyValue } from '../matrix/saaty-scale';
import type { Adr, Card, CellScore, LogEntry, PairwiseJudgement, Participant, StageOf, Vote, Workshop } from '../model/workshop';
import { SCHEMA_VERSION } from '../model/workshop';
import { newCard } from '../model/cards';
import { llmLandingStages, templateFields } from '../model/templates';
import type { FieldDef } from '../model/cards';
import type { Language } from '../model/workshop';

/**
 * Small builders the sample workshops share: a stage's template texts in the sample's language
 * with the time the room really spent, cards from compact seeds, dot votes, pairwise judgements.
 * Everything is deterministic: the same call always gives the same document.
 */

/** An ISO timestamp on the workshop day, `hhmm` like "09:42", in the sample's time zone. */
export function clock(day: string, offset: string) {
  return (hhmm: string): string => `${day}T${hhmm}:00${offset}`;
}

/** The common part of a stage from the template, with the actual minutes spent on it (timer stopped). */
export function stageBase(key: string, language: Language, id: string, actualMinutes: number, extraMinutes = 0) {
  const t = llmLandingStages.find((s) => s.key === key);
  if (!t) throw new Error(`no template stage "${key}"`);
  return {
    id,
    title: t.title[language],
    goal: t.goal[language],
    prompts: t.prompts.map((p) => p[language]),
    ...(t.example ? { example: t.example[language] } : {}),
    timeboxMinutes: t.timeboxMinutes,
    templateKey: key,
    timer: { elapsedMs: Math.round(actualMinutes * 60_000), runningSince: null, extraMinutes },
  };
}

/** The card fields of a template stage, in the sample's language. */
export function stageFields(key: string, language: Language): FieldDef[] {
  const t = llmLandingStages.find((s) => s.key === key);
  if (!t) throw new Error(`no template stage "${key}"`);
  return templateFields(t, language);
}

export interface CardSeed {
  id: string;
  text: string;
  color: Card['color'];
  tags?: string[];
  fields?: Record<string, string>;
  groupId?: string;
  /** Impact × effort, both 0 … 1. */
  placement?: [impact: number, effort: number];
  authorId?: string;
  createdAt: string;
}

export function card(seed: CardSeed): Card {
  return newCard({
    id: seed.id,
    text: seed.text,
    color: seed.color,
    createdAt: seed.createdAt,
    tags: seed.tags ?? [],
    fields: seed.fields ?? {},
    groupId: seed.groupId ?? null,
    placement: seed.placement ? { impact: seed.placement[0], effort: seed.placement[1] } : null,
    authorId: seed.authorId ?? null,
  });
}

/** A pain point as the room wrote it on the pain-point board (its fields in the sample's language). */
export interface PainSeed<Frequency extends string = string> {
  id: string;
  text: string;
  group: string;
  persona: string;
  context: string;
  habit?: string;
  severity: number;
  frequency: Frequency;
  evidence: string;
  /** Impact × effort, both 0 … 1. */
  placement: [impact: number, effort: number];
  author: string;
  color: Card['color'];
}

/** The card of a pain point; a severity-5 one carries `severeTag`. */
export function painCard(p: PainSeed, createdAt: string, severeTag: string): Card {
  return card({
    id: p.id,
    text: p.text,
    color: p.color,
    groupId: p.group,
    placement: p.placement,
    authorId: p.author,
    createdAt,
    tags: p.severity === 5 ? [severeTag] : [],
    fields: {
      persona: p.persona,
      context: p.context,
      ...(p.habit ? { habit: p.habit } : {}),
      severity: String(p.severity),
      frequency: p.frequency,
      evidence: p.evidence,
    },
  });
}

/** A scored feasibility dimension, as the room left it. */
export function dimension(id: string, key: string, name: string, description: string, score: number, status: 'red' | 'amber' | 'green', evidence: string) {
  return { id, key, name, description, score, status, evidence };
}

/** Dot votes as "card: participant × count" rows. */
export function votes(rows: Record<string, [participantId: string, count: number][]>): Vote[] {
  return Object.entries(rows).flatMap(([cardId, dots]) => dots.map(([participantId, count]) => ({ participantId, cardId, count })));
}

/**
 * The pairwise judgements a room gives when it agrees on the relative weights: every pair, on
 * Saaty's scale, the nearest value to the ratio of the intended weights (consistent, CR ≈ 0).
 */
export function pairwiseJudgements(weights: [criterionId: string, weight: number][]): PairwiseJudgement[] {
  const out: PairwiseJudgement[] = [];
  weights.forEach(([a, wa], i) => {
    for (const [b, wb] of weights.slice(i + 1)) out.push({ a, b, value: nearestSaatyValue(wa / wb) });
  });
  return out;
}

/** The agreed scores of one option: one row of the matrix, criterion by criterion. */
export function scoreRow(optionId: string, cells: [criterionId: string, value: number, rationale: string, evidence?: string][]): CellScore[] {
  return cells.map(([criterionId, value, rationale, evidence]) => ({ optionId, criterionId, value, rationale, evidence: evidence ?? '' }));
}

/** What a sample provides: its people, one builder per stage of the LLM-landing template, and its logs. */
export interface SampleContent {
  participants: Participant[];
  scenarioStage(): StageOf<'cards'>;
  painPointStage(): StageOf<'cards'>;
  technologyStage(): StageOf<'matrix'>;
  architectureStage(): StageOf<'notes'>;
  dataStage(): StageOf<'cards'>;
  trainingStage(): StageOf<'notes'>;
  feasibilityStage(): StageOf<'scorecard'>;
  risksStage(): StageOf<'risks'>;
  actionsStage(): StageOf<'actions'>;
  parkingLot(): LogEntry[];
  decisions(): LogEntry[];
  adrs(): Adr[];
}

/** A sample workshop: its stages in the template's order, as the room left them. */
export function sampleWorkshop(head: Pick<Workshop, 'id' | 'title' | 'language' | 'createdAt' | 'updatedAt' | 'currentStageId'>, content: SampleContent): Workshop {
  const stages = [
    content.scenarioStage(),
    content.painPointStage(),
    content.technologyStage(),
    content.architectureStage(),
    content.dataStage(),
    content.trainingStage(),
    content.feasibilityStage(),
    content.risksStage(),
    content.actionsStage(),
  ];
  return {
    schemaVersion: SCHEMA_VERSION,
    id: head.id,
    title: head.title,
    language: head.language,
    createdAt: head.createdAt,
    updatedAt: head.updatedAt,
    participants: content.participants,
    stages,
    currentStageId: head.currentStageId,
    parkingLot: content.parkingLot(),
    decisions: content.decisions(),
    adrs: content.adrs(),
  };
}
