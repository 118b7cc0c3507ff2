import { z } from 'zod';
import { idSchema } from './ids';
import { longText, timestamp } from './text';

/**
 * A stage's clock: time already spent (`elapsedMs`), plus the running part since `runningSince`
 * when it runs. Saved in the document, so it survives a reload or a crash.
 */
export const stageTimerSchema = z.object({
  elapsedMs: z.number().int().min(0).max(7 * 24 * 3600 * 1000),
  runningSince: timestamp.nullable(),
  /** Minutes the facilitator added to this stage's timebox during the session. */
  extraMinutes: z.number().int().min(0).max(24 * 60),
});
export type StageTimer = z.infer<typeof stageTimerSchema>;

export const idleTimer: StageTimer = { elapsedMs: 0, runningSince: null, extraMinutes: 0 };

/** A parking-lot item or a logged decision: reachable from every stage, remembering where it came up. */
export const logEntrySchema = z.object({
  id: idSchema,
  text: longText,
  stageId: idSchema.nullable(),
  createdAt: timestamp,
});
export type LogEntry = z.infer<typeof logEntrySchema>;
