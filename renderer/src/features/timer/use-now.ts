import { useEffect, useState } from 'react';

/**
 * The current time in ms, refreshed every `intervalMs` while it is a number; `null` stops the
 * ticks (a paused or idle clock does not depend on the time). Only the component that calls it
 * re-renders on a tick, so a ticking timer never re-renders the board around it.
 */
export function useNow(intervalMs: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (intervalMs === null) return;
    const tick = () => setNow(Date.now());
    const first = setTimeout(tick, 0);
    const id = setInterval(tick, intervalMs);
    return () => {
      clearTimeout(first);
      clearInterval(id);
    };
  }, [intervalMs]);
  return now;
}
