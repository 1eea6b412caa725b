'use client';
import { useId, useState, type ChangeEvent } from 'react';
import { Field } from './Field';
import f from './fields.module.css';

export interface NumberFieldProps {
  label: string;
  value: number;
  /** Called with NaN while the field is empty or unreadable, so the widget can say so. */
  onChange: (value: number) => void;
  min?: number;
  max?: number;
  step?: number;
  invalid?: boolean;
  /** id of the message that explains an invalid value. */
  errorId?: string;
  className?: string;
}

const sameNumber = (text: string, value: number) => (text.trim() === '' ? Number.isNaN(value) : Number(text) === value);

/**
 * A labelled number input that lets the reader type freely (an empty field, "-", "2.5") and
 * reports what was typed; arrow keys step by `step`.
 */
export function NumberField({ label, value, onChange, min, max, step = 1, invalid, errorId, className }: NumberFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(Number.isNaN(value) ? '' : String(value));
  const [seen, setSeen] = useState(value);
  // The value changed from outside (reset, a shared link): show it unless the draft already says it.
  if (!Object.is(seen, value)) {
    setSeen(value);
    if (!sameNumber(draft, value)) setDraft(Number.isNaN(value) ? '' : String(value));
  }
  const change = (e: ChangeEvent<HTMLInputElement>) => {
    setDraft(e.target.value);
    onChange(e.target.value.trim() === '' ? Number.NaN : Number(e.target.value));
  };
  return (
    <Field id={id} label={label} className={className}>
      <input
        id={id}
        className={`${f.control} ${f.number}`}
        type="number"
        inputMode="decimal"
        value={draft}
        min={min}
        max={max}
        step={step}
        onChange={change}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? errorId : undefined}
      />
    </Field>
  );
}
