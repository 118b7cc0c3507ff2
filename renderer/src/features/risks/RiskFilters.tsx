import { useTranslation } from 'react-i18next';
import { riskCategories } from '../../../../shared/model/workshop';
import type { RiskCategory, RiskStatus } from '../../../../shared/risks';
import { parseCellKey, riskStatuses } from '../../../../shared/risks';

export interface RiskView {
  category: RiskCategory | null;
  status: RiskStatus | null;
  /** A heat-map cell's key, e.g. "4:5". */
  cell: string | null;
  byScore: boolean;
}

export const defaultRiskView: RiskView = { category: null, status: null, cell: null, byScore: false };

interface RiskFiltersProps {
  view: RiskView;
  onChange: (view: RiskView) => void;
  shown: number;
  total: number;
}

/** Filter the register by category, status and heat-map cell; sort it by score. */
export function RiskFilters({ view, onChange, shown, total }: RiskFiltersProps) {
  const { t } = useTranslation();
  const cell = view.cell ? parseCellKey(view.cell) : null;
  const filtered = view.category !== null || view.status !== null || view.cell !== null;
  return (
    <div className="risk-filters" role="group" aria-label={t('risks.filter.label')}>
      <label className="field inline">
        <span>{t('risks.filter.category')}</span>
        <select value={view.category ?? ''} onChange={(e) => onChange({ ...view, category: riskCategories.find((c) => c === e.target.value) ?? null })}>
          <option value="">{t('risks.filter.all')}</option>
          {riskCategories.map((c) => (
            <option key={c} value={c}>
              {t(`risks.category.${c}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field inline">
        <span>{t('risks.filter.status')}</span>
        <select value={view.status ?? ''} onChange={(e) => onChange({ ...view, status: riskStatuses.find((s) => s === e.target.value) ?? null })}>
          <option value="">{t('risks.filter.all')}</option>
          {riskStatuses.map((s) => (
            <option key={s} value={s}>
              {t(`risks.status.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="button" aria-pressed={view.byScore} onClick={() => onChange({ ...view, byScore: !view.byScore })}>
        {t('risks.filter.byScore')}
      </button>
      {cell && (
        <button type="button" className="cell-chip" onClick={() => onChange({ ...view, cell: null })}>
          {t('risks.filter.cell', { likelihood: cell.likelihood, impact: cell.impact })} ×<span className="visually-hidden"> {t('risks.filter.clearCell')}</span>
        </button>
      )}
      <span className="risk-count" role="status">
        {filtered ? t('risks.filter.shown', { shown, total }) : t('risks.count', { count: total })}
      </span>
      {filtered && (
        <button type="button" onClick={() => onChange({ ...view, category: null, status: null, cell: null })}>
          {t('risks.filter.clear')}
        </button>
      )}
    </div>
  );
}
