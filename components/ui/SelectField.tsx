'use client';
import { useId } from 'react';
import { Field } from './Field';
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

/** A labelled drop-down of choices; numbers come back as numbers. The label names the select alone (not its options). */
export function SelectField<T extends string | number>({ label, value, options, format = String, onChange, disabled, className }: SelectFieldProps<T>) {
  const id = useId();
  const pick = (raw: string) => options.find((o) => String(o) === raw);
  return (
    <Field id={id} label={label} className={className}>
      <select
        id={id}
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
    </Field>
  );
}
