import type { CellScore } from '../../../../shared/model/workshop';

/** The agreed scores grouped by option: one list per row of the score grid. */
export function scoresByOption(scores: readonly CellScore[]): (optionId: string) => readonly CellScore[] {
  const grouped = new Map<string, CellScore[]>();
  for (const s of scores) {
    const row = grouped.get(s.optionId);
    if (row) row.push(s);
    else grouped.set(s.optionId, [s]);
  }
  return (optionId) => grouped.get(optionId) ?? noCells;
}

const noCells: readonly CellScore[] = [];

/** Whether two rows hold the very same cell objects (a command replaces only the cell it changes). */
export function sameCells(a: readonly CellScore[], b: readonly CellScore[]): boolean {
  return a.length === b.length && a.every((cell, i) => cell === b[i]);
}
