/** The key to the box kinds, wrapped into the width it is given. */
import { KIND_STYLE, RADIUS, SMALL, STROKE, textWidth, type Kind } from './style';

export interface LegendItem {
  kind: Kind;
  label: string;
}

const SWATCH_W = 22;
const SWATCH_H = 14;
const ROW = 22;
const GAP = 18;

interface Placed extends LegendItem {
  x: number;
  row: number;
}

function place(items: readonly LegendItem[], width: number): { placed: Placed[]; rows: number } {
  const placed: Placed[] = [];
  let x = 0;
  let row = 0;
  for (const item of items) {
    const w = SWATCH_W + 6 + textWidth(item.label, SMALL);
    if (x > 0 && x + w > width) {
      x = 0;
      row += 1;
    }
    placed.push({ ...item, x, row });
    x += w + GAP;
  }
  return { placed, rows: row + 1 };
}

export const legendHeight = (items: readonly LegendItem[], width: number) => place(items, width).rows * ROW;

export function Legend({ items, x, y, width }: { items: readonly LegendItem[]; x: number; y: number; width: number }) {
  const { placed } = place(items, width);
  return (
    <g>
      {placed.map((item) => {
        const s = KIND_STYLE[item.kind];
        const top = y + item.row * ROW + (ROW - SWATCH_H) / 2;
        return (
          <g key={item.label}>
            <rect x={x + item.x} y={top} width={SWATCH_W} height={SWATCH_H} rx={RADIUS / 2} fill={s.fill} stroke={s.stroke} strokeWidth={STROKE} strokeDasharray={s.dash} />
            <text x={x + item.x + SWATCH_W + 6} y={top + SWATCH_H / 2} dominantBaseline="central" fontSize={SMALL} fill="var(--fg)">
              {item.label}
            </text>
          </g>
        );
      })}
    </g>
  );
}

/** The usual key: what learns, what is fixed, what is data. */
export const KEY: Record<'learns' | 'fixed' | 'data' | 'frozen', LegendItem> = {
  learns: { kind: 'learns', label: 'learns parameters' },
  fixed: { kind: 'fixed', label: 'nothing to learn' },
  data: { kind: 'data', label: 'tensor' },
  frozen: { kind: 'frozen', label: 'frozen (kept as is)' },
};
