import type { SnapshotReason } from './types';
import { snapshotReasons } from './types';

/**
 * History snapshots: when they are taken and which are kept. Pure, so the app (files in
 * `<userData>/workshops/history/<id>/`) and the web build (IndexedDB) keep the same history.
 *
 * Taken: on a save when the newest snapshot is 10 minutes old or more (so, every 10 minutes of
 * activity), and before risky operations (import, migration of an older file, a save that deletes
 * a stage, a restore, a conflict resolved against a version).
 *
 * Kept (`snapshotsToKeep`): every snapshot of the last hour; the newest of each hour for the last
 * day; the newest of each day for the last 30 days; at most 100 per workshop, the oldest going first;
 * and always the newest one, however old.
 */
export const snapshotIntervalMs = 10 * 60 * 1000;
export const maxSnapshots = 100;
const hourMs = 60 * 60 * 1000;
const dayMs = 24 * hourMs;
const keepDays = 30;

export const snapshotExtension = '.groundwork';

export interface SnapshotName {
  name: string;
  takenAt: Date;
  reason: SnapshotReason;
}

const namePattern = new RegExp(`^(\\d{4}-\\d{2}-\\d{2})T(\\d{2})-(\\d{2})-(\\d{2})\\.(\\d{3})Z(?:-(\\d{1,3}))?_(${snapshotReasons.join('|')})\\.groundwork$`);

/** `2026-02-01T10-00-00.000Z_interval.groundwork`: sortable, safe on every file system, no path parts. */
export function snapshotName(takenAt: Date, reason: SnapshotReason, seq = 0): string {
  const stamp = takenAt.toISOString().replace(/:/g, '-');
  return `${stamp}${seq > 0 ? `-${seq}` : ''}_${reason}${snapshotExtension}`;
}

/** The time and reason a name encodes; null for any other name (never a path the caller may use). */
export function parseSnapshotName(name: string): SnapshotName | null {
  const m = namePattern.exec(name);
  if (!m) return null;
  const [, date, hh, mm, ss, ms, , reason] = m;
  const takenAt = new Date(`${date}T${hh}:${mm}:${ss}.${ms}Z`);
  if (Number.isNaN(takenAt.getTime())) return null;
  return { name, takenAt, reason: reason as SnapshotReason };
}

/** Newest first; equal times by name, so the order is stable. */
export function sortSnapshots<T extends { name: string; takenAt: Date }>(list: T[]): T[] {
  return list.sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime() || b.name.localeCompare(a.name));
}

/** Whether a save at `now` should take an interval snapshot, given the newest snapshot's time. */
export function intervalSnapshotDue(newest: Date | null, now: Date): boolean {
  return newest === null || now.getTime() - newest.getTime() >= snapshotIntervalMs;
}

/** The names to keep under the policy above; every other snapshot may be deleted. */
export function snapshotsToKeep(list: readonly SnapshotName[], now: Date): Set<string> {
  const sorted = sortSnapshots([...list]);
  const keep = new Set<string>();
  const hours = new Set<number>();
  const days = new Set<number>();
  for (const s of sorted) {
    const age = now.getTime() - s.takenAt.getTime();
    const t = s.takenAt.getTime();
    if (age < hourMs) keep.add(s.name);
    else if (age < dayMs) {
      if (!hours.has(Math.floor(t / hourMs))) keep.add(s.name);
    } else if (age < keepDays * dayMs) {
      if (!days.has(Math.floor(t / dayMs))) keep.add(s.name);
    }
    // Buckets count the snapshots seen, kept or not, so each bucket keeps only its newest.
    hours.add(Math.floor(t / hourMs));
    days.add(Math.floor(t / dayMs));
  }
  const newest = sorted[0];
  if (newest) keep.add(newest.name);
  const kept = sorted.filter((s) => keep.has(s.name)).slice(0, maxSnapshots);
  return new Set(kept.map((s) => s.name));
}
