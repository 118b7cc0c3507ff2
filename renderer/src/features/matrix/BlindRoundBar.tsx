import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StageOf } from '../../../../shared/model/workshop';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { useApp } from '../../store/context';

/** Where the blind round stands, and the facilitator's next step: start, reveal, finish, start over. */
export function BlindRoundBar({ stage }: { stage: StageOf<'matrix'> }) {
  const { t } = useTranslation();
  const dispatch = useApp((s) => s.dispatch);
  const [confirmStart, setConfirmStart] = useState(false);
  const { active, revealed, scores } = stage.blindScoring;
  const stageId = stage.id;
  const scorers = new Set(scores.map((s) => s.participantId)).size;
  const start = () => (scores.length > 0 ? setConfirmStart(true) : dispatch({ type: 'matrix/blind-start', stageId }));

  return (
    <div className={active && !revealed ? 'blind-bar active' : 'blind-bar'} role="group" aria-label={t('matrix.blind.label')}>
      {!active && !revealed && (
        <>
          <span>{t('matrix.blind.idle')}</span>
          <button type="button" onClick={start}>
            {t('matrix.blind.start')}
          </button>
        </>
      )}
      {active && !revealed && (
        <>
          <span aria-live="polite">{t('matrix.blind.underway', { count: scores.length, people: scorers })}</span>
          <button type="button" className="primary" onClick={() => dispatch({ type: 'matrix/blind-reveal', stageId })}>
            {t('matrix.blind.reveal')}
          </button>
          <button type="button" onClick={() => dispatch({ type: 'matrix/blind-end', stageId })}>
            {t('matrix.blind.cancel')}
          </button>
        </>
      )}
      {revealed && (
        <>
          <span>{active ? t('matrix.blind.revealed') : t('matrix.blind.finished')}</span>
          {active && (
            <button type="button" className="primary" onClick={() => dispatch({ type: 'matrix/blind-end', stageId })}>
              {t('matrix.blind.finish')}
            </button>
          )}
          <button type="button" onClick={start}>
            {t('matrix.blind.startOver')}
          </button>
        </>
      )}
      {confirmStart && (
        <ConfirmDialog
          title={t('matrix.blind.startOverTitle')}
          message={t('matrix.blind.startOverMessage', { count: scores.length })}
          confirmLabel={t('matrix.blind.start')}
          onCancel={() => setConfirmStart(false)}
          onConfirm={() => {
            dispatch({ type: 'matrix/blind-start', stageId });
            setConfirmStart(false);
          }}
        />
      )}
    </div>
  );
}
