import { useTranslation } from 'react-i18next';
import type { Language, StageOf } from '../../../../shared/model/workshop';
import { dimensionStatus, feasibilityCall } from '../../../../shared/scorecard';
import { RagBadge } from '../scorecard/RagBadge';
import { VerdictHeading } from '../scorecard/VerdictHeading';
import { dimensionName, reasonText, verdictLabel } from '../scorecard/verdict-text';
import '../scorecard/scorecard.css';
import './presenter-scorecard-actions.css';

/** The feasibility call for the room: the verdict big, why, and every dimension's status in words. */
export function PresenterScorecard({ stage, language }: { stage: StageOf<'scorecard'>; language: Language }) {
  const { t, i18n } = useTranslation();
  const call = feasibilityCall(stage);
  return (
    <div className="presenter-scorecard">
      <div className={`verdict verdict-${call.verdict ?? 'none'} presenter-verdict`}>
        <VerdictHeading call={call} />
        {call.override ? (
          <>
            <p className="verdict-reason">
              <strong>{t('scorecard.override.because')}</strong> <span lang={language}>{call.override.reason}</span>
            </p>
            <p className="verdict-rule-says">{t('scorecard.verdict.ruleSays', { verdict: verdictLabel(t, call.rule.verdict) })}</p>
          </>
        ) : (
          <p className="verdict-reason">{reasonText(t, i18n.language, call.rule, stage.dimensions)}</p>
        )}
      </div>
      <section className="presenter-list">
        <h2>{t('scorecard.presenter.dimensions')}</h2>
        {stage.dimensions.length === 0 ? (
          <p className="presenter-empty">{t('presenter.nothingYet')}</p>
        ) : (
          <ul className="presenter-dimensions">
            {stage.dimensions.map((d) => (
              <li key={d.id}>
                <RagBadge status={dimensionStatus(d)} />
                <span className="presenter-dimension-name" lang={language}>
                  {dimensionName(t, stage.dimensions, d)}
                </span>
                {d.score !== null && <span className="presenter-score">{t('scorecard.presenter.score', { score: d.score })}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
