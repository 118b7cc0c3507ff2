import type { Action } from '../model/workshop';

/** A date as the model stores it (YYYY-MM-DD), in the local calendar of the machine in the room. */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Whether an action is late: it has a due date before `today` (YYYY-MM-DD) and is not done. */
export function isOverdue(action: Pick<Action, 'due' | 'status'>, today: string): boolean {
  return action.due !== '' && action.status !== 'done' && action.due < today;
}

/** Whole days from `today` to an action's due date (negative: overdue), or null without a date. */
export function daysUntil(due: string, today: string): number | null {
  if (due === '') return null;
  const ms = Date.parse(`${due}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`);
  return Number.isNaN(ms) ? null : Math.round(ms / 86_400_000);
}
