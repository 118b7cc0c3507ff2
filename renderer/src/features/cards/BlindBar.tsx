import { useTranslation } from 'react-i18next';
import type { StageOf } from '../../../../shared/model/workshop';
import { useApp } from '../../store/context';

/** Blind entry for one-laptop rooms: cards written now stay hidden from the screen until reveal. */
export function BlindBar({ stage }: { stage: StageOf<'cards'> }) {
  const { t } = useTranslation();
  const dispatch = useApp((s) => s.dispatch);
  const hidden = stage.cards.filter((c) => c.hidden).length;
  return (
    <div className={stage.blind ? 'blind-bar active' : 'blind-bar'} role="group" aria-label={t('blind.label')}>
      {stage.blind ? (
        <>
          <span aria-live="polite">{t('blind.active', { count: hidden })}</span>
          <button type="button" className="primary" onClick={() => dispatch({ type: 'blind/reveal', stageId: stage.id })}>
            {t('blind.reveal')}
          </button>
        </>
      ) : (
        <>
          {hidden > 0 && <span>{t('blind.hiddenLeft', { count: hidden })}</span>}
          <button type="button" onClick={() => dispatch({ type: 'blind/start', stageId: stage.id })}>
            {t('blind.start')}
          </button>
          {hidden > 0 && (
            <button type="button" onClick={() => dispatch({ type: 'blind/reveal', stageId: stage.id })}>
              {t('blind.reveal')}
            </button>
          )}
        </>
      )}
    </div>
  );
}
