'use client';
import { useId, useState, type ChangeEvent } from 'react';
import styles from './NumberField.module.css';
import ui from './widgetUi.module.css';

interface Props {
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
}

const sameNumber = (text: string, value: number) =>
  text.trim() === '' ? Number.isNaN(value) : Number(text) === value;

/**
 * A labelled number input that lets the reader type freely (an empty field, "-", "2.5") and
 * reports what was typed; arrow keys step by `step`. Shared by the cost widgets.
 */
export function NumberField({ label, value, onChange, min, max, step = 1, invalid, errorId }: Props) {
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
    <div className={ui.field}>
      <label htmlFor={id} className={ui.fieldLabel}>
        {label}
      </label>
      <input
        id={id}
        className={`${ui.control} ${styles.input}`}
        type="number"
        inputMode="numeric"
        value={draft}
        min={min}
        max={max}
        step={step}
        onChange={change}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? errorId : undefined}
      />
    </div>
  );
}
