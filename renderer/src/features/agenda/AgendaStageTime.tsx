import { useTranslation } from 'react-i18next';
import { formatClock } from '../../../../shared/facilitation/timer';
import type { Stage } from '../../../../shared/model/workshop';
import { useNow } from '../timer/use-now';
import { agendaTimes } from './agenda-times';

/** Under an agenda row: whether the stage's clock runs, the time actually spent, and any overrun. */
export function AgendaStageTime({ stage }: { stage: Stage }) {
  const { t } = useTranslation();
  const running = stage.timer.runningSince !== null;
  const now = useNow(running ? 1000 : null);
  const times = agendaTimes(stage, now);
  if (!times.started) return null;
  return (
    <p className={times.overrunMs > 0 ? 'agenda-actual over' : 'agenda-actual'}>
      {times.running && (
        <span className="agenda-running">
          <span aria-hidden="true">▶ </span>
          {t('agenda.running')}
        </span>
      )}
      <span>{t('agenda.actual', { time: formatClock(times.actualMs) })}</span>
      {times.overrunMs > 0 && <span className="agenda-overrun">{t('agenda.overrunBy', { time: formatClock(times.overrunMs) })}</span>}
    </p>
  );
}
