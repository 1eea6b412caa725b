import { useId, type ReactNode } from 'react';
import { line } from 'd3';
import c from './chart.module.css';

type Scale = (v: number) => number;

/** A polyline through points; `color` a theme colour, `dashed` tells it apart without colour (true, or a dash pattern such as '2 4' for dots). */
export function LinePath({ points, x, y, color = 'var(--accent)', dashed, faded, width = 2.5, className }: { points: readonly (readonly [number, number])[]; x: Scale; y: Scale; color?: string; dashed?: boolean | string; faded?: boolean; width?: number; className?: string }) {
  const d = line<readonly [number, number]>()
    .defined(([a, b]) => Number.isFinite(a) && Number.isFinite(b))
    .x(([a]) => x(a))
    .y(([, b]) => y(b))(points);
  return <path d={d ?? ''} className={`${c.line} ${className ?? ''}`} stroke={color} strokeWidth={width} strokeDasharray={typeof dashed === 'string' ? dashed : dashed ? '6 4' : undefined} opacity={faded ? 0.4 : undefined} />;
}

/** A horizontal or vertical reference line (a threshold, zero) with an optional label. */
export function Rule({ x1, x2, y1, y2, label, className }: { x1: number; x2: number; y1: number; y2: number; label?: string; className?: string }) {
  return (
    <g>
      <line x1={x1} x2={x2} y1={y1} y2={y2} className={`${c.rule} ${className ?? ''}`} />
      {label ? (
        <text x={Math.max(x1, x2) - 4} y={Math.min(y1, y2) - 5} textAnchor="end" className={c.tick}>
          {label}
        </text>
      ) : null}
    </g>
  );
}

