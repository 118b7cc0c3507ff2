import { useTranslation } from 'react-i18next';
import type { CardColor } from '../../../../shared/model/workshop';
import { cardColors } from '../../../../shared/model/workshop';

export function ColorSelect({ value, onChange, label }: { value: CardColor; onChange: (c: CardColor) => void; label: string }) {
  const { t } = useTranslation();
  return (
    <label className="field color-field">
      <span>{label}</span>
      <select className={`swatch swatch-${value}`} value={value} onChange={(e) => onChange(e.target.value as CardColor)}>
        {cardColors.map((c) => (
          <option key={c} value={c}>
            {t(`colors.${c}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
