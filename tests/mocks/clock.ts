/** A clock tests move by hand: `now()` for the code under test, `advance(ms)` for the test. */
export function manualClock(start = '2026-02-01T09:00:00.000Z') {
  let t = new Date(start).getTime();
  return {
    now: () => new Date(t),
    advance(ms: number) {
      t += ms;
    },
  };
}

export const minutes = (n: number) => n * 60_000;
