import type { StageTimer } from '../model/facilitation';
import type { Stage } from '../model/workshop';

/** Warning colour this long before the timebox ends. */
export const warningMs = 2 * 60 * 1000;

export type TimerPhase = 'idle' | 'running' | 'paused' | 'warning' | 'overrun';

/** Time spent in the stage so far, counting the running part up to `nowMs`. */
export function elapsedMs(timer: StageTimer, nowMs: number): number {
  const running = timer.runningSince === null ? 0 : Math.max(0, nowMs - Date.parse(timer.runningSince));
  return timer.elapsedMs + running;
}

/** The stage's timebox plus the minutes added during the session. */
export function plannedMs(stage: Stage): number {
  return (stage.timeboxMinutes + stage.timer.extraMinutes) * 60_000;
}

export interface TimerView {
  elapsedMs: number;
  plannedMs: number;
  /** Negative once the stage overruns. */
  remainingMs: number;
  phase: TimerPhase;
}

export function timerView(stage: Stage, nowMs: number): TimerView {
  const elapsed = elapsedMs(stage.timer, nowMs);
  const planned = plannedMs(stage);
  const remaining = planned - elapsed;
  const running = stage.timer.runningSince !== null;
  const phase: TimerPhase =
    elapsed === 0 && !running
      ? 'idle'
      : remaining < 0
        ? 'overrun'
        : remaining <= warningMs && running
          ? 'warning'
          : running
            ? 'running'
            : 'paused';
  return { elapsedMs: elapsed, plannedMs: planned, remainingMs: remaining, phase };
}

/** Sum over the agenda of time spent beyond each stage's timebox (stages under time do not cancel it). */
export function totalOverrunMs(stages: readonly Stage[], nowMs: number): number {
  return stages.reduce((sum, s) => sum + Math.max(0, elapsedMs(s.timer, nowMs) - s.timeboxMinutes * 60_000), 0);
}

/** "12:05" or "-3:20" (overrun); hours shown when needed. */
export function formatClock(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  const total = Math.floor(Math.abs(ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
  return `${sign}${h > 0 ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`;
}
