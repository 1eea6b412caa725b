'use client';
import { useId } from 'react';
import { Field } from './Field';
import f from './fields.module.css';
import { useNumberDraft } from './useNumberDraft';

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

/**
 * A labelled number input that lets the reader type freely (an empty field, "-", "2.5") and
 * reports what was typed; arrow keys step by `step`.
 */
export function NumberField({ label, value, onChange, min, max, step = 1, invalid, errorId, className }: NumberFieldProps) {
  const id = useId();
  const draft = useNumberDraft(value, onChange);
  return (
    <Field id={id} label={label} className={className}>
      <input
        id={id}
        className={`${f.control} ${f.number}`}
        type="number"
        inputMode="decimal"
        {...draft}
        min={min}
        max={max}
        step={step}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? errorId : undefined}
      />
    </Field>
  );
}
