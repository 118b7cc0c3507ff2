import { describe, expect, it } from 'vitest';
import type { Command } from '../../../shared/commands';
import { applyCommand } from '../../../shared/commands';
import { rankByVotes, voteRefusal, votesByCard, votesLeft } from '../../../shared/boards/voting';
import { formatClock, timerView, totalOverrunMs } from '../../../shared/facilitation/timer';
import type { Workshop } from '../../../shared/model/workshop';
import { newCard, workshopSchema } from '../../../shared/model/workshop';
import { bankWorkshop, stageOf } from './bank-workshop';

function run(doc: Workshop, ...cmds: Command[]): Workshop {
  const next = cmds.reduce(applyCommand, doc);
  const parsed = workshopSchema.safeParse(next);
  expect(parsed.success, parsed.error?.message).toBe(true);
  return next;
}

const pain = (doc: Workshop) => stageOf(doc, 'st-pain', 'cards');
const at = (hhmm: string) => `2025-03-18T${hhmm}:00+08:00`;

describe('clustering', () => {
  it('moves a card into a cluster before a given card, and back out to ungrouped', () => {
    let doc = run(bankWorkshop(), { type: 'card/move', stageId: 'st-pain', cardId: 'c-kb', groupId: 'g-customer', index: 0 });
    expect(pain(doc).cards.filter((c) => c.groupId === 'g-customer').map((c) => c.id)).toEqual(['c-kb', 'c-wait']);
    doc = run(doc, { type: 'card/move', stageId: 'st-pain', cardId: 'c-kb', groupId: null });
    expect(pain(doc).cards.find((c) => c.id === 'c-kb')?.groupId).toBeNull();
  });

  it('reorders within a cluster (the keyboard "move up" of a card)', () => {
    let doc = run(bankWorkshop(), { type: 'card/move', stageId: 'st-pain', cardId: 'c-kb', groupId: 'g-customer' });
    expect(pain(doc).cards.filter((c) => c.groupId === 'g-customer').map((c) => c.id)).toEqual(['c-wait', 'c-kb']);
    doc = run(doc, { type: 'card/move', stageId: 'st-pain', cardId: 'c-kb', groupId: 'g-customer', index: 0 });
    expect(pain(doc).cards.filter((c) => c.groupId === 'g-customer').map((c) => c.id)).toEqual(['c-kb', 'c-wait']);
  });

  it('deleting a cluster keeps its cards, ungrouped', () => {
    const doc = run(bankWorkshop(), { type: 'group/delete', stageId: 'st-pain', groupId: 'g-agent' });
    expect(pain(doc).groups.map((g) => g.id)).toEqual(['g-customer']);
    expect(pain(doc).cards.find((c) => c.id === 'c-systems')).toMatchObject({ groupId: null, text: expect.stringContaining('5 个系统') });
  });
});

describe('dot voting', () => {
  it('counts dots per card and ranks by votes, hidden cards left out', () => {
    const stage = pain(bankWorkshop());
    expect(votesByCard(stage).get('c-systems')).toBe(4);
    expect(rankByVotes(stage).slice(0, 2)).toEqual([
      { cardId: 'c-systems', votes: 4 },
      { cardId: 'c-wait', votes: 1 },
    ]);
  });

  it('refuses a dot over the budget and over the per-card limit, and says which', () => {
    const stage = pain(bankWorkshop());
    expect(votesLeft(stage, 'p-wang')).toBe(0);
    expect(voteRefusal(stage, 'p-wang', 'c-kb')).toBe('budget');
    expect(voteRefusal(stage, 'p-zhang', 'c-systems')).toBe('per-card');
    expect(voteRefusal(stage, 'p-zhang', 'c-kb')).toBeNull();
    const doc = run(bankWorkshop(), { type: 'vote/add', stageId: 'st-pain', participantId: 'p-zhang', cardId: 'c-kb' });
    expect(votesLeft(pain(doc), 'p-zhang')).toBe(0);
  });

  it('a hidden (blind) card cannot be voted on until revealed', () => {
    const doc = bankWorkshop();
    expect(voteRefusal(stageOf(doc, 'st-scenario', 'cards'), 'p-li', 'c-hidden')).toBe('unknown-card');
    const revealed = run(doc, { type: 'blind/reveal', stageId: 'st-scenario' });
    expect(voteRefusal(stageOf(revealed, 'st-scenario', 'cards'), 'p-li', 'c-hidden')).toBeNull();
  });

  it('removing a participant or a card takes its dots back', () => {
    let doc = run(bankWorkshop(), { type: 'participant/remove', participantId: 'p-zhang' });
    expect(votesByCard(pain(doc)).get('c-systems')).toBe(2);
    expect(stageOf(doc, 'st-scenario', 'cards').cards.find((c) => c.id === 'c-hidden')?.authorId).toBeNull();
    doc = run(doc, { type: 'card/delete', stageId: 'st-pain', cardId: 'c-systems' });
    expect(pain(doc).voting.votes.map((v) => v.cardId)).toEqual(['c-wait']);
  });
});

