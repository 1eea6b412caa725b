/**
 * The one visual language of the course map's lesson pictures: a 160 × 100 canvas, two stroke
 * widths, a 10-unit cell, and colours only through the theme's CSS variables (app/theme.css), so
 * light, dark and print all follow. Static SVG, no client code.
 */
import type { ReactNode } from 'react';

export const W = 160;
export const H = 100;
/** Outlines and curves. */
export const STROKE = 1.5;
/** Grid lines and connections. */
export const THIN = 1;
/** The side of one cell of a drawn map. */
export const CELL = 10;

export const C = {
  fg: 'var(--fg)',
  muted: 'var(--muted)',
  border: 'var(--border)',
  surface: 'var(--surface-2)',
  accent: 'var(--accent)',
  accentSoft: 'var(--accent-soft)',
  highlight: 'var(--highlight)',
  positive: 'var(--positive)',
  negative: 'var(--negative)',
} as const;

/** The picture's frame: role img with its description; nothing inside is read out. */
export function Picture({ label, children }: { label: string; children: ReactNode }) {
  return (
    <svg className="lesson-picture" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label} focusable="false">
      {children}
    </svg>
  );
}

/** A shade for a value in [0, 1]: two decimals, or one of `levels` steps for a large map. */
export const shade = (v: number, levels?: number) => (levels ? Math.round(v * levels) / levels : round(v));

/**
 * A cell map: `values` row-major in [0, 1] shade each cell in `colour` (0 leaves it empty). Cells
 * of one shade are one path, neighbours in a row one run, so a 14 × 14 image stays a few hundred
 * bytes of markup; `levels` rounds the shades of a large map to that many steps.
 */
export function CellMap({
  x,
  y,
  rows,
  cols,
  values,
  cell = CELL,
  colour = C.accent,
  outline = true,
  levels,
  bare = false,
}: {
  x: number;
  y: number;
  rows: number;
  cols: number;
  values?: ArrayLike<number>;
  cell?: number;
  colour?: string;
  outline?: boolean;
  levels?: number;
  /** Only the shaded cells: no background, grid or border. */
  bare?: boolean;
}) {
  const runs = new Map<number, string[]>();
  if (values) {
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; ) {
        const v = shade(values[r * cols + c], levels);
        let end = c + 1;
        while (end < cols && shade(values[r * cols + end], levels) === v) end++;
        if (v > 0) {
          const w = round((end - c) * cell);
          runs.set(v, [...(runs.get(v) ?? []), `M${round(x + c * cell)} ${round(y + r * cell)}h${w}v${round(cell)}h-${w}z`]);
        }
        c = end;
      }
    }
  }
  const lines: string[] = [];
  if (outline && !bare) {
    for (let r = 1; r < rows; r++) lines.push(`M${x} ${y + r * cell}h${cols * cell}`);
    for (let c = 1; c < cols; c++) lines.push(`M${x + c * cell} ${y}v${rows * cell}`);
  }
  return (
    <g>
      {!values && <rect x={x} y={y} width={cols * cell} height={rows * cell} fill={C.surface} />}
      {[...runs].map(([v, d]) => (
        <path key={v} d={d.join('')} fill={colour} fillOpacity={v} />
      ))}
      {outline && !bare && <path d={lines.join('')} stroke={C.border} strokeWidth={THIN} fill="none" />}
      {!bare && <rect x={x} y={y} width={cols * cell} height={rows * cell} fill="none" stroke={C.muted} strokeWidth={outline ? STROKE : THIN} />}
    </g>
  );
}

/** A straight arrow from (x1, y1) to (x2, y2), head drawn as a polygon (no marker ids to clash). */
export function Arrow({ x1, y1, x2, y2, colour = C.muted }: { x1: number; y1: number; x2: number; y2: number; colour?: string }) {
  const len = Math.hypot(x2 - x1, y2 - y1) || 1;
  const [ux, uy] = [(x2 - x1) / len, (y2 - y1) / len];
  const head = [
    [x2, y2],
    [x2 - 5 * ux - 3 * uy, y2 - 5 * uy + 3 * ux],
    [x2 - 5 * ux + 3 * uy, y2 - 5 * uy - 3 * ux],
  ];
  return (
    <g>
      <line x1={x1} y1={y1} x2={x2 - 4 * ux} y2={y2 - 4 * uy} stroke={colour} strokeWidth={STROKE} />
      <polygon points={head.map((p) => p.map(round).join(',')).join(' ')} fill={colour} />
    </g>
  );
}

/** A linear map from [d0, d1] onto [r0, r1]. */
export const scale =
  (d0: number, d1: number, r0: number, r1: number) =>
  (v: number): number =>
    r0 + ((v - d0) / (d1 - d0 || 1)) * (r1 - r0);

/** Two decimals are plenty for a 160-unit canvas and keep the markup short. */
export const round = (v: number) => Math.round(v * 100) / 100;

/** An SVG path through points. */
export const pathOf = (points: readonly (readonly [number, number])[]) =>
  points.map(([px, py], i) => `${i ? 'L' : 'M'}${round(px)} ${round(py)}`).join('');

/** A plot's two axes: a baseline and a left edge, as thin muted lines. */
export function Axes({ x0, x1, y0, y1, baseline = y1 }: { x0: number; x1: number; y0: number; y1: number; baseline?: number }) {
  return <path d={`M${x0} ${y0}V${y1}M${x0} ${round(baseline)}H${x1}`} stroke={C.muted} strokeWidth={THIN} fill="none" />;
}

/** Bars standing on a baseline: `values` in [0, 1] of `height`. */
export function Bars({
  x,
  y,
  width,
  height,
  values,
  colours,
  gap = 1,
}: {
  x: number;
  y: number;
  width: number;
  height: number;
  values: readonly number[];
  colours: string | readonly string[];
  gap?: number;
}) {
  const step = width / values.length;
  return (
    <g>
      {values.map((v, i) => (
        <rect
          key={i}
          x={round(x + i * step + gap / 2)}
          y={round(y + height * (1 - v))}
          width={round(step - gap)}
          height={round(height * v)}
          fill={typeof colours === 'string' ? colours : colours[i]}
        />
      ))}
    </g>
  );
}
