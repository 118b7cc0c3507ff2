import { useTranslation } from 'react-i18next';
import type { PilotPatch } from '../../../../shared/commands';
import { limits } from '../../../../shared/model/limits';
import type { StageOf } from '../../../../shared/model/workshop';
import { feasibilityCall } from '../../../../shared/scorecard';
import { useApp } from '../../store/context';

type PilotKey = keyof StageOf<'scorecard'>['pilot'];
const longKeys: readonly PilotKey[] = ['scope', 'metrics', 'data', 'team', 'exitCriteria'];

/** The small pilot plan: scope, success metrics, duration, data, team and exit criteria. */
export function PilotPlan({ stage }: { stage: StageOf<'scorecard'> }) {
  const { t } = useTranslation();
  const dispatch = useApp((s) => s.dispatch);
  const isPilot = feasibilityCall(stage).verdict === 'pilot';
  const edit = (key: PilotKey, value: string) => {
    const patch: PilotPatch = { [key]: value };
    dispatch({ type: 'scorecard/pilot-edit', stageId: stage.id, patch }, { coalesceKey: `pilot-${key}:${stage.id}` });
  };
  const field = (key: PilotKey) => (
    <label key={key} className={`field pilot-${key}`}>
      <span>{t(`scorecard.pilot.${key}`)}</span>
      {longKeys.includes(key) ? (
        <textarea rows={3} value={stage.pilot[key]} maxLength={limits.textChars} placeholder={t(`scorecard.pilot.${key}Placeholder`)} onChange={(e) => edit(key, e.target.value)} />
      ) : (
        <input value={stage.pilot[key]} maxLength={limits.shortChars} placeholder={t(`scorecard.pilot.${key}Placeholder`)} onChange={(e) => edit(key, e.target.value)} />
      )}
    </label>
  );

  return (
    <section className={`scorecard-section pilot-plan${isPilot ? ' suggested' : ''}`} aria-labelledby="pilot-heading">
      <h2 id="pilot-heading">{t('scorecard.pilot.heading')}</h2>
      <p className="field-hint">{isPilot ? t('scorecard.pilot.suggested') : t('scorecard.pilot.hint')}</p>
      <div className="pilot-grid">{(['scope', 'metrics', 'duration', 'data', 'team', 'exitCriteria'] as const).map(field)}</div>
    </section>
  );
}
