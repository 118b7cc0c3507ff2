import { useTranslation } from 'react-i18next';
import { withWeight } from '../../../../shared/matrix';
import type { Criterion } from '../../../../shared/model/workshop';
import { formatPercent } from './format';

interface WhatIfPanelProps {
  criteria: readonly Criterion[];
  saved: readonly number[];
  /** The what-if weights, or null when the saved ones apply. */
  weights: readonly number[] | null;
  onChange: (weights: number[] | null) => void;
}

/** Try other weights on the results without touching the saved ones: one slider per criterion. */
export function WhatIfPanel({ criteria, saved, weights, onChange }: WhatIfPanelProps) {
  const { t, i18n } = useTranslation();
  const current = weights ?? saved;
  return (
    <details className="what-if" open={weights !== null}>
      <summary>{t('matrix.whatIf.title')}</summary>
      <p className="hint">{t('matrix.whatIf.help')}</p>
      {weights !== null && (
        <p className="what-if-banner" role="status">
          {t('matrix.whatIf.active')}{' '}
          <button type="button" onClick={() => onChange(null)}>
            {t('matrix.whatIf.reset')}
          </button>
        </p>
      )}
      <ul className="what-if-list">
        {criteria.map((c, k) => (
          <li key={c.id}>
            <label htmlFor={`what-if-${c.id}`}>{c.name}</label>
            <input
              id={`what-if-${c.id}`}
              type="range"
              min={0}
              max={100}
              step={1}
              value={Math.round((current[k] ?? 0) * 100)}
              aria-valuetext={formatPercent(current[k] ?? 0, i18n.language)}
              onChange={(e) => onChange(withWeight(current, k, Number(e.target.value) / 100))}
            />
            <output htmlFor={`what-if-${c.id}`}>
              {formatPercent(current[k] ?? 0, i18n.language)}
              {weights !== null && Math.abs((current[k] ?? 0) - (saved[k] ?? 0)) > 0.0005 && (
                <small> {t('matrix.whatIf.saved', { weight: formatPercent(saved[k] ?? 0, i18n.language) })}</small>
              )}
            </output>
          </li>
        ))}
      </ul>
    </details>
  );
}
