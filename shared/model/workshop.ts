import { z } from 'zod';
import { adrSchema } from './adr';
import { cardsBoardFields } from './cards';
import { logEntrySchema, stageTimerSchema } from './facilitation';
import { idSchema } from './ids';
import { limits } from './limits';
import { matrixBoardFields } from './matrix';
import { actionsBoardFields, riskSchema, scorecardBoardFields } from './method-boards';
import { list, longText, shortText, timestamp } from './text';

export * from './adr';
export * from './cards';
export * from './facilitation';
export * from './matrix';
export * from './method-boards';

/** Current document schema version. Bump it only together with a numbered migration in shared/migrations. */
export const SCHEMA_VERSION = 3 as const;

export const languages = ['en', 'zh-CN'] as const;
export const languageSchema = z.enum(languages);
export type Language = z.infer<typeof languageSchema>;

export const noteSectionSchema = z.object({ id: idSchema, title: shortText, markdown: longText });
export const checklistItemSchema = z.object({ id: idSchema, text: longText, done: z.boolean() });

const stageBase = {
  id: idSchema,
  title: shortText,
  goal: longText,
  prompts: z.array(longText).max(100),
  /** A worked example of what the stage produces, shown beside the prompts (optional: absent in older files). */
  example: longText.optional(),
  /** Planned length of the stage in minutes. */
  timeboxMinutes: z.number().int().min(0).max(24 * 60),
  /** The template stage this one came from (e.g. `pain-points`), kept through renames. */
  templateKey: shortText.optional(),
  timer: stageTimerSchema,
};

export const stageKinds = ['cards', 'matrix', 'notes', 'checklist', 'scorecard', 'risks', 'actions'] as const;
export type StageKind = (typeof stageKinds)[number];

export const stageSchema = z.discriminatedUnion('kind', [
  z.object({ ...stageBase, kind: z.literal('cards'), ...cardsBoardFields }),
  z.object({ ...stageBase, kind: z.literal('matrix'), ...matrixBoardFields }),
  z.object({ ...stageBase, kind: z.literal('notes'), sections: list(noteSectionSchema) }),
  z.object({ ...stageBase, kind: z.literal('checklist'), items: list(checklistItemSchema) }),
  z.object({ ...stageBase, kind: z.literal('scorecard'), ...scorecardBoardFields }),
  z.object({ ...stageBase, kind: z.literal('risks'), risks: list(riskSchema) }),
  z.object({ ...stageBase, kind: z.literal('actions'), ...actionsBoardFields }),
]);
export type Stage = z.infer<typeof stageSchema>;
export type StageOf<K extends StageKind> = Extract<Stage, { kind: K }>;

export const participantSchema = z.object({ id: idSchema, name: shortText, role: shortText });
export type Participant = z.infer<typeof participantSchema>;

/**
 * The workshop document, v2. Unknown fields are dropped when a file is read (zod's default),
 * so a document always has exactly the shape below once loaded.
 */
export const workshopSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    id: idSchema,
    title: shortText,
    /** The language the content was written in; the UI language is a setting, not part of the file. */
    language: languageSchema,
    createdAt: timestamp,
    updatedAt: timestamp,
    participants: z.array(participantSchema).max(limits.participants),
    stages: z.array(stageSchema).max(limits.stages),
    currentStageId: idSchema.nullable(),
    parkingLot: z.array(logEntrySchema).max(limits.itemsPerStage),
    decisions: z.array(logEntrySchema).max(limits.itemsPerStage),
    /** Architecture decision records, numbered across the workshop. */
    adrs: z.array(adrSchema).max(limits.itemsPerStage),
  })
  .superRefine((doc, ctx) => {
    const seen = new Set<string>();
    const check = (id: string, path: (string | number)[]) => {
      if (seen.has(id)) ctx.addIssue({ code: 'custom', message: `duplicate id "${id}"`, path });
      seen.add(id);
    };
    check(doc.id, ['id']);
    doc.participants.forEach((p, i) => check(p.id, ['participants', i, 'id']));
    doc.parkingLot.forEach((e, i) => check(e.id, ['parkingLot', i, 'id']));
    doc.decisions.forEach((e, i) => check(e.id, ['decisions', i, 'id']));
    doc.adrs.forEach((a, i) => {
      check(a.id, ['adrs', i, 'id']);
      a.options.forEach((o, j) => check(o.id, ['adrs', i, 'options', j, 'id']));
    });
    doc.stages.forEach((stage, s) => {
      check(stage.id, ['stages', s, 'id']);
      for (const [key, items] of Object.entries(stageItems(stage))) {
        items.forEach((item, i) => check(item.id, ['stages', s, key, i, 'id']));
      }
    });
    if (doc.currentStageId !== null && !doc.stages.some((s) => s.id === doc.currentStageId)) {
      ctx.addIssue({ code: 'custom', message: 'current stage does not exist', path: ['currentStageId'] });
    }
  });
export type Workshop = z.infer<typeof workshopSchema>;

/** The item lists a stage holds, by field name: used for id checks and counts. */
export function stageItems(stage: Stage): Record<string, readonly { id: string }[]> {
  switch (stage.kind) {
    case 'cards':
      return { cards: stage.cards, groups: stage.groups };
    case 'matrix':
      return { options: stage.options, criteria: stage.criteria };
    case 'notes':
      return { sections: stage.sections };
    case 'checklist':
      return { items: stage.items };
    case 'scorecard':
      return { dimensions: stage.dimensions };
    case 'risks':
      return { risks: stage.risks };
    case 'actions':
      return { actions: stage.actions, monitoring: stage.monitoring };
  }
}
