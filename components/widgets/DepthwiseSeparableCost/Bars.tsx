import { formatCount } from '@/lib/format/numberFormat';
import styles from './DepthwiseSeparableCost.module.css';

export interface Bar {
  key: string;
  label: string;
  value: number;
  tone: 'std' | 'dw' | 'pw' | 'sum';
}

/** Horizontal bars on a linear scale against the largest value; the numbers are printed beside them. */
export function Bars({ bars, label }: { bars: Bar[]; label: string }) {
  const max = Math.max(...bars.map((b) => b.value), 1);
  return (
    <div role="img" aria-label={label} className={styles.bars}>
      {bars.map((b) => (
        <div key={b.key} className={styles.barRow} aria-hidden="true">
          <span className={styles.barLabel}>{b.label}</span>
          <span className={styles.track}>
            <span className={`${styles.bar} ${styles[b.tone]}`} style={{ width: `${Math.max((100 * b.value) / max, b.value > 0 ? 0.6 : 0)}%` }} />
          </span>
          <span className={styles.barValue} data-part={`${b.key}`}>
            {formatCount(b.value)}
          </span>
        </div>
      ))}
    </div>
  );
}
