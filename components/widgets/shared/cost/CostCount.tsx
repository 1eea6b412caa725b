import styles from './cost.module.css';

interface Props {
  label: string;
  /** The number as printed (exact, with separators). */
  value: string;
  /** The same number put another way (compact, in bytes), in brackets after it. */
  extra?: string;
  /** Marks the value for tests and presenters (`data-total`). */
  total?: string;
}

/** One count of a cost readout: its label, the number in bold monospace, and another way to read it. */
export function CostCount({ label, value, extra, total }: Props) {
  return (
    <p className={styles.count}>
      <span className={styles.label}>{label}</span>{' '}
      <span className={styles.value} data-total={total}>
        {value}
      </span>
      {extra ? <span className={styles.extra}> ({extra})</span> : null}
    </p>
  );
}
