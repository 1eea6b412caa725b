'use client';
import { useNumberDraft } from '@/components/ui/useNumberDraft';
import fields from '@/components/ui/fields.module.css';
import styles from './CrossEntropyExplorer.module.css';

interface Props {
  label: string;
  value: number;
  onChange: (v: number) => void;
  invalid?: boolean;
  errorId?: string;
}

/** A logit typed into a table cell: free typing ("-", "2."), NaN while empty; follows outside changes. */
export function LogitInput({ label, value, onChange, invalid, errorId }: Props) {
  const draft = useNumberDraft(value, onChange);
  return (
    <input
      className={`${fields.control} ${styles.logit}`}
      type="number"
      inputMode="decimal"
      step={0.5}
      {...draft}
      aria-label={label}
      aria-invalid={invalid || undefined}
      aria-describedby={invalid ? errorId : undefined}
    />
  );
}
