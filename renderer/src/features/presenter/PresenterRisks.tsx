import { useTranslation } from 'react-i18next';
import type { Language, StageOf } from '../../../../shared/model/workshop';
import { topRisks } from '../../../../shared/risks';
import { RiskHeatMap } from '../risks/RiskHeatMap';
import { RiskLevelBadge } from '../risks/RiskLevelBadge';

/** The risk register for the room: the likelihood × impact map and the highest open risks. */
export function PresenterRisks({ stage, language }: { stage: StageOf<'risks'>; language: Language }) {
  const { t } = useTranslation();
  const numbers = new Map(stage.risks.map((r, i) => [r.id, i + 1]));
  const top = topRisks(stage.risks, 6);
  return (
    <div className="presenter-risks">
      <RiskHeatMap risks={stage.risks} numbers={numbers} />
      <section className="presenter-list presenter-top-risks">
        <h2>{t('risks.presenter.top')}</h2>
        {top.length === 0 ? (
          <p className="presenter-empty">{t('risks.presenter.none')}</p>
        ) : (
          <ol>
            {top.map((risk) => (
              <li key={risk.id}>
                <span className="presenter-risk-number">#{numbers.get(risk.id)}</span> <span lang={language}>{risk.title}</span> <RiskLevelBadge risk={risk} />
                {risk.owner && <small lang={language}>{t('risks.presenter.owner', { owner: risk.owner })}</small>}
                {risk.mitigation.trim() && (
                  <small lang={language} className="presenter-risk-mitigation">
                    {risk.mitigation}
                  </small>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