describe('blind entry', () => {
  it('hides cards added while blind, and reveal shows them all and ends blind entry', () => {
    let doc = run(bankWorkshop(), { type: 'blind/start', stageId: 'st-pain' }, {
      type: 'card/add',
      stageId: 'st-pain',
      card: newCard({ id: 'c-blind', text: '质检只抽查 2% 的通话', createdAt: at('10:20'), authorId: 'p-li' }),
    });
    expect(pain(doc).cards.find((c) => c.id === 'c-blind')?.hidden).toBe(true);
    doc = run(doc, { type: 'blind/reveal', stageId: 'st-pain' });
    expect(pain(doc).blind).toBe(false);
    expect(pain(doc).cards.every((c) => !c.hidden)).toBe(true);
  });
});

describe('stage timer', () => {
  it('runs, pauses, overruns and shows the overrun in the agenda total', () => {
    let doc = run(bankWorkshop(), { type: 'timer/reset', stageId: 'st-pain' }, { type: 'timer/start', stageId: 'st-pain', at: at('10:00') });
    const now = (hhmm: string) => Date.parse(at(hhmm));
    expect(timerView(pain(doc), now('10:30'))).toMatchObject({ phase: 'running', remainingMs: 30 * 60_000 });
    expect(timerView(pain(doc), now('10:59')).phase).toBe('warning');
    expect(timerView(pain(doc), now('11:04'))).toMatchObject({ phase: 'overrun', remainingMs: -4 * 60_000 });
    doc = run(doc, { type: 'timer/pause', stageId: 'st-pain', at: at('11:04') });
    expect(pain(doc).timer).toEqual({ elapsedMs: 64 * 60_000, runningSince: null, extraMinutes: 0 });
    expect(formatClock(timerView(pain(doc), now('12:00')).remainingMs)).toBe('-4:00');
    // st-tech's clock in the fixture started at 11:15 and still runs: 0 overrun until its 75 min are up.
    expect(totalOverrunMs(doc.stages, now('12:00'))).toBe(4 * 60_000);
  });

  it('starting one stage pauses the clock that was running elsewhere', () => {
    const doc = run(bankWorkshop(), { type: 'timer/start', stageId: 'st-arch', at: at('11:45') });
    expect(stageOf(doc, 'st-tech', 'matrix').timer).toEqual({ elapsedMs: 30 * 60_000, runningSince: null, extraMinutes: 0 });
    expect(stageOf(doc, 'st-arch', 'notes').timer.runningSince).toBe(at('11:45'));
  });

  it('adding minutes extends this stage but not the agenda plan', () => {
    const doc = run(bankWorkshop(), { type: 'timer/add-minutes', stageId: 'st-pain', minutes: 10 });
    expect(pain(doc).timer.extraMinutes).toBe(15);
    expect(timerView(pain(doc), 0)).toMatchObject({ plannedMs: 75 * 60_000, phase: 'paused' });
    expect(totalOverrunMs([pain(doc)], 0)).toBe(4 * 60_000);
  });
});

describe('parking lot and decision log', () => {
  it('adds, edits and removes entries that remember their stage', () => {
    const entry = { id: 'l-ivr', text: 'IVR 语音菜单是否一起改造？', stageId: 'st-pain', createdAt: at('10:45') };
    let doc = run(bankWorkshop(), { type: 'log/add', log: 'parkingLot', entry });
    expect(doc.parkingLot.at(-1)).toEqual(entry);
    doc = run(doc, { type: 'log/edit', log: 'parkingLot', entryId: 'l-ivr', text: 'IVR 改造放到二期' });
    expect(doc.parkingLot.at(-1)?.text).toBe('IVR 改造放到二期');
    doc = run(doc, { type: 'log/remove', log: 'parkingLot', entryId: 'l-ivr' });
    expect(doc.parkingLot.map((e) => e.id)).toEqual(['l-budget']);
  });
});
