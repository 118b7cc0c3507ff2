import { useTranslation } from 'react-i18next';
import type { StageOf } from '../../../../shared/model/workshop';
import { feasibilityCall } from '../../../../shared/scorecard';
import { OverrideForm } from './OverrideForm';
import { VerdictHeading } from './VerdictHeading';
import { reasonText, verdictLabel } from './verdict-text';

/** The call that stands, why, the rule in words, and the room's override. */
export function VerdictPanel({ stage }: { stage: StageOf<'scorecard'> }) {
  const { t, i18n } = useTranslation();
  const call = feasibilityCall(stage);
  return (
    <section className="verdict-panel" aria-labelledby="verdict-heading">
      <div className={`verdict verdict-${call.verdict ?? 'none'}`}>
        <h2 id="verdict-heading">{t('scorecard.verdict.heading')}</h2>
        <VerdictHeading call={call} live />
        {call.override ? (
          <>
            <p className="verdict-reason">
              <strong>{t('scorecard.override.because')}</strong> 
              <span className="override-reason">{call.override.reason}</span>
            </p>
            <p className="verdict-rule-says">
              {t('scorecard.verdict.ruleSays', { verdict: verdictLabel(t, call.rule.verdict) })} — {reasonText(t, i18n.language, call.rule, stage.dimensions)}
            </p>
          </>
        ) : (
          <p className="verdict-reason">{reasonText(t, i18n.language, call.rule, stage.dimensions)}</p>
        )}
      </div>
      <div className="verdict-side">
        <section className="rule-statement" aria-labelledby="rule-heading">
          <h3 id="rule-heading">{t('scorecard.rule.heading')}</h3>
          <ul>
            <li>{t('scorecard.rule.noGo')}</li>
            <li>{t('scorecard.rule.pilot')}</li>
            <li>{t('scorecard.rule.go')}</li>
          </ul>
          <p>{t('scorecard.rule.scale')}</p>
        </section>
        <OverrideForm stage={stage} />
      </div>
    </section>
  );
}
