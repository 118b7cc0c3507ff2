import { z } from 'zod';
import { idSchema } from './ids';
import { list, longText, shortText, timestamp } from './text';

export const cardColors = ['yellow', 'blue', 'green', 'pink', 'purple', 'orange', 'grey'] as const;
export const cardColorSchema = z.enum(cardColors);
export type CardColor = z.infer<typeof cardColorSchema>;

/** What a card field holds: a line, a paragraph, a 1–5 rating, or one of a list of choices. */
export const fieldTypes = ['text', 'longtext', 'scale', 'choice'] as const;

/**
 * One field of the cards of a stage (e.g. a pain point's persona or severity). Field sets live in
 * the stage, so a template can define its own; labels are in the workshop's content language.
 */
export const fieldDefSchema = z.object({
  key: z.string().min(1).max(40).regex(/^[a-z][a-zA-Z0-9-]*$/),
  label: shortText,
  type: z.enum(fieldTypes),
  options: z.array(shortText).max(30),
});
export type FieldDef = z.infer<typeof fieldDefSchema>;

/** Where a card sits on the impact × effort 2×2: both 0 (low) … 1 (high). */
export const placementSchema = z.object({ impact: z.number().min(0).max(1), effort: z.number().min(0).max(1) });
export type Placement = z.infer<typeof placementSchema>;

export const cardSchema = z.object({
  id: idSchema,
  text: longText,
  color: cardColorSchema,
  tags: z.array(shortText).max(50),
  createdAt: timestamp,
  /** Values of the stage's fields, by field key; a scale is stored as "1" … "5". */
  fields: z.record(z.string().max(40), longText),
  /** The column / affinity cluster the card is in; null: not grouped yet. */
  groupId: idSchema.nullable(),
  placement: placementSchema.nullable(),
  /** Written during blind entry and not revealed yet: the room does not see it. */
  hidden: z.boolean(),
  /** The participant who wrote it, when known. */
  authorId: idSchema.nullable(),
});
export type Card = z.infer<typeof cardSchema>;

/** A column or named affinity cluster of a cards board. */
export const cardGroupSchema = z.object({ id: idSchema, title: shortText, color: cardColorSchema.nullable() });
export type CardGroup = z.infer<typeof cardGroupSchema>;

export const voteSchema = z.object({ participantId: idSchema, cardId: idSchema, count: z.number().int().min(1).max(100) });
export type Vote = z.infer<typeof voteSchema>;

/** Dot voting: each participant has `budget` dots, at most `maxPerCard` on one card. */
export const votingSchema = z.object({
  budget: z.number().int().min(1).max(100),
  maxPerCard: z.number().int().min(1).max(100),
  /** Whether the room sees the counts; hidden while people still vote. */
  revealed: z.boolean(),
  votes: list(voteSchema),
});
export type Voting = z.infer<typeof votingSchema>;

export const defaultVoting: Voting = { budget: 3, maxPerCard: 3, revealed: false, votes: [] };

export const cardsBoardFields = {
  fields: z.array(fieldDefSchema).max(30),
  cards: list(cardSchema),
  groups: z.array(cardGroupSchema).max(200),
  voting: votingSchema,
  /** Blind entry: new cards are hidden until the facilitator reveals them. */
  blind: z.boolean(),
};

/** A card with every optional part at its default: ungrouped, unplaced, visible, no fields. */
export function newCard(init: Pick<Card, 'id' | 'text' | 'createdAt'> & Partial<Card>): Card {
  return { color: 'yellow', tags: [], fields: {}, groupId: null, placement: null, hidden: false, authorId: null, ...init };
}
