import { useState } from 'react';
import { parseAmount } from './sizing-inputs';

interface NumberFieldProps {
  label: string;
  value: number;
  onChange: (value: number) => void;
  /** Shown after the field: GB, tokens, ¥ per hour… */
  unit?: string;
  step?: number;
}

/** A labelled number input that keeps what is typed (e.g. "0.") while passing a clean number up. */
export function NumberField({ label, value, onChange, unit, step }: NumberFieldProps) {
  const [text, setText] = useState(String(value));
  const shown = parseAmount(text) === value ? text : String(value);
  return (
    <label className="field sizing-field">
      <span>{label}</span>
      <span className="sizing-input">
        <input
          type="number"
          inputMode="decimal"
          min={0}
          step={step ?? 'any'}
          value={shown}
          onChange={(e) => {
            setText(e.target.value);
            onChange(parseAmount(e.target.value));
          }}
        />
        {unit && <span className="unit">{unit}</span>}
      </span>
    </label>
  );
}
