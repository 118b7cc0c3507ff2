import { z } from 'zod';
import { idSchema } from './ids';
import { longText, shortText } from './text';

export const adrStatuses = ['proposed', 'accepted', 'rejected', 'deprecated', 'superseded'] as const;

/** An option considered in a decision; linked to a matrix option when it came from one. */
export const adrOptionSchema = z.object({
  id: idSchema,
  title: shortText,
  matrixOptionId: idSchema.nullable(),
  pros: longText,
  cons: longText,
});

/**
 * An architecture decision record (MADR sections): why the room decided what it did. Numbered
 * across the workshop (0001, 0002, …); links to the matrix and the pain points behind it.
 */
export const adrSchema = z.object({
  id: idSchema,
  number: z.number().int().min(1).max(9999),
  title: shortText,
  status: z.enum(adrStatuses),
  supersededBy: idSchema.nullable(),
  date: shortText,
  deciders: z.array(shortText).max(100),
  context: longText,
  /** Decision drivers: matrix criteria, plus free text. */
  driverCriterionIds: z.array(idSchema).max(200),
  drivers: longText,
  options: z.array(adrOptionSchema).max(50),
  chosenOptionId: idSchema.nullable(),
  outcome: longText,
  consequences: longText,
  matrixStageId: idSchema.nullable(),
  linkedCardIds: z.array(idSchema).max(200),
});
export type Adr = z.infer<typeof adrSchema>;
