import { elapsedMs } from '../facilitation/timer';
import { idleTimer } from '../model/facilitation';
import type { Id } from '../model/ids';
import type { Workshop } from '../model/workshop';
import { updateStage } from './helpers';

/** The stage clock. `at` is the moment of the click (ISO time), passed in so commands stay pure. */
export type TimerCommand =
  /** Starts this stage's clock; any other running clock pauses (one stage runs at a time). */
  | { type: 'timer/start'; stageId: Id; at: string }
  | { type: 'timer/pause'; stageId: Id; at: string }
  | { type: 'timer/add-minutes'; stageId: Id; minutes: number }
  | { type: 'timer/reset'; stageId: Id };

function pauseAll(doc: Workshop, atMs: number, except: Id | null): Workshop {
  let next = doc;
  for (const stage of doc.stages) {
    if (stage.id === except || stage.timer.runningSince === null) continue;
    next = updateStage(next, stage.id, (s) => ({ ...s, timer: { ...s.timer, elapsedMs: Math.round(elapsedMs(s.timer, atMs)), runningSince: null } }));
  }
  return next;
}

export function applyTimerCommand(doc: Workshop, cmd: TimerCommand): Workshop {
  switch (cmd.type) {
    case 'timer/start': {
      const stage = doc.stages.find((s) => s.id === cmd.stageId);
      if (!stage || stage.timer.runningSince !== null || Number.isNaN(Date.parse(cmd.at))) return doc;
      const paused = pauseAll(doc, Date.parse(cmd.at), cmd.stageId);
      return updateStage(paused, cmd.stageId, (s) => ({ ...s, timer: { ...s.timer, runningSince: cmd.at } }));
    }
    case 'timer/pause': {
      const stage = doc.stages.find((s) => s.id === cmd.stageId);
      if (!stage || stage.timer.runningSince === null || Number.isNaN(Date.parse(cmd.at))) return doc;
      return pauseAll(doc, Date.parse(cmd.at), null);
    }
    case 'timer/add-minutes':
      return updateStage(doc, cmd.stageId, (s) => {
        const extra = Math.max(0, Math.min(24 * 60, s.timer.extraMinutes + Math.round(cmd.minutes || 0)));
        return extra === s.timer.extraMinutes ? s : { ...s, timer: { ...s.timer, extraMinutes: extra } };
      });
    case 'timer/reset':
      return updateStage(doc, cmd.stageId, (s) =>
        s.timer.elapsedMs === 0 && s.timer.runningSince === null && s.timer.extraMinutes === 0 ? s : { ...s, timer: idleTimer },
      );
  }
}
