import type { verdicts } from '../model/method-boards';
import type { StageOf } from '../model/workshop';
import type { ScorecardDimension } from './dimensions';
import { criticalDimensions } from './dimensions';

export type Verdict = (typeof verdicts)[number];
export type RagStatus = 'red' | 'amber' | 'green';

/**
 * Why the rule decided as it did; each has a translated sentence (`scorecard.reasons.<code>`).
 * - incomplete: a dimension has neither a status nor a score yet, so there is no call.
 * - critical-red: business fit or compliance is red → no-go.
 * - reds: two or more dimensions are red → no-go.
 * - one-red: exactly one other dimension is red → pilot first.
 * - ambers: two or more are amber → pilot first.
 * - clear: all green, or one amber → go.
 */
export type VerdictReason = 'incomplete' | 'critical-red' | 'reds' | 'one-red' | 'ambers' | 'clear';

export interface RuleResult {
  verdict: Verdict | null;
  reason: VerdictReason;
  /** The dimensions that decided it (the reds or ambers), or the unassessed ones when incomplete. */
  decisive: ScorecardDimension[];
}

/** A dimension's status: the one set in the room, or else the one its 1–5 score implies (1–2 red, 3 amber, 4–5 green). */
export function dimensionStatus(d: Pick<ScorecardDimension, 'status' | 'score'>): RagStatus | null {
  if (d.status) return d.status;
  if (d.score === null) return null;
  return d.score <= 2 ? 'red' : d.score === 3 ? 'amber' : 'green';
}

/**
 * The stated rule of the feasibility call. Pure; the same rule is shown to the room in words.
 * Red on business fit or compliance, or two reds → no-go; one other red or two ambers → pilot
 * first; otherwise → go. With no dimensions at all there is no call.
 */
export function ruleVerdict(dimensions: readonly ScorecardDimension[]): RuleResult {
  const unassessed = dimensions.filter((d) => dimensionStatus(d) === null);
  if (dimensions.length === 0 || unassessed.length > 0) return { verdict: null, reason: 'incomplete', decisive: unassessed };
  const reds = dimensions.filter((d) => dimensionStatus(d) === 'red');
  const ambers = dimensions.filter((d) => dimensionStatus(d) === 'amber');
  const criticalReds = reds.filter((d) => criticalDimensions.has(d.key));
  if (criticalReds.length > 0) return { verdict: 'no-go', reason: 'critical-red', decisive: criticalReds };
  if (reds.length >= 2) return { verdict: 'no-go', reason: 'reds', decisive: reds };
  if (reds.length === 1) return { verdict: 'pilot', reason: 'one-red', decisive: reds };
  if (ambers.length >= 2) return { verdict: 'pilot', reason: 'ambers', decisive: ambers };
  return { verdict: 'go', reason: 'clear', decisive: ambers };
}

export interface FeasibilityCall {
  /** The call that stands: the facilitator's override if there is one, else the rule's. */
  verdict: Verdict | null;
  rule: RuleResult;
  /** Set when the room overrode the rule, with its written reason. */
  override: { verdict: Verdict; reason: string } | null;
}

/** Whether an override stands: the room's call counts only together with its written reason. */
export const overrideStands = (override: { reason: string } | null): boolean => override !== null && override.reason.trim() !== '';

/**
 * The feasibility call of a scorecard stage, for the board, the presenter and the PDF. An override
 * without a written reason (a hand-edited or imported file; the commands refuse one) does not
 * stand: the rule's call is shown instead, so nobody reads an unexplained verdict as the room's.
 */
export function feasibilityCall(stage: Pick<StageOf<'scorecard'>, 'dimensions' | 'override'>): FeasibilityCall {
  const rule = ruleVerdict(stage.dimensions);
  const override = stage.override && overrideStands(stage.override) ? stage.override : null;
  return { verdict: override?.verdict ?? rule.verdict, rule, override };
}
