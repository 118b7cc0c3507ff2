import { useTranslation } from 'react-i18next';
import type { Risk } from '../../../../shared/model/workshop';
import { riskLevel, riskScore } from '../../../../shared/risks';

/** Score and level in words ("20 · Critical"), coloured by level: colour is never the only signal. */
export function RiskLevelBadge({ risk }: { risk: Pick<Risk, 'likelihood' | 'impact'> }) {
  const { t } = useTranslation();
  const score = riskScore(risk);
  const level = riskLevel(risk);
  if (score === null || level === null) return <span className="risk-badge level-none">{t('risks.score.unrated')}</span>;
  return (
    <span className={`risk-badge level-${level}`}>
      <span className="visually-hidden">{t('risks.score.label')} </span>
      {t('risks.score.value', { score, level: t(`risks.level.${level}`) })}
    </span>
  );
}
