import { useEffect, useRef } from 'react';
import { timerCue } from './timer-cue';
import { playCue } from './timer-sound';

/** Chimes when the running clock of `stageId` passes 2 minutes left or 0, if the sound is on. */
export function useTimerSound(stageId: string, remainingMs: number, running: boolean, enabled: boolean) {
  const previous = useRef<{ stageId: string; remainingMs: number } | null>(null);
  useEffect(() => {
    const before = previous.current?.stageId === stageId ? previous.current.remainingMs : null;
    previous.current = { stageId, remainingMs };
    const cue = timerCue(before, remainingMs, running);
    if (cue && enabled) playCue(cue);
  }, [stageId, remainingMs, running, enabled]);
}
