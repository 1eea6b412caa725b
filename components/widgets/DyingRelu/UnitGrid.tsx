'use client';
import type { KeyboardEvent } from 'react';
import { useElementWidth } from '@/components/ui/useElementWidth';
import { BATCH, VIEW_RADIUS, moveUnit, type UnitView } from './model';
import { S } from './strings';
import styles from './DyingRelu.module.css';

interface Props {
  units: UnitView[];
  inputs: Float64Array;
  /** ReLU: an off unit is dead. */
  dies: boolean;
  unit: number;
  onUnit: (j: number) => void;
  label: string;
  hintId: string;
}

const SIZE = 100;
const toPx = (v: number) => ((v + VIEW_RADIUS) / (2 * VIEW_RADIUS)) * SIZE;

/** The 16 units as small squares over the input plane; arrow keys or a click choose one. */
export function UnitGrid({ units, inputs, dies, unit, onUnit, label, hintId }: Props) {
  const [ref, width] = useElementWidth<HTMLDivElement>(640);
  const cols = width < 560 ? 4 : 8;
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const next = moveUnit(unit, e.key, cols);
    if (next === null) return;
    e.preventDefault();
    onUnit(next);
  };
  return (
    <div
      ref={ref}
      className={styles.grid}
      style={{ gridTemplateColumns: `repeat(${cols}, minmax(0, 1fr))` }}
      role="group"
      tabIndex={0}
      aria-label={`${S.gridLabel}. ${label}`}
      aria-describedby={hintId}
      onKeyDown={onKeyDown}
    >
      {units.map((u) => {
        const state = u.off ? (dies ? 'dead' : 'off') : 'alive';
        const chosen = u.index === unit;
        return (
          <div
            key={u.index}
            className={`${styles.unit} ${styles[state]} ${chosen ? styles.chosen : ''}`}
            data-unit={u.index}
            data-state={state}
            onClick={() => onUnit(u.index)}
            aria-hidden="true"
          >
            <span className={styles.unitName}>
              {u.index + 1}
              {u.off ? <span className={styles.tag}>{dies ? S.deadTag : S.offTag}</span> : null}
            </span>
            <svg viewBox={`0 0 ${SIZE} ${SIZE}`} className={styles.unitSvg}>
              {u.region.length > 2 ? <polygon points={u.region.map(([a, b]) => `${toPx(a)},${SIZE - toPx(b)}`).join(' ')} className={styles.region} /> : null}
              {Array.from({ length: BATCH }, (_, n) => {
                const x0 = inputs[2 * n];
                const x1 = inputs[2 * n + 1];
                const on = u.w[0] * x0 + u.w[1] * x1 + u.b > 0;
                return <circle key={n} cx={toPx(x0)} cy={SIZE - toPx(x1)} r={2.6} className={on ? styles.onDot : styles.offDot} />;
              })}
            </svg>
          </div>
        );
      })}
    </div>
  );
}
