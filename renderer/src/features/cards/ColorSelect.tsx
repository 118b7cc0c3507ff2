import { useTranslation } from 'react-i18next';
import type { CardColor } from '../../../../shared/model/workshop';
import { cardColors } from '../../../../shared/model/workshop';
import { EnumSelect } from '../../app/EnumSelect';

export function ColorSelect({ value, onChange, label }: { value: CardColor; onChange: (c: CardColor) => void; label: string }) {
  const { t } = useTranslation();
  return (
    <label className="field color-field">
      <span>{label}</span>
      <EnumSelect className={`swatch swatch-${value}`} values={cardColors} value={value} onChange={onChange} optionLabel={(c) => t(`colors.${c}`)} />
    </label>
  );
}
