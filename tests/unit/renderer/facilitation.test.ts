import { describe, expect, it } from 'vitest';
import { totalOverrunMs, warningMs } from '../../../shared/facilitation/timer';
import { agendaTimes, totalActualMs } from '../../../renderer/src/features/agenda/agenda-times';
import { logOrigin } from '../../../renderer/src/features/logs/log-origin';
import { participantVotes } from '../../../renderer/src/features/participants/participant-votes';
import { timerCue } from '../../../renderer/src/features/timer/timer-cue';
import { bankWorkshop } from '../shared/bank-workshop';

const minute = 60_000;

describe('timer sound cues', () => {
  it('chimes once when a running clock passes 2 minutes left, and once at 0', () => {
    expect(timerCue(warningMs + 1000, warningMs, true)).toBe('warning');
    expect(timerCue(warningMs, warningMs - 1000, true)).toBeNull();
    expect(timerCue(1000, 0, true)).toBe('end');
    expect(timerCue(0, -1000, true)).toBeNull();
    expect(timerCue(10 * minute, 9 * minute, true)).toBeNull();
  });

  it('marks time up, not the warning, when both pass in one step (a sleeping laptop wakes up)', () => {
    expect(timerCue(10 * minute, -5 * minute, true)).toBe('end');
  });

  it('stays silent on the first reading (opened or reloaded late), when paused, and when minutes are added', () => {
    expect(timerCue(null, -3 * minute, true)).toBeNull();
    expect(timerCue(warningMs + 1000, warningMs - 1000, false)).toBeNull();
    expect(timerCue(-30_000, 4.5 * minute, true)).toBeNull();
    expect(timerCue(30_000, 5.5 * minute, true)).toBeNull();
  });
});

describe('agenda: planned vs actual', () => {
  const now = Date.parse('2025-03-18T11:45:00+08:00');

  it('gives each stage its actual time and the overrun against its planned timebox', () => {
    const doc = bankWorkshop();
    const [scenario, pain, tech] = doc.stages;
    if (!scenario || !pain || !tech) throw new Error('fixture');
    expect(agendaTimes(scenario, now)).toEqual({ extraMinutes: 0, actualMs: 0, overrunMs: 0, running: false, started: false });
    // 64 min spent on a 60-minute timebox, 5 minutes added on the day: still 4 minutes late on the agenda.
    expect(agendaTimes(pain, now)).toEqual({ extraMinutes: 5, actualMs: 64 * minute, overrunMs: 4 * minute, running: false, started: true });
    // Running since 11:15, so 30 minutes at 11:45, within its 75.
    expect(agendaTimes(tech, now)).toEqual({ extraMinutes: 0, actualMs: 30 * minute, overrunMs: 0, running: true, started: true });
  });

  it('sums the rows to the shared total overrun, and the actual time over the day', () => {
    const doc = bankWorkshop();
    const later = now + 60 * minute; // technology selection is now 90 minutes in: 15 over.
    const rows = doc.stages.map((s) => agendaTimes(s, later).overrunMs);
    expect(rows.reduce((a, b) => a + b, 0)).toBe(totalOverrunMs(doc.stages, later));
    expect(totalOverrunMs(doc.stages, later)).toBe(19 * minute);
    expect(totalActualMs(doc.stages, later)).toBe(64 * minute + 90 * minute);
  });
});

describe('parking lot and decision log', () => {
  it('names the stage an entry came from by its place on the agenda, or says it is gone', () => {
    const doc = bankWorkshop();
    expect(logOrigin(doc.stages, 'st-tech')).toEqual({ kind: 'stage', number: 3, title: '技术选型' });
    expect(logOrigin(doc.stages, 'st-deleted')).toEqual({ kind: 'removed' });
    expect(logOrigin(doc.stages, null)).toEqual({ kind: 'workshop' });
  });
});

describe('participants', () => {
  it('counts the dots a participant would take back when removed', () => {
    const doc = bankWorkshop();
    expect(participantVotes(doc, 'p-wang')).toBe(3);
    expect(participantVotes(doc, 'p-zhang')).toBe(2);
    expect(participantVotes(doc, 'p-li')).toBe(0);
  });
});
