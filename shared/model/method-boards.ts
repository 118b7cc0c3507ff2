import { z } from 'zod';
import { idSchema } from './ids';
import { list, longText, shortText } from './text';

const rating = z.number().int().min(1).max(5).nullable();

/** Feasibility (stage 7): dimensions scored with evidence and a red/amber/green status. */
export const scorecardDimensionSchema = z.object({
  id: idSchema,
  /** business-fit, data, team, compute-cost, compliance, or a custom key. */
  key: shortText,
  name: shortText,
  description: longText,
  score: rating,
  status: z.enum(['red', 'amber', 'green']).nullable(),
  evidence: longText,
});

export const verdicts = ['go', 'pilot', 'no-go'] as const;

export const pilotPlanSchema = z.object({
  scope: longText,
  metrics: longText,
  duration: shortText,
  data: longText,
  team: longText,
  exitCriteria: longText,
});

export const scorecardBoardFields = {
  dimensions: list(scorecardDimensionSchema),
  /** The facilitator's call when it differs from the rule's, with the reason. */
  override: z.object({ verdict: z.enum(verdicts), reason: longText }).nullable(),
  pilot: pilotPlanSchema,
};

export const emptyPilot = { scope: '', metrics: '', duration: '', data: '', team: '', exitCriteria: '' };

/** Risks (stage 8): likelihood × impact, owner, mitigation, status. */
export const riskCategories = ['technical', 'compute', 'privacy', 'explainability', 'scenario-fit', 'compliance', 'custom'] as const;
export const riskSchema = z.object({
  id: idSchema,
  title: shortText,
  description: longText,
  category: z.enum(riskCategories),
  likelihood: rating,
  impact: rating,
  owner: shortText,
  mitigation: longText,
  status: z.enum(['open', 'mitigating', 'closed']),
  linkedIds: z.array(idSchema).max(200),
});
export type Risk = z.infer<typeof riskSchema>;

/** Actions and continuous optimisation (stage 9). */
export const actionSchema = z.object({
  id: idSchema,
  title: shortText,
  owner: shortText,
  /** ISO date (YYYY-MM-DD) or empty. */
  due: z.union([z.literal(''), z.iso.date()]),
  status: z.enum(['todo', 'doing', 'done']),
  linkedIds: z.array(idSchema).max(200),
});
export type Action = z.infer<typeof actionSchema>;

export const monitoringItemSchema = z.object({ id: idSchema, metric: shortText, threshold: shortText, watcher: shortText });

export const actionsBoardFields = {
  actions: list(actionSchema),
  monitoring: list(monitoringItemSchema),
  feedbackChannels: longText,
  cadence: shortText,
};
