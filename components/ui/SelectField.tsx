'use client';
import f from './fields.module.css';

export interface SelectFieldProps<T extends string | number> {
  label: string;
  value: T;
  options: readonly T[];
  /** How each option reads (sizes, rates, names). */
  format?: (v: T) => string;
  onChange: (v: T) => void;
  disabled?: boolean;
  className?: string;
}

/** A labelled drop-down of choices; numbers come back as numbers. */
export function SelectField<T extends string | number>({ label, value, options, format = String, onChange, disabled, className }: SelectFieldProps<T>) {
  const pick = (raw: string) => options.find((o) => String(o) === raw);
  return (
    <label className={className ? `${f.field} ${className}` : f.field}>
      <span className={f.label}>{label}</span>
      <select
        className={f.control}
        value={String(value)}
        disabled={disabled}
        onChange={(e) => {
          const v = pick(e.target.value);
          if (v !== undefined) onChange(v);
        }}
      >
        {options.map((o) => (
          <option key={String(o)} value={String(o)}>
            {format(o)}
          </option>
        ))}
      </select>
    </label>
  );
}
