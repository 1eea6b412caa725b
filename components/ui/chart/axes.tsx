import type { ReactNode } from 'react';
import type { ChartSize } from './ChartFrame';
import c from './chart.module.css';

/** What an axis needs of a d3 scale (linear, log, time, point). */
export interface TickScale {
  (value: number): number;
  ticks(count?: number): number[];
}

interface AxisProps {
  scale: TickScale;
  size: ChartSize;
  /** About how many ticks; or the exact ticks. */
  ticks?: number | readonly number[];
  format?: (v: number) => string;
  /** The axis title (with its unit). */
  label?: ReactNode;
  /** Dashed lines across the plot at each tick. */
  grid?: boolean;
}

const tickValues = (scale: TickScale, ticks: number | readonly number[] | undefined, fallback: number) =>
  Array.isArray(ticks) ? (ticks as number[]) : scale.ticks(typeof ticks === 'number' ? ticks : fallback);

/** The x axis along the bottom of the plot: baseline, ticks, labels, title. */
export function AxisBottom({ scale, size, ticks, format = String, label, grid }: AxisProps) {
  const values = tickValues(scale, ticks, Math.max(2, Math.floor((size.right - size.left) / 80)));
  return (
    <g className={c.axis} data-axis="x">
      {grid ? values.map((t) => <line key={`g${t}`} x1={scale(t)} x2={scale(t)} y1={size.top} y2={size.bottom} className={c.grid} />) : null}
      <line x1={size.left} x2={size.right} y1={size.bottom} y2={size.bottom} className={c.domain} />
      {values.map((t) => (
        <g key={t} transform={`translate(${scale(t)},${size.bottom})`}>
          <line y2={5} className={c.domain} />
          <text y={18} textAnchor="middle" className={c.tick}>
            {format(t)}
          </text>
        </g>
      ))}
      {label ? (
        <text x={(size.left + size.right) / 2} y={size.height - 4} textAnchor="middle" className={c.label}>
          {label}
        </text>
      ) : null}
    </g>
  );
}

/** The y axis along the left of the plot: baseline, ticks, labels, title (above the axis, clear of the top tick: leave a top margin of 22 px for it). */
export function AxisLeft({ scale, size, ticks, format = String, label, grid = true }: AxisProps) {
  const values = tickValues(scale, ticks, Math.max(2, Math.floor((size.bottom - size.top) / 40)));
  return (
    <g className={c.axis} data-axis="y">
      {grid ? values.map((t) => <line key={`g${t}`} x1={size.left} x2={size.right} y1={scale(t)} y2={scale(t)} className={c.grid} />) : null}
      <line x1={size.left} x2={size.left} y1={size.top} y2={size.bottom} className={c.domain} />
      {values.map((t) => (
        <text key={t} x={size.left - 7} y={scale(t)} dy="0.32em" textAnchor="end" className={c.tick}>
          {format(t)}
        </text>
      ))}
      {label ? (
        <text x={4} y={size.top - 10} className={c.label}>
          {label}
        </text>
      ) : null}
    </g>
  );
}
