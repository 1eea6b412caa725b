import { formatCount } from '@/lib/format/numberFormat';
import styles from './cost.module.css';

export interface LinearBar {
  key: string;
  label: string;
  value: number;
  /** A theme colour (var(--accent)…). */
  color: string;
  /** Marks the number for tests (`data-part`). */
  part?: string;
  /** The value a full bar stands for, when bars in one group are on different scales. */
  max?: number;
}

interface Props {
  bars: readonly LinearBar[];
  /** The bars in words: the group is one image for screen readers. */
  label: string;
  /** The value the longest bar stands for (default: the largest shown), to compare groups on one scale. */
  max?: number;
}

/** Horizontal bars on a linear scale against the largest value, the numbers printed beside them. */
export function LinearBars({ bars, label, max = Math.max(...bars.map((b) => b.value), 1) }: Props) {
  return (
    <div role="img" aria-label={label} className={styles.bars}>
      {bars.map((b) => (
        <div key={b.key} className={styles.barRow} aria-hidden="true">
          <span className={styles.barLabel}>{b.label}</span>
          <span className={styles.track}>
            <span className={styles.bar} style={{ width: `${Math.max((100 * b.value) / Math.max(b.max ?? max, 1), b.value > 0 ? 0.6 : 0)}%`, background: b.color }} />
          </span>
          <span className={styles.barValue} data-part={b.part}>
            {formatCount(b.value)}
          </span>
        </div>
      ))}
    </div>
  );
}
