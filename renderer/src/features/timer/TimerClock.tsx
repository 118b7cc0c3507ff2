import { useTranslation } from 'react-i18next';
import type { TimerView } from '../../../../shared/facilitation/timer';
import { formatClock } from '../../../../shared/facilitation/timer';

/**
 * The time left in large type (over time: `-m:ss`), coloured by phase: normal, warning at
 * 2 minutes left, red once over. A `timer` role, so screen readers do not announce every second.
 */
export function TimerClock({ view, className = '' }: { view: TimerView; className?: string }) {
  const { t } = useTranslation();
  return (
    <div className={`timer-clock timer-${view.phase} ${className}`} role="timer" aria-label={t('timer.clockLabel')}>
      <span className="timer-digits">{formatClock(view.remainingMs)}</span>
      <span className="timer-phase">{t(`timer.phase.${view.phase}`)}</span>
    </div>
  );
}
