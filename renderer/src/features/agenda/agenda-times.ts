import { elapsedMs } from '../../../../shared/facilitation/timer';
import type { Stage } from '../../../../shared/model/workshop';

/** One agenda row's planned vs actual time. */
export interface AgendaTimes {
  /** Minutes added to the timebox during the session. */
  extraMinutes: number;
  /** Time spent in the stage so far. */
  actualMs: number;
  /**
   * Time beyond the stage's timebox as planned in the agenda (added minutes count as overrun:
   * the day still runs late by them). Summed over the stages this is `totalOverrunMs`.
   */
  overrunMs: number;
  running: boolean;
  /** Whether the clock of this stage has run at all. */
  started: boolean;
}

export function agendaTimes(stage: Stage, nowMs: number): AgendaTimes {
  const actualMs = elapsedMs(stage.timer, nowMs);
  const running = stage.timer.runningSince !== null;
  return {
    extraMinutes: stage.timer.extraMinutes,
    actualMs,
    overrunMs: Math.max(0, actualMs - stage.timeboxMinutes * 60_000),
    running,
    started: running || actualMs > 0,
  };
}

/** Time spent over the whole agenda. */
export function totalActualMs(stages: readonly Stage[], nowMs: number): number {
  return stages.reduce((sum, s) => sum + elapsedMs(s.timer, nowMs), 0);
}
