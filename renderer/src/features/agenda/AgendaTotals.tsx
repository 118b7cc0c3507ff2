import { useTranslation } from 'react-i18next';
import { formatClock, totalOverrunMs } from '../../../../shared/facilitation/timer';
import type { Stage } from '../../../../shared/model/workshop';
import { useNow } from '../timer/use-now';
import { totalActualMs } from './agenda-times';

/** The foot of the agenda: time spent so far and the total overrun, ticking while a stage runs. */
export function AgendaTotals({ stages }: { stages: readonly Stage[] }) {
  const { t } = useTranslation();
  const running = stages.some((s) => s.timer.runningSince !== null);
  const now = useNow(running ? 1000 : null);
  const overrun = totalOverrunMs(stages, now);
  const actual = totalActualMs(stages, now);
  return (
    <div className="agenda-totals">
      {actual > 0 && <p>{t('agenda.totalActual', { time: formatClock(actual) })}</p>}
      <p className={overrun > 0 ? 'agenda-total-overrun over' : 'agenda-total-overrun'}>
        {overrun > 0 ? t('agenda.totalOverrun', { time: formatClock(overrun) }) : t('agenda.noOverrun')}
      </p>
    </div>
  );
}
