import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { StageOf } from '../../../../shared/model/workshop';
import { useApp } from '../../store/context';
import { ActionsList } from './ActionsList';
import { FeedbackLoop } from './FeedbackLoop';
import { MonitoringTable } from './MonitoringTable';
import './actions.css';

/** Continuous optimisation & actions (stage 9): action items, the monitoring plan, the feedback loop. */
export function ActionsBoard({ stage }: { stage: StageOf<'actions'> }) {
  const { t } = useTranslation();
  const participants = useApp((s) => s.doc?.participants);
  const listId = useId();
  return (
    <div className="actions-board" role="region" aria-label={t('actions.boardLabel')}>
      <datalist id={listId}>
        {(participants ?? []).map((p) => (
          <option key={p.id} value={p.name}>
            {p.role}
          </option>
        ))}
      </datalist>
      <ActionsList stage={stage} participantsListId={listId} />
      <div className="actions-plan">
        <MonitoringTable stage={stage} participantsListId={listId} />
        <FeedbackLoop stage={stage} />
      </div>
    </div>
  );
}
