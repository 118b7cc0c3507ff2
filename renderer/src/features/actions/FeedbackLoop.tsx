import { useTranslation } from 'react-i18next';
import { limits } from '../../../../shared/model/limits';
import type { StageOf } from '../../../../shared/model/workshop';
import { useApp } from '../../store/context';

/** How feedback comes back in, and how often the team iterates on it. */
export function FeedbackLoop({ stage }: { stage: StageOf<'actions'> }) {
  const { t } = useTranslation();
  const dispatch = useApp((s) => s.dispatch);
  const stageId = stage.id;
  return (
    <section className="actions-section" aria-labelledby="loop-heading">
      <h2 id="loop-heading">{t('actions.loop.heading')}</h2>
      <label className="field">
        <span>{t('actions.loop.feedbackChannels')}</span>
        <textarea
          rows={3}
          value={stage.feedbackChannels}
          maxLength={limits.textChars}
          placeholder={t('actions.loop.feedbackPlaceholder')}
          onChange={(e) => dispatch({ type: 'actions/feedback-edit', stageId, text: e.target.value }, { coalesceKey: `feedback:${stageId}` })}
        />
      </label>
      <label className="field">
        <span>{t('actions.loop.cadence')}</span>
        <input
          value={stage.cadence}
          maxLength={limits.shortChars}
          placeholder={t('actions.loop.cadencePlaceholder')}
          onChange={(e) => dispatch({ type: 'actions/cadence-edit', stageId, text: e.target.value }, { coalesceKey: `cadence:${stageId}` })}
        />
      </label>
    </section>
  );
}
