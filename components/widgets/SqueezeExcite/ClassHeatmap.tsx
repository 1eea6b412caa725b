'use client';
import { diverging, ramp } from '@/components/widgets/shared/attention/colour';
import { S } from './strings';
import type { HeatMode } from './state';
import styles from './SqueezeExcite.module.css';

interface Props {
  /** Mean excitation [class][channel]. */
  mean: number[][];
  mode: HeatMode;
  selected: number;
}

const CELL = 22;
const LEFT = 86;

/** Mean SE weight per class and channel; in 'difference' mode each column has its average over classes removed. */
export function ClassHeatmap({ mean, mode, selected }: Props) {
  const c = mean[0].length;
  const avg = Array.from({ length: c }, (_, k) => mean.reduce((s, row) => s + row[k], 0) / mean.length);
  const diff = mean.map((row) => row.map((v, k) => v - avg[k]));
  const spread = Math.max(1e-9, ...diff.flat().map(Math.abs));
  const width = LEFT + c * CELL + 4;
  const height = 18 + mean.length * CELL;
  return (
    <svg viewBox={`0 0 ${width} ${height}`} className={styles.heatSvg} role="img" aria-label={S.heatLabel} data-part="heatmap">
      {Array.from({ length: c }, (_, k) => (
        <text key={k} x={LEFT + k * CELL + CELL / 2} y={12} textAnchor="middle" className={k === selected ? styles.tickStrong : styles.tick}>{k}</text>
      ))}
      {mean.map((row, l) => (
        <g key={l}>
          <text x={LEFT - 4} y={18 + l * CELL + CELL / 2 + 4} textAnchor="end" className={styles.tick}>{S.className(l)}</text>
          {row.map((v, k) => {
            const fill = mode === 'difference' ? diverging(diff[l][k] / spread) : `rgb(${ramp(v).join(',')})`;
            return (
              <rect key={k} x={LEFT + k * CELL} y={18 + l * CELL} width={CELL - 1} height={CELL - 1} fill={fill}>
                <title>{`${S.className(l)}, channel ${k}: ${v.toFixed(3)} (${diff[l][k] >= 0 ? '+' : ''}${diff[l][k].toFixed(3)} from the average)`}</title>
              </rect>
            );
          })}
        </g>
      ))}
      <rect x={LEFT + selected * CELL - 1} y={17} width={CELL + 1} height={mean.length * CELL + 1} className={styles.heatSelected} />
    </svg>
  );
}
