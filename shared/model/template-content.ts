import { idleTimer } from './facilitation';
import { emptyPilot } from './method-boards';
import { onlyStages } from './templates';
import type { Stage, Workshop } from './workshop';

/**
 * What a custom template keeps of a workshop: its structure and the content a facilitator reuses
 * with the next room; what the room produced is left out.
 *
 * Kept, per stage: kind, title, goal, prompts, worked example, timebox, template key; and
 * - cards: the card fields (labels, scales, choices), the columns / named clusters, the voting
 *   budget and per-card maximum, blind entry on or off;
 * - matrix: the criteria (name, description, benefit/cost, scale, unit, knock-out threshold,
 *   library key) and the weighting (direct points or pairwise judgements);
 * - notes: the sections (they are usually the skeleton the room fills in: headings, questions,
 *   a Mermaid diagram to adapt);
 * - checklist: the items, all unticked;
 * - scorecard: the dimensions (key, name, description).
 *
 * Left out: cards and votes; matrix options, agreed and blind scores, the criteria's links to
 * cards; scorecard scores, statuses, evidence, the override and the pilot plan; risks; actions,
 * monitoring items, feedback channels and review cadence (the room's answers); and for the whole
 * workshop the participants, parking lot, decision log and ADRs. Every timer is idle.
 */
export function stripRoomWork(doc: Workshop): Workshop {
  return { ...doc, ...onlyStages(doc.stages.map(stripStage)) };
}

function stripStage(stage: Stage): Stage {
  switch (stage.kind) {
    case 'cards':
      return { ...stage, timer: idleTimer, cards: [], voting: { ...stage.voting, revealed: false, votes: [] } };
    case 'matrix':
      return {
        ...stage,
        timer: idleTimer,
        options: [],
        criteria: stage.criteria.map((c) => ({ ...c, linkedCardIds: [] })),
        scores: [],
        blindScoring: { active: false, revealed: false, scores: [] },
      };
    case 'notes':
      return { ...stage, timer: idleTimer };
    case 'checklist':
      return { ...stage, timer: idleTimer, items: stage.items.map((item) => ({ ...item, done: false })) };
    case 'scorecard':
      return {
        ...stage,
        timer: idleTimer,
        dimensions: stage.dimensions.map((d) => ({ ...d, score: null, status: null, evidence: '' })),
        override: null,
        pilot: { ...emptyPilot },
      };
    case 'risks':
      return { ...stage, timer: idleTimer, risks: [] };
    case 'actions':
      return { ...stage, timer: idleTimer, actions: [], monitoring: [], feedbackChannels: '', cadence: '' };
  }
}
