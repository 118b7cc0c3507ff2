import { useTranslation } from 'react-i18next';

interface ScoreScaleProps {
  /** Unique per dimension: the radios' group name. */
  name: string;
  label: string;
  value: number | null;
  onChange(value: number | null): void;
}

const steps = [null, 1, 2, 3, 4, 5] as const;

/** A 1–5 score as six large radio buttons ("–" for not scored): arrow keys move, the room sees the number. */
export function ScoreScale({ name, label, value, onChange }: ScoreScaleProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="score-scale" aria-label={label}>
      <legend aria-hidden="true">{t('scorecard.dimensions.score')}</legend>
      <div className="score-steps">
        {steps.map((step) => (
          <label key={step ?? 'none'} className={`score-step${value === step ? ' checked' : ''}`} data-score={step ?? 'none'}>
            <input type="radio" className="visually-hidden" name={name} checked={value === step} onChange={() => onChange(step)} />
            {step === null ? (
              <>
                <span aria-hidden="true">–</span>
                <span className="visually-hidden">{t('scorecard.dimensions.notScored')}</span>
              </>
            ) : (
              step
            )}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
