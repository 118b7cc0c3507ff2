import { z } from 'zod';
import { idSchema } from './ids';
import { list, longText, shortText } from './text';

/** A candidate model or approach (hosted API, open-weight model self-hosted, RAG over a base model, …). */
export const matrixOptionSchema = z.object({ id: idSchema, name: shortText, description: longText });
export type MatrixOption = z.infer<typeof matrixOptionSchema>;

/**
 * A criterion: a benefit (more is better) or a cost (less is better), scored on a 1–5 rating or
 * as a measured value in `unit` (cost per 1,000 requests, p95 latency, …) normalised across options.
 * `knockout`: a must-have threshold on the raw value (benefit: at least, cost: at most); an option
 * that fails it is excluded from the ranking.
 */
export const criterionSchema = z.object({
  id: idSchema,
  name: shortText,
  description: longText,
  direction: z.enum(['benefit', 'cost']),
  scale: z.enum(['rating', 'measured']),
  unit: shortText,
  knockout: z.number().finite().nullable(),
  /** The criteria-library entry it came from, if any. */
  libraryKey: shortText.nullable(),
  /** Pain-point cards that motivate this criterion. */
  linkedCardIds: z.array(idSchema).max(200),
});
export type Criterion = z.infer<typeof criterionSchema>;

/** A Saaty judgement: how much more important `a` is than `b`, 1/9 … 9. */
export const pairwiseSchema = z.object({ a: idSchema, b: idSchema, value: z.number().min(1 / 9).max(9) });
export type PairwiseJudgement = z.infer<typeof pairwiseSchema>;

export const weightingSchema = z.object({
  mode: z.enum(['direct', 'pairwise']),
  /** Direct points per criterion id; normalised to 100 % for use. */
  direct: z.record(z.string().max(64), z.number().min(0).max(1000)),
  pairwise: z.array(pairwiseSchema).max(2000),
});
export type Weighting = z.infer<typeof weightingSchema>;

/** The agreed score of one cell, with the reasoning behind it. */
export const cellScoreSchema = z.object({
  optionId: idSchema,
  criterionId: idSchema,
  value: z.number().finite().nullable(),
  rationale: longText,
  evidence: shortText,
});
export type CellScore = z.infer<typeof cellScoreSchema>;

/** One participant's private score of one cell, during blind scoring. */
export const participantScoreSchema = z.object({
  participantId: idSchema,
  optionId: idSchema,
  criterionId: idSchema,
  value: z.number().finite(),
});
export type ParticipantScore = z.infer<typeof participantScoreSchema>;

export const matrixBoardFields = {
  options: list(matrixOptionSchema),
  criteria: list(criterionSchema),
  weighting: weightingSchema,
  scores: z.array(cellScoreSchema).max(100_000),
  blindScoring: z.object({
    active: z.boolean(),
    revealed: z.boolean(),
    scores: z.array(participantScoreSchema).max(100_000),
  }),
};

export const matrixBoardSchema = z.object(matrixBoardFields);
export type MatrixBoard = z.infer<typeof matrixBoardSchema>;

/** A matrix with nothing in it yet: weights given directly, nobody scoring blind. */
export function emptyMatrix(): MatrixBoard {
  return {
    options: [],
    criteria: [],
    weighting: { mode: 'direct', direct: {}, pairwise: [] },
    scores: [],
    blindScoring: { active: false, revealed: false, scores: [] },
  };
}
