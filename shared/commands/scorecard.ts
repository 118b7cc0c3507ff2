import type { Id } from '../model/ids';
import { limits } from '../model/limits';
import type { StageOf, Workshop } from '../model/workshop';
import { overrideStands } from '../scorecard/verdict';
import type { ScorecardDimension } from '../scorecard/dimensions';
import type { Verdict } from '../scorecard/verdict';
import { addToStageList, documentHasId, moveById, removeById, replaceById, updateStageList, updateStageOf } from './helpers';

export type DimensionPatch = Partial<Pick<ScorecardDimension, 'name' | 'description' | 'score' | 'status' | 'evidence'>>;
export type PilotPatch = Partial<StageOf<'scorecard'>['pilot']>;

/**
 * The feasibility scorecard (stage 7): its dimensions, the room's override of the rule's call, and
 * the pilot plan. Text over the document's limits, a score outside 1–5 or an override without a
 * written reason is refused (the same document comes back), never truncated or guessed.
 */
export type ScorecardCommand =
  /** A new dimension; its key is kept as given ('custom' for the room's own). */
  | { type: 'scorecard/dimension-add'; stageId: Id; dimension: ScorecardDimension; index?: number }
  | { type: 'scorecard/dimension-edit'; stageId: Id; dimensionId: Id; patch: DimensionPatch }
  | { type: 'scorecard/dimension-move'; stageId: Id; dimensionId: Id; toIndex: number }
  | { type: 'scorecard/dimension-delete'; stageId: Id; dimensionId: Id }
  /** The room's call instead of the rule's, with why. */
  | { type: 'scorecard/override-set'; stageId: Id; verdict: Verdict; reason: string }
  | { type: 'scorecard/override-clear'; stageId: Id }
  | { type: 'scorecard/pilot-edit'; stageId: Id; patch: PilotPatch };

const validScore = (score: number | null | undefined) => score === undefined || score === null || (Number.isInteger(score) && score >= 1 && score <= 5);
const validStatus = (status: string | null | undefined) => status === undefined || status === null || ['red', 'amber', 'green'].includes(status);
const shortFits = (text: string | undefined) => text === undefined || text.length <= limits.shortChars;
const longFits = (text: string | undefined) => text === undefined || text.length <= limits.textChars;

function patchAllowed(patch: DimensionPatch): boolean {
  return shortFits(patch.name) && longFits(patch.description) && longFits(patch.evidence) && validScore(patch.score) && validStatus(patch.status);
}

function patchDimension(d: ScorecardDimension, patch: DimensionPatch): ScorecardDimension {
  const next = { ...d };
  if (patch.name !== undefined) next.name = patch.name;
  if (patch.description !== undefined) next.description = patch.description;
  if (patch.evidence !== undefined) next.evidence = patch.evidence;
  if (patch.score !== undefined) next.score = patch.score;
  if (patch.status !== undefined) next.status = patch.status;
  return next;
}

const same = (a: object, b: object) => Object.entries(a).every(([k, v]) => (b as Record<string, unknown>)[k] === v);

export function applyScorecardCommand(doc: Workshop, cmd: ScorecardCommand): Workshop {
  switch (cmd.type) {
    case 'scorecard/dimension-add': {
      const { dimension } = cmd;
      if (documentHasId(doc, dimension.id) || !shortFits(dimension.key) || !patchAllowed(dimension)) return doc;
      const { id, key, name, description, score, status, evidence } = dimension;
      return addToStageList(doc, cmd.stageId, 'scorecard', 'dimensions', { id, key, name, description, score, status, evidence }, cmd.index);
    }
    case 'scorecard/dimension-edit':
      if (!patchAllowed(cmd.patch)) return doc;
      return updateStageList(doc, cmd.stageId, 'scorecard', 'dimensions', (dimensions) =>
        replaceById(dimensions, cmd.dimensionId, (d) => {
          const next = patchDimension(d, cmd.patch);
          return same(next, d) ? null : next;
        }),
      );
    case 'scorecard/dimension-move':
      return updateStageList(doc, cmd.stageId, 'scorecard', 'dimensions', (dimensions) => moveById(dimensions, cmd.dimensionId, cmd.toIndex));
    case 'scorecard/dimension-delete':
      return updateStageList(doc, cmd.stageId, 'scorecard', 'dimensions', (dimensions) => removeById(dimensions, cmd.dimensionId));
    case 'scorecard/override-set': {
      const override = { verdict: cmd.verdict, reason: cmd.reason };
      if (!['go', 'pilot', 'no-go'].includes(cmd.verdict) || !overrideStands(override) || !longFits(cmd.reason)) return doc;
      return updateStageOf(doc, cmd.stageId, 'scorecard', (s) =>
        s.override && s.override.verdict === override.verdict && s.override.reason === override.reason ? s : { ...s, override },
      );
    }
    case 'scorecard/override-clear':
      return updateStageOf(doc, cmd.stageId, 'scorecard', (s) => (s.override === null ? s : { ...s, override: null }));
    case 'scorecard/pilot-edit': {
      const { patch } = cmd;
      if (!shortFits(patch.duration) || ![patch.scope, patch.metrics, patch.data, patch.team, patch.exitCriteria].every(longFits)) return doc;
      return updateStageOf(doc, cmd.stageId, 'scorecard', (s) => {
        const pilot = { ...s.pilot };
        for (const key of ['scope', 'metrics', 'duration', 'data', 'team', 'exitCriteria'] as const) {
          const value = patch[key];
          if (value !== undefined) pilot[key] = value;
        }
        return same(pilot, s.pilot) ? s : { ...s, pilot };
      });
    }
  }
}
