import { useTranslation } from 'react-i18next';
import { levelBands } from '../../../../shared/risks';

/** The four levels with their score ranges. */
export function RiskLegend() {
  const { t } = useTranslation();
  return (
    <ul className="risk-legend" aria-label={t('risks.heatmap.legend')}>
      {levelBands.map((b) => (
        <li key={b.level} className={`level-${b.level}`}>
          {t(`risks.level.${b.level}`)} <span className="legend-range">{t('risks.heatmap.range', { min: b.min, max: b.max })}</span>
        </li>
      ))}
    </ul>
  );
}
