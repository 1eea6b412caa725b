/** Connectors: arrows along horizontal and vertical segments (no SVG markers, so no ids), plain
 * lines, and the merge symbols where paths join. */
import { FONT, SMALL, STROKE } from './style';

export type Point = readonly [number, number];

const HEAD = 7;
const HALF = 4;

function head(from: Point, to: Point): string {
  const [x1, y1] = from;
  const [x2, y2] = to;
  const dx = Math.sign(x2 - x1);
  const dy = Math.sign(y2 - y1);
  return [
    [x2, y2],
    [x2 - HEAD * dx - HALF * dy, y2 - HEAD * dy - HALF * dx],
    [x2 - HEAD * dx + HALF * dy, y2 - HEAD * dy + HALF * dx],
  ]
    .map((p) => p.join(','))
    .join(' ');
}

export interface ArrowLabel {
  text: string;
  /** Where on the last segment, from its start (0) to its end (1); default the middle. */
  at?: number;
  /** Which side of the segment: 'right'/'left' of a vertical one, 'above'/'below' a horizontal one. */
  side?: 'right' | 'left' | 'above' | 'below';
}

/** An arrow through `points`, its head at the last one, with an optional label on its last segment. */
export function Arrow({ points, label, dashed, tone = 'muted' }: { points: readonly Point[]; label?: ArrowLabel; dashed?: boolean; tone?: 'muted' | 'accent' }) {
  const from = points[points.length - 2];
  const to = points[points.length - 1];
  const colour = tone === 'accent' ? 'var(--accent)' : 'var(--muted)';
  return (
    <g>
      <polyline points={points.map((p) => p.join(',')).join(' ')} fill="none" stroke={colour} strokeWidth={STROKE} strokeDasharray={dashed ? '5 4' : undefined} />
      <polygon points={head(from, to)} fill={colour} />
      {label ? <SegmentLabel from={from} to={to} label={label} /> : null}
    </g>
  );
}

/** A line without a head (a path that joins another before it arrives). */
export function Line({ points, dashed }: { points: readonly Point[]; dashed?: boolean }) {
  return <polyline points={points.map((p) => p.join(',')).join(' ')} fill="none" stroke="var(--muted)" strokeWidth={STROKE} strokeDasharray={dashed ? '5 4' : undefined} />;
}

function SegmentLabel({ from, to, label }: { from: Point; to: Point; label: ArrowLabel }) {
  const t = label.at ?? 0.5;
  const x = from[0] + (to[0] - from[0]) * t;
  const y = from[1] + (to[1] - from[1]) * t;
  const vertical = from[0] === to[0];
  const side = label.side ?? (vertical ? 'right' : 'above');
  const gap = 7;
  const pos =
    side === 'right' ? { x: x + gap, y, anchor: 'start' as const }
    : side === 'left' ? { x: x - gap, y, anchor: 'end' as const }
    : side === 'above' ? { x, y: y - gap - 2, anchor: 'middle' as const }
    : { x, y: y + gap + 2, anchor: 'middle' as const };
  return (
    <text x={pos.x} y={pos.y} textAnchor={pos.anchor} dominantBaseline="central" fontSize={SMALL} fill="var(--muted)">
      {label.text}
    </text>
  );
}

export const MERGE_R = 12;

/** Where paths join: ⊕ adds them, ⊗ multiplies them channel by channel. */
export function MergeSymbol({ x, y, op }: { x: number; y: number; op: 'add' | 'multiply' }) {
  return (
    <g>
      <circle cx={x} cy={y} r={MERGE_R} fill="var(--surface)" stroke="var(--fg)" strokeWidth={STROKE} />
      <text x={x} y={y + 1} textAnchor="middle" dominantBaseline="central" fontSize={FONT + 4} fill="var(--fg)">
        {op === 'add' ? '+' : '×'}
      </text>
    </g>
  );
}
