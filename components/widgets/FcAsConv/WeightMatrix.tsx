import { S } from './strings';
import styles from './FcAsConv.module.css';

interface Props {
  weights: ArrayLike<number>;
  rows: number;
  cols: number;
  /** Columns per channel, to draw a thin line between channels. */
  perChannel: number;
  unit: number;
  onPick: (unit: number) => void;
}

const CELL = 22;

/** The weight matrix as coloured cells (too many numbers to print), one clickable row per unit. */
export function WeightMatrix({ weights, rows, cols, perChannel, unit, onPick }: Props) {
  const width = cols * CELL;
  const height = rows * CELL;
  return (
    <svg
      className={styles.matrix}
      viewBox={`-2 -2 ${width + 4} ${height + 4}`}
      style={{ maxWidth: `${width + 4}px` }}
      role="img"
      aria-label={S.matrixAlt(rows, cols, unit)}
    >
      {Array.from({ length: rows }, (_, r) => (
        <g key={r} onClick={() => onPick(r)} className={styles.matrixRow}>
          {Array.from({ length: cols }, (_, c) => {
            const v = weights[r * cols + c];
            return (
              <rect
                key={c}
                x={c * CELL}
                y={r * CELL}
                width={CELL - 1}
                height={CELL - 1}
                className={v < 0 ? styles.negRect : styles.posRect}
                fillOpacity={0.15 + 0.85 * Math.min(1, Math.abs(v))}
              />
            );
          })}
        </g>
      ))}
      {Array.from({ length: Math.floor((cols - 1) / perChannel) }, (_, i) => (
        <line key={i} x1={(i + 1) * perChannel * CELL - 0.5} x2={(i + 1) * perChannel * CELL - 0.5} y1={-2} y2={height + 2} className={styles.channelLine} />
      ))}
      <rect x={-1.5} y={unit * CELL - 1.5} width={width + 2} height={CELL + 2} className={styles.rowMark} />
    </svg>
  );
}
