import { useId } from 'react';
import { limits } from '../../../../shared/model/limits';

/** A labelled multi-line text field of a record, with an optional hint under the label. */
export function LongField({ label, hint, value, onChange, rows = 3 }: { label: string; hint?: string; value: string; onChange(value: string): void; rows?: number }) {
  const hintId = useId();
  return (
    <label className="field">
      <span>{label}</span>
      {hint && (
        <small id={hintId} className="field-hint">
          {hint}
        </small>
      )}
      <textarea rows={rows} value={value} maxLength={limits.textChars} aria-describedby={hint ? hintId : undefined} onChange={(e) => onChange(e.target.value)} />
    </label>
  );
}
