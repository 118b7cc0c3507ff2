import { useTranslation } from 'react-i18next';
import type { Criterion } from '../../../../shared/model/workshop';

interface ScoreInputProps {
  criterion: Criterion;
  value: number | null;
  label: string;
  onChange: (value: number | null) => void;
  id?: string;
  /** Show the unit beside a measured value (grids show it in the column header instead). */
  showUnit?: boolean;
}

const ratings = [1, 2, 3, 4, 5];

/** A 1–5 rating (select) or a measured value in the criterion's unit (number); empty means not scored. */
export function ScoreInput({ criterion, value, label, onChange, id, showUnit = true }: ScoreInputProps) {
  const { t } = useTranslation();
  if (criterion.scale === 'rating') {
    // An agreed median can be a half point: keep it selectable.
    const values = value !== null && !ratings.includes(value) ? [...ratings, value].sort((a, b) => a - b) : ratings;
    return (
      <select id={id} className="score-input" aria-label={label} value={value === null ? '' : String(value)} onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}>
        <option value="">{t('matrix.scoring.unscored')}</option>
        {values.map((v) => (
          <option key={v} value={String(v)}>
            {v}
          </option>
        ))}
      </select>
    );
  }
  return (
    <span className="measured-input">
      <input
        id={id}
        type="number"
        step="any"
        className="score-input"
        aria-label={criterion.unit ? `${label} (${criterion.unit})` : label}
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value === '' || !Number.isFinite(Number(e.target.value)) ? null : Number(e.target.value))}
      />
      {showUnit && criterion.unit && <span className="unit" aria-hidden="true">{criterion.unit}</span>}
    </span>
  );
}
