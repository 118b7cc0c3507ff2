import { describe, expect, it } from 'vitest';
import type { SnapshotName } from '../../../shared/files/snapshot-policy';
import { intervalSnapshotDue, maxSnapshots, parseSnapshotName, snapshotName, snapshotsToKeep } from '../../../shared/files/snapshot-policy';

const now = new Date('2026-03-01T12:00:00.000Z');
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);
const snap = (at: Date, seq = 0): SnapshotName => ({ name: snapshotName(at, 'interval', seq), takenAt: at, reason: 'interval' });

describe('snapshot names', () => {
  it('round-trip time, reason and sequence, and are safe file names', () => {
    const at = new Date('2026-02-01T10:09:58.123Z');
    const name = snapshotName(at, 'stage-deleted', 2);
    expect(name).toBe('2026-02-01T10-09-58.123Z-2_stage-deleted.groundwork');
    expect(parseSnapshotName(name)).toEqual({ name, takenAt: at, reason: 'stage-deleted' });
    expect(name).not.toMatch(/[:/\\]/);
  });

  it('refuse anything else: paths, other reasons, other extensions', () => {
    for (const bad of ['../x.groundwork', '2026-02-01T10-09-58.123Z_evil.groundwork', '2026-02-01T10-09-58.123Z_interval.groundwork/../../a', 'a/2026-02-01T10-09-58.123Z_interval.groundwork', '2026-02-01T10-09-58.123Z_interval.json']) {
      expect(parseSnapshotName(bad)).toBeNull();
    }
  });
});

describe('snapshot policy', () => {
  it('takes an interval snapshot when there is none, or the newest is 10 minutes old', () => {
    expect(intervalSnapshotDue(null, now)).toBe(true);
    expect(intervalSnapshotDue(minutesAgo(9.9), now)).toBe(false);
    expect(intervalSnapshotDue(minutesAgo(10), now)).toBe(true);
  });

  it('keeps all of the last hour, the newest per hour for a day, the newest per day for 30 days', () => {
    const lastHour = [1, 12, 25, 59].map((m) => snap(minutesAgo(m)));
    // Two in the same clock hour 3 h ago: only the newer stays.
    const hours = [snap(new Date('2026-03-01T09:40:00.000Z')), snap(new Date('2026-03-01T09:10:00.000Z'))];
    // Two on the same day 5 days ago: only the newer stays.
    const days = [snap(new Date('2026-02-24T18:00:00.000Z')), snap(new Date('2026-02-24T08:00:00.000Z'))];
    const ancient = snap(new Date('2025-12-01T08:00:00.000Z'));
    const keep = snapshotsToKeep([...lastHour, ...hours, ...days, ancient], now);
    expect([...keep].sort()).toEqual([...lastHour, hours[0], days[0]].map((s) => s!.name).sort());
  });

  it('always keeps the newest snapshot, however old', () => {
    const old = snap(new Date('2025-01-01T00:00:00.000Z'));
    expect([...snapshotsToKeep([old], now)]).toEqual([old.name]);
  });

  it(`keeps at most ${maxSnapshots}, dropping the oldest`, () => {
    const many = Array.from({ length: maxSnapshots + 20 }, (_, i) => snap(minutesAgo(0.1 * i)));
    const keep = snapshotsToKeep(many, now);
    expect(keep.size).toBe(maxSnapshots);
    expect(keep.has(many[0]!.name)).toBe(true);
    expect(keep.has(many.at(-1)!.name)).toBe(false);
  });
});
