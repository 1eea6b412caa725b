import { line } from 'd3';
import c from './chart.module.css';

type Scale = (v: number) => number;

/** A polyline through points; `tone` picks a theme colour, `dashed` tells it apart without colour. */
export function LinePath({ points, x, y, color = 'var(--accent)', dashed, faded, width = 2.5, className }: { points: readonly (readonly [number, number])[]; x: Scale; y: Scale; color?: string; dashed?: boolean; faded?: boolean; width?: number; className?: string }) {
  const d = line<readonly [number, number]>()
    .defined(([a, b]) => Number.isFinite(a) && Number.isFinite(b))
    .x(([a]) => x(a))
    .y(([, b]) => y(b))(points);
  return <path d={d ?? ''} className={`${c.line} ${className ?? ''}`} stroke={color} strokeWidth={width} strokeDasharray={dashed ? '6 4' : undefined} opacity={faded ? 0.4 : undefined} />;
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
