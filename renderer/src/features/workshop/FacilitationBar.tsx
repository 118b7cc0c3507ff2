import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workshop } from '../../../../shared/model/workshop';
import { useApp } from '../../store/context';
import { LogPanel } from '../logs/LogPanel';
import { ParticipantsDialog } from '../participants/ParticipantsDialog';
import { usePresenterBroadcast } from '../presenter/use-presenter-broadcast';
import { usePresenterShortcut } from '../presenter/use-presenter-shortcut';
import { StageTimer } from '../timer/StageTimer';

type Panel = 'participants' | 'parkingLot' | 'decisions' | null;

/**
 * The second row of the workshop header: the current stage's timer, and what the facilitator
 * reaches from every stage: participants, parking lot, decision log and the presenter view (F5).
 * It also keeps the presenter window in step with the open workshop.
 */
export function FacilitationBar({ doc }: { doc: Workshop }) {
  const { t } = useTranslation();
  const [panel, setPanel] = useState<Panel>(null);
  const togglePresenter = useApp((s) => s.togglePresenter);
  usePresenterBroadcast();
  usePresenterShortcut(togglePresenter);
  const stage = doc.stages.find((s) => s.id === doc.currentStageId);
  const close = () => setPanel(null);
  const count = (n: number) => <span className="count-badge">{n}</span>;

  return (
    <div className="facilitation-bar">
      {stage ? <StageTimer key={stage.id} stage={stage} /> : <span />}
      <div className="facilitation-actions">
        <button type="button" aria-haspopup="dialog" onClick={() => setPanel('participants')}>
          {t('participants.open')} {count(doc.participants.length)}
        </button>
        <button type="button" aria-haspopup="dialog" onClick={() => setPanel('parkingLot')}>
          {t('logs.parkingLot.open')} {count(doc.parkingLot.length)}
        </button>
        <button type="button" aria-haspopup="dialog" onClick={() => setPanel('decisions')}>
          {t('logs.decisions.open')} {count(doc.decisions.length)}
        </button>
        <button type="button" className="presenter-toggle" aria-keyshortcuts="F5" title={t('presenter.shortcut')} onClick={() => void togglePresenter()}>
          {t('presenter.toggle')}
        </button>
      </div>
      {panel === 'participants' && <ParticipantsDialog onClose={close} />}
      {(panel === 'parkingLot' || panel === 'decisions') && <LogPanel log={panel} onClose={close} />}
    </div>
  );
}
