import type { Placement } from '../../../../shared/model/workshop';

const step = 0.05;
/** Into 0…1, rounded to whole percent. */
export const clamp = (n: number) => Math.round(Math.max(0, Math.min(1, n)) * 100) / 100;

/** Arrow keys move a placed card: up/down change impact, left/right effort. */
export function nudge(p: Placement, key: string): Placement | null {
  switch (key) {
    case 'ArrowUp':
      return { ...p, impact: clamp(p.impact + step) };
    case 'ArrowDown':
      return { ...p, impact: clamp(p.impact - step) };
    case 'ArrowRight':
      return { ...p, effort: clamp(p.effort + step) };
    case 'ArrowLeft':
      return { ...p, effort: clamp(p.effort - step) };
    default:
      return null;
  }
}

