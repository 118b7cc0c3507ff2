type Raw = Record<string, unknown>;

// A migration is frozen in time: it writes the shapes of v3 as they were, never today's model
// code, which a later version may change (its own migration then reads v3, not v4).
const emptyMatrixV3 = (): Raw => ({
  options: [],
  criteria: [],
  weighting: { mode: 'direct', direct: {}, pairwise: [] },
  scores: [],
  blindScoring: { active: false, revealed: false, scores: [] },
});
const emptyPilotV3 = { scope: '', metrics: '', duration: '', data: '', team: '', exitCriteria: '' };

const records = (value: unknown): Raw[] =>
  Array.isArray(value) ? value.filter((v): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v)) : [];
const isoDate = /^\d{4}-\d{2}-\d{2}$/;
/** The longest action title v3 accepts. */
const titleLimitV3 = 500;

/**
 * A free-text due date ("end of April") is kept in the title rather than lost. A title already near
 * the limit gives up its end (marked "…") to the date, so the migrated file still opens.
 */
function titleWithDue(title: string, due: string): string {
  const suffix = ` (${due.slice(0, titleLimitV3 / 2)})`;
  const joined = `${title}${suffix}`;
  return joined.length <= titleLimitV3 ? joined : `${title.slice(0, titleLimitV3 - suffix.length - 1)}…${suffix}`;
}

function stageV3(stage: Raw): Raw {
  switch (stage.kind) {
    case 'matrix':
      return {
        ...emptyMatrixV3(),
        ...stage,
        criteria: records(stage.criteria).map((c) => ({
          direction: 'benefit',
          scale: 'rating',
          unit: '',
          knockout: null,
          libraryKey: null,
          linkedCardIds: [],
          ...c,
        })),
      };
    case 'scorecard':
      return {
        ...stage,
        dimensions: records(stage.dimensions).map((d) => ({ key: 'custom', score: null, status: null, evidence: '', ...d })),
        override: null,
        pilot: { ...emptyPilotV3 },
      };
    case 'risks':
      return {
        ...stage,
        risks: records(stage.risks).map((r) => ({
          category: 'custom',
          likelihood: null,
          impact: null,
          owner: '',
          mitigation: '',
          status: 'open',
          linkedIds: [],
          ...r,
        })),
      };
    case 'actions':
      return {
        ...stage,
        actions: records(stage.actions).map((a) => {
          const due = typeof a.due === 'string' ? a.due.trim() : '';
          const title = due && !isoDate.test(due) && typeof a.title === 'string' ? titleWithDue(a.title, due) : a.title;
          return { ...a, title, due: isoDate.test(due) ? due : '', status: 'todo', linkedIds: [] };
        }),
        monitoring: [],
        feedbackChannels: '',
        cadence: '',
      };
    default:
      return stage;
  }
}

/**
 * v2 → v3: the method's boards get their real shape.
 * - matrix: criteria become benefit 1–5 ratings without knock-out; direct weights, no scores yet;
 * - scorecard: dimensions unscored, no override, an empty pilot plan;
 * - risks: category custom, unrated, open; actions: to do, with ISO due dates (free text kept in the title);
 * - the workshop gets an empty list of architecture decision records.
 */
export function v2ToV3(doc: Raw): Raw {
  const stages = Array.isArray(doc.stages)
    ? doc.stages.map((s: unknown) => (typeof s === 'object' && s !== null && !Array.isArray(s) ? stageV3(s as Raw) : s))
    : doc.stages;
  return { ...doc, stages, adrs: [] };
}
