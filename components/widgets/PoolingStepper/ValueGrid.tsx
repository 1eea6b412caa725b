import { useMemo, type MouseEvent } from 'react';
import { useElementWidth } from '@/components/ui/useElementWidth';
import { CellGrid, type GridCell } from '@/components/widgets/shared/stepper/CellGrid';
import { cellTexts, gridLook, outlineScale } from '@/components/widgets/shared/stepper/cellText';
import type { CellPaint } from '@/components/widgets/shared/stepper/colors';
import stepper from '@/components/widgets/shared/stepper/stepper.module.css';
import styles from './PoolingStepper.module.css';

const CELL = 36;
const M = 3;
/** Grids wider or taller than this show their values on hover only. */
export const TEXT_LIMIT = 14;

export interface ValueCell {
  /** The number drawn (fitted to the cell's drawn size); omitted for padding or pending cells. */
  value?: number;
  /** Fixed text instead of a number (−∞ in max pooling's padding). */
  text?: string;
  padding?: boolean;
  paint?: CellPaint;
  title: string;
  /** Not computed yet: drawn as an empty, dashed cell. */
  pending?: boolean;
}

export interface Spot {
  row: number;
  col: number;
}

interface Props {
  rows: number;
  cols: number;
  cells: readonly ValueCell[];
  label: string;
  /** The window's outline: top-left cell and side, in this grid's cells. */
  window?: Spot & { size: number };
  /** Cells ringed in the highlight colour (the maximum, the cell picked, the cells receiving a gradient). */
  rings?: readonly Spot[];
  /** The current output cell. */
  current?: Spot;
  onSelect?: (index: number) => void;
  /** Upper bound on a drawn cell, in rem. */
  maxCell?: number;
  /** data-part, for tests. */
  part?: string;
}

/** A grid of numbers (or a picture) with what moves at each step drawn on a layer above it. */
/** Small grids are drawn larger, so a 4×4 example reads from the back of a lecture room. */
const defaultCell = (cols: number) => (cols <= 6 ? 3.25 : cols <= 10 ? 2.75 : 2.25);

export function ValueGrid({ rows, cols, cells, label, window, rings = [], current, onSelect, maxCell = defaultCell(cols), part }: Props) {
  const showText = rows <= TEXT_LIMIT && cols <= TEXT_LIMIT;
  const cellRem = showText ? maxCell : Math.min(maxCell, 1.4);
  const [ref, width] = useElementWidth<HTMLDivElement>(cols * cellRem * 16);
  const cellPx = width / (cols + (2 * M) / CELL);
  const texts = useMemo(() => (showText ? cellTexts(cells.map((c) => c.value ?? 0), cellPx, CELL) : null), [cells, cellPx, showText]);
  const grid = useMemo(
    () =>
      cells.map(
        (c, k): GridCell =>
          c.pending
            ? { title: c.title }
            : {
                padding: c.padding,
                paint: c.paint,
                title: c.title,
                text: c.text ?? (texts && c.value !== undefined ? texts[k] : undefined),
                value: c.value !== undefined ? String(c.value) : undefined,
              },
      ),
    [cells, texts],
  );
  const look = gridLook(showText, cellPx);
  const thicken = outlineScale(5, cellPx, CELL);
  const viewBox = `${-M} ${-M} ${cols * CELL + 2 * M} ${rows * CELL + 2 * M}`;
  const onClick = onSelect
    ? (e: MouseEvent<HTMLDivElement>) => {
        const box = e.currentTarget.getBoundingClientRect();
        const units = (cols * CELL + 2 * M) / box.width;
        const col = Math.floor(((e.clientX - box.left) * units - M) / CELL);
        const row = Math.floor(((e.clientY - box.top) * units - M) / CELL);
        if (row >= 0 && row < rows && col >= 0 && col < cols) onSelect(row * cols + col);
      }
    : undefined;
  return (
    <div
      ref={ref}
      className={onSelect ? `${stepper.layers} ${stepper.clickable}` : stepper.layers}
      style={{ maxWidth: `${cols * cellRem + 0.4}rem` }}
      onClick={onClick}
      data-part={part}
    >
      <svg className={look ? `${stepper.svg} ${stepper[look]}` : stepper.svg} viewBox={viewBox} role="img" aria-label={label}>
        <CellGrid rows={rows} cols={cols} size={CELL} cells={grid} />
      </svg>
      <svg className={stepper.overlay} viewBox={viewBox} aria-hidden="true">
        {window ? (
          <g className={stepper.window} style={{ transform: `translate(${window.col * CELL}px, ${window.row * CELL}px)` }}>
            <rect x={0} y={0} width={window.size * CELL} height={window.size * CELL} className={styles.windowFill} />
            <rect x={0} y={0} width={window.size * CELL} height={window.size * CELL} className={stepper.windowFrame} style={{ strokeWidth: 5 * thicken }} />
          </g>
        ) : null}
        {rings.map((r) => (
          <rect key={`${r.row}-${r.col}`} x={r.col * CELL + 3} y={r.row * CELL + 3} width={CELL - 6} height={CELL - 6} rx={5} className={styles.ring} style={{ strokeWidth: 3 * thicken }} />
        ))}
        {current ? (
          <rect
            className={`${stepper.current} ${stepper.window}`}
            x={0}
            y={0}
            width={CELL}
            height={CELL}
            style={{ transform: `translate(${current.col * CELL}px, ${current.row * CELL}px)`, strokeWidth: 5 * thicken }}
          />
        ) : null}
      </svg>
    </div>
  );
}
