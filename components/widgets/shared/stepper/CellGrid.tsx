import { memo } from 'react';
import { fitFont } from './cellText';
import type { CellPaint } from './colors';
import styles from './stepper.module.css';

export interface GridCell {
  paint?: CellPaint;
  text?: string;
  /** Hover text (the value when the grid is too small for text). */
  title?: string;
  /** Zero padding: drawn with --padding-cell and a dashed border. */
  padding?: boolean;
  /** The exact number, written to data-value so tests and tools can read what is drawn rounded. */
  value?: string;
}

interface Props {
  rows: number;
  cols: number;
  /** Cell size in SVG units. */
  size: number;
  cells: readonly GridCell[];
  x?: number;
  y?: number;
  onCellClick?: (index: number) => void;
  /** Font size in SVG units; by default the largest at which every cell's text fits its cell. */
  fontSize?: number;
}

/**
 * A grid of coloured cells, optionally with their values written in; one `<g>` of an SVG.
 * Memoized: pass the same `cells` array (and a stable click handler) and a step of the
 * animation does not redraw hundreds of cells.
 */
export const CellGrid = memo(function CellGrid({ rows, cols, size, cells, x = 0, y = 0, onCellClick, fontSize: font }: Props) {
  const fontSize = font ?? fitFont(cells.slice(0, rows * cols).map((c) => c.text), size);
  return (
    <g transform={`translate(${x},${y})`} className={onCellClick ? styles.clickable : undefined}>
      {cells.slice(0, rows * cols).map((cell, idx) => {
        const cx = (idx % cols) * size;
        const cy = Math.floor(idx / cols) * size;
        const cls = cell.padding ? styles.paddingCell : cell.paint ? styles.cell : styles.emptyCell;
        return (
          <g key={idx} data-value={cell.value} onClick={onCellClick ? () => onCellClick(idx) : undefined}>
            {cell.title ? <title>{cell.title}</title> : null}
            <rect x={cx} y={cy} width={size} height={size} className={cls} style={cell.paint && !cell.padding ? { fill: cell.paint.fill } : undefined} />
            {cell.text !== undefined ? (
              <text
                x={cx + size / 2}
                y={cy + size / 2}
                className={cell.padding ? styles.paddingText : styles.cellText}
                style={{ fontSize, fill: cell.padding ? undefined : cell.paint?.text }}
              >
                {cell.text}
              </text>
            ) : null}
          </g>
        );
      })}
    </g>
  );
});