/** Where a mark spans the plot: the ChartSize of ChartFrame, or one panel of `stackPanels`. */
interface Plot {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * A line across the plot at one value: `RuleX` vertical (a cursor, the mean), `RuleY` horizontal
 * (zero, a threshold, a target). `kind` picks one of the course's reference-line looks.
 */
export type RuleKind = 'reference' | 'cursor' | 'threshold' | 'zero' | 'target';
const RULES: Record<RuleKind, { stroke: string; width: number; dash?: string; opacity?: number }> = {
  reference: { stroke: 'var(--muted)', width: 1.5, dash: '5 4' },
  cursor: { stroke: 'var(--fg)', width: 1, dash: '3 3', opacity: 0.6 },
  threshold: { stroke: 'var(--highlight)', width: 1.5, dash: '5 4' },
  target: { stroke: 'var(--highlight)', width: 2, dash: '6 4' },
  zero: { stroke: 'var(--muted)', width: 1 },
};

interface RuleProps {
  plot: Plot;
  kind?: RuleKind;
  /** A colour or dash pattern other than the kind's. */
  color?: string;
  dash?: string;
  className?: string;
}

function ruleLine(kind: RuleKind, color: string | undefined, dash: string | undefined) {
  const r = RULES[kind];
  return { stroke: color ?? r.stroke, strokeWidth: r.width, strokeDasharray: dash ?? r.dash, opacity: r.opacity };
}

export function RuleX({ x, plot, kind = 'cursor', color, dash, className }: RuleProps & { x: number }) {
  return <line x1={x} x2={x} y1={plot.top} y2={plot.bottom} className={className} {...ruleLine(kind, color, dash)} />;
}

export function RuleY({ y, plot, kind = 'reference', label, color, dash, className }: RuleProps & { y: number; label?: string }) {
  return (
    <g>
      <line x1={plot.left} x2={plot.right} y1={y} y2={y} className={className} {...ruleLine(kind, color, dash)} />
      {label ? (
        <text x={plot.right - 4} y={y - 5} textAnchor="end" className={c.tick}>
          {label}
        </text>
      ) : null}
    </g>
  );
}

/** A shaded span of x across the plot (a saturating region, a band of ±β); `outlined` draws its edge dashed. */
export function BandX({ x1, x2, plot, color = 'var(--highlight-soft)', opacity, outlined, className, ...rest }: { x1: number; x2: number; plot: Plot; color?: string; opacity?: number; outlined?: boolean; className?: string } & Record<`data-${string}`, string | undefined>) {
  return (
    <rect
      x={Math.min(x1, x2)}
      width={Math.max(0, Math.abs(x2 - x1))}
      y={plot.top}
      height={Math.max(0, plot.bottom - plot.top)}
      fill={color}
      fillOpacity={opacity}
      className={`${outlined ? c.bandOutlined : ''} ${className ?? ''}`}
      {...rest}
    />
  );
}

/** One bar per datum from `y0` up to its value: a histogram (x0 … x1 a bin) or a bar chart (x0 … x1 a slot). */
export function Bars({ bars, x, y, y0 = 0, color = 'var(--accent)', opacity, gap = 1, className, onBar }: { bars: readonly { x0: number; x1: number; y: number; color?: string }[]; x: Scale; y: Scale; y0?: number; color?: string; opacity?: number; gap?: number; className?: string; /** A click on a bar (a pointer shortcut: the chart's keyboard control does the same). */ onBar?: (index: number) => void }) {
  return (
    <g className={className} fill={color} fillOpacity={opacity}>
      {bars.map((b, i) => {
        const left = x(b.x0) + gap / 2;
        const top = Math.min(y(b.y), y(y0));
        return b.y === y0 ? null : <rect key={i} x={left} width={Math.max(0.5, x(b.x1) - x(b.x0) - gap)} y={top} height={Math.max(1, Math.abs(y(y0) - y(b.y)))} fill={b.color} onClick={onBar && (() => onBar(i))} />;
      })}
    </g>
  );
}

/** Counts over equal bins from lo to hi, as bars. */
export const histogramBars = (counts: readonly number[], lo: number, hi: number) => counts.map((n, i) => ({ x0: lo + ((hi - lo) * i) / counts.length, x1: lo + ((hi - lo) * (i + 1)) / counts.length, y: n }));

/** The outline of a histogram (another run's counts drawn over the bars). */
export const histogramOutline = (counts: readonly number[], lo: number, hi: number): [number, number][] => [
  [lo, 0],
  ...histogramBars(counts, lo, hi).flatMap((b): [number, number][] => [
    [b.x0, b.y],
    [b.x1, b.y],
  ]),
  [hi, 0],
];

/** A point series (or one point): discs, with a halo in the surface colour when they sit on lines. */
export function Dots({ points, x, y, r = 4, color = 'var(--accent)', stroke, halo, opacity, className }: { points: readonly (readonly [number, number])[]; x: Scale; y: Scale; r?: number; color?: string; /** An edge colour (open rings: `color` the surface). */ stroke?: string; halo?: boolean; opacity?: number; className?: string }) {
  return (
    <g fill={color} fillOpacity={opacity} stroke={stroke} strokeWidth={stroke ? 2 : undefined} className={`${halo ? c.halo : ''} ${className ?? ''}`}>
      {points.map(([a, b], i) => (Number.isFinite(a) && Number.isFinite(b) ? <circle key={i} cx={x(a)} cy={y(b)} r={r} /> : null))}
    </g>
  );
}

/** Marks that may leave the plot (a curve off the scale) cut at its edge. */
export function Clip({ plot, children }: { plot: Plot; children: ReactNode }) {
  const id = `clip${useId().replace(/:/g, '')}`;
  return (
    <>
      <clipPath id={id}>
        <rect x={plot.left} y={plot.top} width={Math.max(0, plot.right - plot.left)} height={Math.max(0, plot.bottom - plot.top)} />
      </clipPath>
      <g clipPath={`url(#${id})`}>{children}</g>
    </>
  );
}

/** Text inside the plot: a panel's name in its top-left corner, or a value by its point (on the roomier side that fits, else the top-right corner). */
export function PlotLabel({ plot, at, text, strong }: { plot: Plot; at?: readonly [number, number]; text: string; strong?: boolean }) {
  let x = plot.left + 4;
  let y = plot.top + 12;
  let anchor: 'start' | 'end' = 'start';
  if (at) {
    // About 7.5 px a character at 12 px.
    const w = text.length * 7.5;
    const [px, py] = at;
    const top = Math.max(plot.top + 12, py - 10);
    // On the side with more room (away from a curve's centre), else the other, else the corner.
    const fitsRight = px + 10 + w <= plot.right;
    const fitsLeft = px - 10 - w >= plot.left;
    if (fitsRight && (px < (plot.left + plot.right) / 2 || !fitsLeft)) [x, y] = [px + 10, top];
    else if (fitsLeft) [x, y, anchor] = [px - 10, top, 'end'];
    else [x, y, anchor] = [plot.right, plot.top + 12, 'end'];
  }
  return (
    <text x={x} y={y} textAnchor={anchor} className={at || strong ? c.pointLabel : c.label}>
      {text}
    </text>
  );
}
