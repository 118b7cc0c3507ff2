// Shared by every bench module: figures, medians, and results.json (merged, so modules add figures).
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Figure {
  value: number;
  unit: string;
  baseline?: number;
  ratio?: number;
}

export const benchDir = path.dirname(fileURLToPath(import.meta.url));
const resultsFile = path.join(benchDir, 'results.json');

export const round = (n: number): number => Math.round(n * 100) / 100;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** A figure with its baseline measured in the same run, and their ratio. */
export function compared(value: number, baseline: number, unit = 'ms'): Figure {
  return { value: round(value), unit, baseline: round(baseline), ratio: round(value / baseline) };
}

/** Prints each figure with its goal and merges them into results.json, keeping other modules' figures. */
export async function report(figures: Record<string, Figure>, goals: Record<string, string>): Promise<void> {
  for (const [name, f] of Object.entries(figures)) {
    const base = f.baseline === undefined ? '' : ` (baseline ${f.baseline} ${f.unit}, ratio ${f.ratio})`;
    console.log(`${name}: ${f.value} ${f.unit}${base}; goal ${goals[name] ?? '—'}`);
  }
  let existing: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(await fsp.readFile(resultsFile, 'utf8'));
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) existing = parsed as Record<string, unknown>;
  } catch {
    // no results yet, or unreadable: start afresh
  }
  await fsp.writeFile(resultsFile, `${JSON.stringify({ ...existing, ...figures }, null, 2)}\n`);
}
