import { useId, useMemo, type MouseEvent } from 'react';
import type { ConvTrace } from '@/lib/compute/types';
import { useElementWidth } from '@/components/ui/useElementWidth';
import { cellTexts, fitFont, gridLook, outlineScale } from './cellText';
import { colourScale, signedPaint } from './colors';
import { CellGrid, type GridCell } from './CellGrid';
import { fmt } from './format';
import type { Geometry } from './geometry';
import { TEXT_LIMIT } from './PaddedInput';
import { strings } from './strings';
import styles from './stepper.module.css';

const CELL = 36;
const M = 3;

interface Props {
  geometry: Geometry;
  /** Null until the compute engine has produced the numbers: an empty map is drawn. */
  trace: ConvTrace | null;
  outChannels: number;
  step: number;
  onSelect: (p: number) => void;
  /** Show every output value (a matrix product computes them all at once), not just those up to `step`. */
  fillAll?: boolean;
  /** Upper bound on a drawn cell, in rem. */
  maxCell?: number;
}

/** The output feature map(s), filled up to the current window; the current cell outlined. */
export function OutputPanel({ geometry: g, trace, outChannels, step, onSelect, fillAll = false, maxCell = 2.25 }: Props) {
  return (
    <div className={styles.outputs}>
      {Array.from({ length: outChannels }, (_, o) => (
        <OutputMap key={o} g={g} trace={trace} o={o} total={outChannels} step={step} fillAll={fillAll} onSelect={onSelect} maxCell={maxCell} />
      ))}
    </div>
  );
}

interface MapProps {
  g: Geometry;
  trace: ConvTrace | null;
  o: number;
  total: number;
  step: number;
  fillAll: boolean;
  onSelect: (p: number) => void;
  maxCell: number;
}

function OutputMap({ g, trace, o, total, step, fillAll, onSelect, maxCell }: MapProps) {
  const { outH, outW, positions: P } = g;
  const showText = outW <= TEXT_LIMIT && outH <= TEXT_LIMIT;
  const cellRem = outW > TEXT_LIMIT ? Math.min(maxCell, 1.4) : maxCell;
  // The drawn width decides how many decimals fit in a cell (fewer on a phone than on a laptop).
  const [ref, width] = useElementWidth<HTMLDivElement>(outW * cellRem * 16);
  const cellPx = width / (outW + (2 * M) / CELL);
  const texts = useMemo(() => (trace && showText ? cellTexts(trace.output.subarray(o * P, (o + 1) * P), cellPx, CELL) : null), [trace, showText, o, P, cellPx]);
  // Every value, drawn once per trace; the cells not yet computed are covered by a mask below.
  const cells = useMemo(() => {
    if (!trace) return Array.from({ length: P }, (): GridCell => ({}));
    const m = colourScale(trace, o, !showText);
    return Array.from({ length: P }, (_, p): GridCell => {
      const v = trace.output[o * P + p];
      return {
        paint: signedPaint(v, m),
        text: texts?.[p],
        title: strings.outputCell(Math.floor(p / outW), p % outW, fmt(v)),
        value: String(v),
      };
    });
  }, [trace, o, P, outW, showText, texts]);
  // One font for the whole map (the rows are separate grids).
  const fontSize = useMemo(() => fitFont(cells.map((c) => c.text), CELL), [cells]);
  const masked = trace !== null && !fillAll;
  const r = Math.floor(step / outW);
  const c = step % outW;
  // One CellGrid per row, each given the same cells array until the window reaches it, so a step
  // re-renders one row (the one the window is in), not all outH · outW cells of a large photo.
  // Only the cells the window has reached carry their exact value (data-value).
  const rows = useMemo(
    () =>
      Array.from({ length: outH }, (_, i) => {
        const done = cells.slice(i * outW, (i + 1) * outW);
        return { done, pending: masked ? done.map((cell): GridCell => ({ ...cell, value: undefined })) : done };
      }),
    [cells, outH, outW, masked],
  );
  const currentRow = useMemo(
    () => (masked && rows[r] ? rows[r].done.map((cell, j) => (j <= c ? cell : rows[r].pending[j])) : null),
    [rows, masked, r, c],
  );
  const pattern = `pending-${useId().replace(/:/g, '')}`;
  const title = strings.outputTitle(o, total, outH, outW);
  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    const units = (outW * CELL + 2 * M) / box.width;
    const col = Math.floor(((e.clientX - box.left) * units - M) / CELL);
    const row = Math.floor(((e.clientY - box.top) * units - M) / CELL);
    if (row >= 0 && row < outH && col >= 0 && col < outW) onSelect(row * outW + col);
  };
  const look = gridLook(showText, cellPx);
  const viewBox = `${-M} ${-M} ${outW * CELL + 2 * M} ${outH * CELL + 2 * M}`;
  // The cells are drawn once per trace; what moves with the window (the mask over the cells not yet
  // computed, the current cell's outline) is a separate SVG on top, cheap to redraw at every step.
  return (
    <figure className={styles.outputMap}>
      {total > 1 ? <figcaption className={styles.mapCaption}>{title}</figcaption> : null}
      {/* A click picks a window (keyboard users have the arrow keys on the figure). */}
      <div ref={ref} className={`${styles.layers} ${styles.clickable}`} style={{ maxWidth: `${outW * cellRem + 0.4}rem` }} onClick={onClick}>
        <svg className={look ? `${styles.svg} ${styles[look]}` : styles.svg} viewBox={viewBox} role="img" aria-label={title} data-output-channel={o}>
          {rows.map((row, i) => (
            <CellGrid key={i} rows={1} cols={outW} size={CELL} y={i * CELL} fontSize={fontSize} cells={!masked || i < r ? row.done : i > r ? row.pending : (currentRow ?? row.done)} />
          ))}
        </svg>
        <svg className={styles.overlay} viewBox={viewBox} aria-hidden="true">
          {masked ? (
            <>
              <defs>
                <pattern id={pattern} width={CELL} height={CELL} patternUnits="userSpaceOnUse">
                  <rect width={CELL} height={CELL} className={styles.pendingCell} />
                </pattern>
              </defs>
              <g fill={`url(#${pattern})`} className={styles.pending}>
                <title>{strings.outputPending}</title>
                {/* 1 unit past the map's outer edges, to cover the cells' borders there too. */}
                {c < outW - 1 ? <rect x={(c + 1) * CELL} y={r * CELL} width={(outW - c - 1) * CELL + 1} height={CELL} /> : null}
                {r < outH - 1 ? <rect x={-1} y={(r + 1) * CELL} width={outW * CELL + 2} height={(outH - r - 1) * CELL + 1} /> : null}
              </g>
            </>
          ) : null}
          <rect
            className={`${styles.current} ${styles.window}`}
            x={0}
            y={0}
            width={CELL}
            height={CELL}
            style={{ transform: `translate(${c * CELL}px, ${r * CELL}px)`, strokeWidth: 5 * outlineScale(5, cellPx, CELL) }}
          />
        </svg>
      </div>
    </figure>
  );
}
