import type { Action } from '../model/workshop';

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
