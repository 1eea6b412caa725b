import type { CSSProperties } from 'react';
import { fmt1 } from './format';
import styles from './seededLayer.module.css';

export interface ValueGridProps {
  /** Row-major values of one rows × cols grid. */
  values: ArrayLike<number>;
  rows: number;
  cols: number;
  /** Outlined rectangle: top, left, height, width (a window or one pixel). */
  mark?: { r: number; c: number; h: number; w: number };
  /** How a value is written; one decimal by default. */
  format?: (v: number) => string;
  /** Called when the reader clicks a cell. */
  onPick?: (r: number, c: number) => void;
  label: string;
  /** Largest |value| for the colour scale (default 1). */
  scale?: number;
  /** Wider cells, for three decimals. */
  wide?: boolean;
}

/** A small grid of numbers, tinted green (positive) or red (negative), with an optional outline. */
export function ValueGrid({ values, rows, cols, mark, format = fmt1, onPick, label, scale = 1, wide = false }: ValueGridProps) {
  const cells = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const v = values[r * cols + c];
      const tint = `${Math.round(Math.min(1, Math.abs(v) / scale) * 45)}%`;
      cells.push(
        <span
          key={`${r}-${c}`}
          className={`${styles.cell} ${v < 0 ? styles.neg : styles.pos}`}
          style={{ '--tint': tint, gridRow: r + 1, gridColumn: c + 1 } as CSSProperties}
          data-value={v}
          onClick={onPick ? () => onPick(r, c) : undefined}
        >
          {format(v)}
        </span>,
      );
    }
  }
  return (
    <div className={wide ? `${styles.gridBox} ${styles.wide}` : styles.gridBox}>
      <span className={styles.gridLabel}>{label}</span>
      <div className={onPick ? `${styles.grid} ${styles.pickable}` : styles.grid} style={{ gridTemplateColumns: `repeat(${cols}, var(--cell))` }} aria-hidden="true">
        {cells}
        {mark ? <span className={styles.mark} style={{ gridRow: `${mark.r + 1} / span ${mark.h}`, gridColumn: `${mark.c + 1} / span ${mark.w}` }} /> : null}
      </div>
    </div>
  );
}
