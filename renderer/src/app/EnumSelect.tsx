interface EnumSelectProps<T extends string> {
  values: readonly T[];
  value: T;
  onChange: (value: T) => void;
  /** The visible (translated) name of each value. */
  optionLabel: (value: T) => string;
  className?: string;
}

/** A <select> over a fixed list of model values (languages, board kinds, colours). */
export function EnumSelect<T extends string>({ values, value, onChange, optionLabel, className }: EnumSelectProps<T>) {
  return (
    <select className={className} value={value} onChange={(e) => onChange(values.find((v) => v === e.target.value) ?? value)}>
      {values.map((v) => (
        <option key={v} value={v}>
          {optionLabel(v)}
        </option>
      ))}
    </select>
  );
}
