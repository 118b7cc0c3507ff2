import { useTranslation } from 'react-i18next';
import type { FeasibilityCall } from '../../../../shared/scorecard';
import { verdictLabel } from './verdict-text';

const verdictIcons = { go: '✓', pilot: '◐', 'no-go': '✕', none: '…' } as const;

/**
 * The call that stands, big and with its icon, and whether the rule or the room made it: the head of
 * the verdict block on the board (`live`: announced when it changes) and in the presenter view.
 */
export function VerdictHeading({ call, live = false }: { call: FeasibilityCall; live?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="verdict-word" role={live ? 'status' : undefined}>
        <span className="verdict-icon" aria-hidden="true">
          {verdictIcons[call.verdict ?? 'none']}
        </span>
        {verdictLabel(t, call.verdict)}
      </p>
      <p className="verdict-source">{call.override ? t('scorecard.verdict.byRoom') : t('scorecard.verdict.byRule')}</p>
    </>
  );
}
