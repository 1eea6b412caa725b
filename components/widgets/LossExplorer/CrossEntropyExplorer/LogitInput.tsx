'use client';
import { useState, type ChangeEvent } from 'react';
import ui from '../../shared/widgetUi.module.css';
import styles from './CrossEntropyExplorer.module.css';

interface Props {
  label: string;
  value: number;
  onChange: (v: number) => void;
  invalid?: boolean;
  errorId?: string;
}

const sameNumber = (text: string, value: number) => (text.trim() === '' ? Number.isNaN(value) : Number(text) === value);

/** A logit typed into a table cell: free typing ("-", "2."), NaN while empty; follows outside changes. */
export function LogitInput({ label, value, onChange, invalid, errorId }: Props) {
  const [draft, setDraft] = useState(Number.isNaN(value) ? '' : String(value));
  const [seen, setSeen] = useState(value);
  if (!Object.is(seen, value)) {
    setSeen(value);
    if (!sameNumber(draft, value)) setDraft(Number.isNaN(value) ? '' : String(value));
  }
  const change = (e: ChangeEvent<HTMLInputElement>) => {
    setDraft(e.target.value);
    onChange(e.target.value.trim() === '' ? Number.NaN : Number(e.target.value));
  };
  return (
    <input
      className={`${ui.control} ${styles.logit}`}
      type="number"
      inputMode="decimal"
      step={0.5}
      value={draft}
      onChange={change}
      aria-label={label}
      aria-invalid={invalid || undefined}
      aria-describedby={invalid ? errorId : undefined}
    />
  );
}
