import { useId, useMemo, type MouseEvent } from 'react';
import type { ConvTrace } from '@/lib/compute/types';
import { signedPaint } from './colors';
import { CellGrid, type GridCell } from './CellGrid';
import { fmt, maxAbs } from './format';
import type { Geometry } from './geometry';
import { TEXT_LIMIT } from './PaddedInput';
import { strings } from './strings';
import styles from './ConvolutionStepper.module.css';

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
  // Every value, drawn once per trace; the cells not yet computed are covered by a mask below.
  const cells = useMemo(() => {
    if (!trace) return Array.from({ length: P }, (): GridCell => ({}));
    const m = maxAbs(trace.output, o * P, (o + 1) * P);
    return Array.from({ length: P }, (_, p): GridCell => {
      const v = trace.output[o * P + p];
      return {
        paint: signedPaint(v, m),
        text: showText ? fmt(v) : undefined,
        title: strings.outputCell(Math.floor(p / outW), p % outW, fmt(v)),
        value: String(v),
      };
    });
  }, [trace, o, P, showText, outW]);
  const masked = trace && !fillAll;
  // Only the cells the window has reached carry their exact value.
  const shown = useMemo(() => (masked ? cells.map((cell, p) => (p <= step ? cell : { ...cell, value: undefined })) : cells), [cells, masked, step]);
  const pattern = `pending-${useId().replace(/:/g, '')}`;
  const cellRem = outW > TEXT_LIMIT ? Math.min(maxCell, 1.4) : maxCell;
  const r = Math.floor(step / outW);
  const c = step % outW;
  const title = strings.outputTitle(o, total, outH, outW);
  const onClick = (e: MouseEvent<SVGSVGElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    const units = (outW * CELL + 2 * M) / box.width;
    const col = Math.floor(((e.clientX - box.left) * units - M) / CELL);
    const row = Math.floor(((e.clientY - box.top) * units - M) / CELL);
    if (row >= 0 && row < outH && col >= 0 && col < outW) onSelect(row * outW + col);
  };
  return (
    <figure className={styles.outputMap}>
      {total > 1 ? <figcaption className={styles.mapCaption}>{title}</figcaption> : null}
      <svg
        className={`${styles.svg} ${styles.clickable}`}
        viewBox={`${-M} ${-M} ${outW * CELL + 2 * M} ${outH * CELL + 2 * M}`}
        style={{ maxWidth: `${outW * cellRem + 0.4}rem` }}
        role="img"
        aria-label={title}
        data-output-channel={o}
        onClick={onClick}
      >
        <defs>
          <pattern id={pattern} width={CELL} height={CELL} patternUnits="userSpaceOnUse">
            <rect width={CELL} height={CELL} className={styles.pendingCell} />
          </pattern>
        </defs>
        <CellGrid rows={outH} cols={outW} size={CELL} cells={shown} />
        {masked ? (
          <g fill={`url(#${pattern})`}>
            <title>{strings.outputPending}</title>
            {c < outW - 1 ? <rect x={(c + 1) * CELL} y={r * CELL} width={(outW - c - 1) * CELL} height={CELL} /> : null}
            {r < outH - 1 ? <rect x={0} y={(r + 1) * CELL} width={outW * CELL} height={(outH - r - 1) * CELL} /> : null}
          </g>
        ) : null}
        <rect className={`${styles.current} ${styles.window}`} x={0} y={0} width={CELL} height={CELL} style={{ transform: `translate(${c * CELL}px, ${r * CELL}px)` }} />
      </svg>
    </figure>
  );
}
