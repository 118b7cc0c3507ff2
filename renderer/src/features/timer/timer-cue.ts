import { warningMs } from '../../../../shared/facilitation/timer';

/** The two moments the soft sound marks: 2 minutes left, and time up. */
export type TimerCue = 'warning' | 'end';

/**
 * Which cue a running clock just passed, going from `previousMs` to `remainingMs` left (both
 * negative once over time); null when it passed none, or when there is no previous reading yet
 * (just opened, just reloaded): a reload must not chime for a moment that already went by.
 */
export function timerCue(previousMs: number | null, remainingMs: number, running: boolean): TimerCue | null {
  if (previousMs === null || !running) return null;
  if (previousMs > 0 && remainingMs <= 0) return 'end';
  if (previousMs > warningMs && remainingMs <= warningMs) return 'warning';
  return null;
}
