import { useTranslation } from 'react-i18next';
import { limits } from '../../../../shared/model/limits';
import type { FieldDef } from '../../../../shared/model/workshop';

interface CardFieldsProps {
  defs: readonly FieldDef[];
  values: Record<string, string>;
  onChange: (key: string, value: string) => void;
  /** Makes labels unique on a board with many cards ("Persona, card 3"). */
  labelSuffix?: string;
}

const scale = ['1', '2', '3', '4', '5'];

/** The stage's card fields (persona, severity, …) as labelled inputs of the right kind. */
export function CardFields({ defs, values, onChange, labelSuffix }: CardFieldsProps) {
  const { t } = useTranslation();
  return (
    <div className="card-fields">
      {defs.map((def) => {
        const value = values[def.key] ?? '';
        const label = labelSuffix ? `${def.label}${labelSuffix}` : def.label;
        const common = { value, 'aria-label': label, onChange: (e: { target: { value: string } }) => onChange(def.key, e.target.value) };
        return (
          <label key={def.key} className={`card-field card-field-${def.type}`}>
            <span aria-hidden="true">{def.label}</span>
            {def.type === 'longtext' ? (
              <textarea rows={2} maxLength={limits.textChars} {...common} />
            ) : def.type === 'text' ? (
              <input maxLength={limits.shortChars} {...common} />
            ) : (
              <select {...common}>
                <option value="">{t('cards.fieldUnset')}</option>
                {(def.type === 'scale' ? scale : def.options).map((o) => (
                  <option key={o} value={o}>
                    {o}
                  </option>
                ))}
              </select>
            )}
          </label>
        );
      })}
    </div>
  );
}
