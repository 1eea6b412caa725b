/** A box of the diagram vocabulary: a layer, an operation or a tensor, with centred lines of text. */
import { FONT, KIND_STYLE, LINE, RADIUS, SMALL, STROKE, textWidth, type Kind } from './style';

export interface BoxText {
  /** Main lines, in the body size. */
  lines: readonly string[];
  /** Smaller, muted lines under them (BN, ReLU, a shape). */
  sub?: readonly string[];
}

const PAD_X = 12;
const PAD_Y = 7;

/** The size a box needs for its text. */
export function boxSize({ lines, sub = [] }: BoxText): { w: number; h: number } {
  const w = Math.max(...lines.map((l) => textWidth(l, FONT)), ...sub.map((l) => textWidth(l, SMALL)), 24) + 2 * PAD_X;
  return { w: Math.ceil(w), h: (lines.length + sub.length) * LINE + 2 * PAD_Y };
}

export function Box({ x, y, w, h, kind, lines, sub = [] }: BoxText & { x: number; y: number; w: number; h: number; kind: Kind }) {
  const s = KIND_STYLE[kind];
  const n = lines.length + sub.length;
  const first = y + h / 2 - ((n - 1) * LINE) / 2;
  const cx = x + w / 2;
  return (
    <g data-kind={kind}>
      <rect x={x} y={y} width={w} height={h} rx={RADIUS} fill={s.fill} stroke={s.stroke} strokeWidth={STROKE} strokeDasharray={s.dash} />
      <text x={cx} textAnchor="middle" dominantBaseline="central" fill={s.text}>
        {lines.map((line, i) => (
          <tspan key={`l${i}`} x={cx} y={first + i * LINE} fontSize={FONT}>
            {line}
          </tspan>
        ))}
        {sub.map((line, i) => (
          <tspan key={`s${i}`} x={cx} y={first + (lines.length + i) * LINE} fontSize={SMALL} fill="var(--muted)">
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
}

/** Text on its own: a note, an axis name or a label beside something. */
export function Label({
  x,
  y,
  children,
  anchor = 'middle',
  size = SMALL,
  tone = 'muted',
  weight,
  rotate,
}: {
  x: number;
  y: number;
  children: string;
  anchor?: 'start' | 'middle' | 'end';
  size?: number;
  tone?: 'muted' | 'fg' | 'accent';
  weight?: number;
  /** Degrees about (x, y): −90 runs the text up the page. */
  rotate?: number;
}) {
  const fill = tone === 'fg' ? 'var(--fg)' : tone === 'accent' ? 'var(--accent)' : 'var(--muted)';
  return (
    <text x={x} y={y} textAnchor={anchor} dominantBaseline="central" fontSize={size} fill={fill} fontWeight={weight} transform={rotate ? `rotate(${rotate} ${x} ${y})` : undefined}>
      {children}
    </text>
  );
}
