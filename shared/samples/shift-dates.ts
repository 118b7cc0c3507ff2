import { isoDate } from '../model/iso-date';
import type { Workshop } from '../model/workshop';

const dayMs = 86_400_000;
const isoDay = /^(\d{4})-(\d{2})-(\d{2})/;

/** The calendar day a date or timestamp string starts with, as days since 1970-01-01; null if none. */
function dayNumber(value: string): number | null {
  const m = isoDay.exec(value);
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(ms) ? null : ms / dayMs;
}

/** Moves the day a date or timestamp string starts with; its time and offset stay as written. */
export function shiftDay(value: string, days: number): string {
  const day = dayNumber(value);
  if (day === null || days === 0) return value;
  return new Date((day + days) * dayMs).toISOString().slice(0, 10) + value.slice(10);
}

/** Whole days from the day a workshop was held (its `createdAt`) to `now`'s local day. */
export function daysSince(workshopCreatedAt: string, now: Date): number {
  const held = dayNumber(workshopCreatedAt);
  return held === null ? 0 : (dayNumber(isoDate(now)) ?? held) - held;
}

/**
 * The workshop as if held `days` later: cards, log entries, running clocks, decision records and
 * action due dates all move together, so a sample opened today has actions due in the coming
 * weeks instead of months overdue. Words in the content that name dates are left as written.
 */
export function shiftWorkshopDates(doc: Workshop, days: number): Workshop {
  if (days === 0) return doc;
  const shift = (value: string) => shiftDay(value, days);
  return {
    ...doc,
    createdAt: shift(doc.createdAt),
    updatedAt: shift(doc.updatedAt),
    parkingLot: doc.parkingLot.map((e) => ({ ...e, createdAt: shift(e.createdAt) })),
    decisions: doc.decisions.map((e) => ({ ...e, createdAt: shift(e.createdAt) })),
    adrs: doc.adrs.map((a) => ({ ...a, date: shift(a.date) })),
    stages: doc.stages.map((stage) => {
      const timer = stage.timer.runningSince === null ? stage.timer : { ...stage.timer, runningSince: shift(stage.timer.runningSince) };
      switch (stage.kind) {
        case 'cards':
          return { ...stage, timer, cards: stage.cards.map((c) => ({ ...c, createdAt: shift(c.createdAt) })) };
        case 'actions':
          return { ...stage, timer, actions: stage.actions.map((a) => ({ ...a, due: a.due && shift(a.due) })) };
        default:
          return { ...stage, timer };
      }
    }),
  };
}
