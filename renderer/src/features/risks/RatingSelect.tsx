import { useTranslation } from 'react-i18next';
import { ratings } from '../../../../shared/risks';

interface RatingSelectProps {
  scale: 'likelihood' | 'impact';
  value: number | null;
  label: string;
  onChange: (value: number | null) => void;
}

/** 1…5 with the meaning of each step ("4 · Likely"), or not rated. */
export function RatingSelect({ scale, value, label, onChange }: RatingSelectProps) {
  const { t } = useTranslation();
  return (
    <select className="rating-select" aria-label={label} value={value ?? ''} onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}>
      <option value="">{t('risks.score.notRated')}</option>
      {ratings.map((r) => (
        <option key={r} value={r}>
          {t('risks.rating', { value: r, meaning: t(`risks.${scale}Scale.${r}`) })}
        </option>
      ))}
    </select>
  );
}
