import type { Direction } from './normalise';

/**
 * Must-have knock-outs on the raw value: a benefit criterion needs value ≥ threshold, a cost
 * criterion value ≤ threshold. A missing value fails the knock-out: a must-have has to be shown
 * to hold before an option may win (the reason says it was not scored, so the room can fix that).
 */

export interface KnockoutRule {
  criterionId: string;
  direction: Direction;
  threshold: number;
}

export interface KnockoutFailure {
  criterionId: string;
  threshold: number;
  direction: Direction;
  /** The option's raw value; null when it was not scored. */
  value: number | null;
  reason: 'below' | 'above' | 'missing';
}

/** Why one option fails a knock-out, or null when it passes. */
export function checkKnockout(rule: KnockoutRule, value: number | null): KnockoutFailure | null {
  const base = { criterionId: rule.criterionId, threshold: rule.threshold, direction: rule.direction, value };
  if (value === null || !Number.isFinite(value)) return { ...base, value: null, reason: 'missing' };
  if (rule.direction === 'benefit' && value < rule.threshold) return { ...base, reason: 'below' };
  if (rule.direction === 'cost' && value > rule.threshold) return { ...base, reason: 'above' };
  return null;
}

/** Every failed knock-out of every option (options × rules of raw values), in criterion order. */
export function knockoutFailures(raw: readonly (readonly (number | null)[])[], rules: readonly (KnockoutRule | null)[]): KnockoutFailure[][] {
  return raw.map((row) =>
    rules.flatMap((rule, k) => {
      if (!rule) return [];
      const failure = checkKnockout(rule, row[k] ?? null);
      return failure ? [failure] : [];
    }),
  );
}
