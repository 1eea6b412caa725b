'use client';
import { S } from './strings';
import styles from './SqueezeExcite.module.css';

interface Props {
  probs: number[];
  /** The probabilities with nothing overridden, drawn as ticks. */
  base: number[];
  truth: number;
}

/** The ten class probabilities as horizontal bars; the true class is marked, the "as trained" value is a tick. */
export function ProbBars({ probs, base, truth }: Props) {
  const pred = probs.indexOf(Math.max(...probs));
  return (
    <div role="img" aria-label={S.probLabel(S.className(pred), S.pct(probs[pred]), S.className(truth))} className={styles.probs} data-part="probs">
      {probs.map((p, k) => (
        <div key={k} className={styles.probRow} data-class={k}>
          <span className={k === truth ? styles.probNameTruth : styles.probName}>{S.className(k)}</span>
          <span className={styles.probTrack}>
            <span className={k === pred ? styles.probFillPred : styles.probFill} style={{ width: `${100 * p}%` }} />
            <span className={styles.probTick} style={{ left: `${100 * base[k]}%` }} />
          </span>
          <span className={styles.probValue}>{S.pct(p)}</span>
        </div>
      ))}
    </div>
  );
}
