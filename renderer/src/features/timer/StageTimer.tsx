import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatClock, timerView } from '../../../../shared/facilitation/timer';
import type { Stage } from '../../../../shared/model/workshop';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { useApp } from '../../store/context';
import { TimerClock } from './TimerClock';
import { playCue } from './timer-sound';
import { useNow } from './use-now';
import { useTimerSound } from './use-timer-sound';

const at = () => new Date().toISOString();

/**
 * The current stage's clock for the facilitator: start, pause, add minutes, reset; never blocks work.
 * It reads only the stage's id, timebox and timer, so an edit on the board does not re-render it.
 */
export const StageTimer = memo(
  function StageTimer({ stage }: { stage: Stage }) {
  const { t } = useTranslation();
  const dispatch = useApp((s) => s.dispatch);
  const sound = useApp((s) => s.timerSound);
  const setSound = useApp((s) => s.setTimerSound);
  const [confirmReset, setConfirmReset] = useState(false);
  const running = stage.timer.runningSince !== null;
  const now = useNow(running ? 1000 : null);
  const view = timerView(stage, now);
  useTimerSound(stage.id, view.remainingMs, running, sound);
  const stageId = stage.id;
  const extra = stage.timer.extraMinutes;
  const untouched = view.phase === 'idle' && extra === 0;

  return (
    <section className="stage-timer" aria-label={t('timer.label')}>
      <TimerClock view={view} />
      <div className="timer-side">
        <div className="timer-planned">
          <span>
            {t('timer.planned', { count: stage.timeboxMinutes })}
            {extra > 0 && <span className="timer-extra"> {t('timer.extra', { count: extra })}</span>}
          </span>
          <label className="timer-sound">
            <input
              type="checkbox"
              checked={sound}
              onChange={(e) => {
                void setSound(e.target.checked);
                if (e.target.checked) playCue('preview');
              }}
            />
            {t('timer.sound')}
          </label>
        </div>
        <div className="timer-controls" role="group" aria-label={t('timer.controls')}>
          {running ? (
            <button type="button" onClick={() => dispatch({ type: 'timer/pause', stageId, at: at() })}>
              {t('timer.pause')}
            </button>
          ) : (
            <button type="button" className="primary" onClick={() => dispatch({ type: 'timer/start', stageId, at: at() })}>
              {view.phase === 'idle' ? t('timer.start') : t('timer.resume')}
            </button>
          )}
          {[1, 5].map((minutes) => (
            <button
              key={minutes}
              type="button"
              title={t('timer.addMinutes', { count: minutes })}
              onClick={() => dispatch({ type: 'timer/add-minutes', stageId, minutes })}
            >
              {t('timer.plus', { count: minutes })}
            </button>
          ))}
          <button type="button" disabled={untouched} onClick={() => (view.elapsedMs > 0 ? setConfirmReset(true) : dispatch({ type: 'timer/reset', stageId }))}>
            {t('timer.reset')}
          </button>
        </div>
      </div>
      {confirmReset && (
        <ConfirmDialog
          title={t('timer.resetTitle')}
          message={t('timer.resetMessage', { title: stage.title, time: formatClock(view.elapsedMs) })}
          confirmLabel={t('timer.reset')}
          onCancel={() => setConfirmReset(false)}
          onConfirm={() => {
            dispatch({ type: 'timer/reset', stageId });
            setConfirmReset(false);
          }}
        />
      )}
    </section>
  );
  },
  (before, after) =>
    before.stage.id === after.stage.id &&
    before.stage.title === after.stage.title &&
    before.stage.timeboxMinutes === after.stage.timeboxMinutes &&
    before.stage.timer === after.stage.timer,
);
