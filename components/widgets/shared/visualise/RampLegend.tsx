'use client';
import { rampGradient, type MapScale } from './colour';
import css from './visualise.module.css';

interface Props {
  scale: MapScale;
  /** Words at the two ends and (diverging) the middle. */
  low: string;
  high: string;
  middle?: string;
  label: string;
}

/** The colour key of a map: a gradient bar with its ends named. */
export function RampLegend({ scale, low, high, middle, label }: Props) {
  return (
    <div className={css.legend} role="img" aria-label={label}>
      <span className={css.legendBar} style={{ backgroundImage: rampGradient(scale) }} />
      <span className={css.legendEnds} aria-hidden="true">
        <span>{low}</span>
        {middle ? <span>{middle}</span> : null}
        <span>{high}</span>
      </span>
    </div>
  );
}
