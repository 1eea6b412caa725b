/**
 * A batch drawn as a block of cells: channels across the front, positions (H and W flattened)
 * down it, samples going back in depth. `marked(n, c)` picks the cells of one statistic, drawn
 * in the accent colour on every face where they show.
 */
import { STROKE } from './style';

export interface TensorBlockProps {
  x: number;
  /** Top edge of the front face. */
  y: number;
  channels: number;
  positions: number;
  samples: number;
  cell: number;
  marked: (sample: number, channel: number) => boolean;
}

/** Offset of one step back in depth: up and to the right. */
export const depthStep = (cell: number) => [0.62 * cell, -0.5 * cell] as const;

export function TensorBlock({ x, y, channels, positions, samples, cell, marked }: TensorBlockProps) {
  const [ox, oy] = depthStep(cell);
  const quads: { d: string; on: boolean; key: string }[] = [];
  const P = (c: number, n: number) => `${x + c * cell + n * ox},${y + n * oy}`;
  const Q = (r: number, n: number) => `${x + channels * cell + n * ox},${y + r * cell + n * oy}`;
  for (let n = samples - 1; n >= 0; n--) {
    for (let c = 0; c < channels; c++) quads.push({ key: `t${n}.${c}`, on: marked(n, c), d: `M${P(c, n)}L${P(c + 1, n)}L${P(c + 1, n + 1)}L${P(c, n + 1)}Z` });
    for (let r = 0; r < positions; r++) quads.push({ key: `r${n}.${r}`, on: marked(n, channels - 1), d: `M${Q(r, n)}L${Q(r, n + 1)}L${Q(r + 1, n + 1)}L${Q(r + 1, n)}Z` });
  }
  for (let c = 0; c < channels; c++) {
    for (let r = 0; r < positions; r++) {
      const cx = x + c * cell;
      const cy = y + r * cell;
      quads.push({ key: `f${c}.${r}`, on: marked(0, c), d: `M${cx},${cy}h${cell}v${cell}h${-cell}Z` });
    }
  }
  return (
    <g strokeWidth={STROKE / 2} strokeLinejoin="round">
      {quads.filter((q) => !q.on).map((q) => (
        <path key={q.key} d={q.d} fill="var(--surface-2)" stroke="var(--border)" />
      ))}
      {quads.filter((q) => q.on).map((q) => (
        <path key={q.key} d={q.d} fill="var(--accent)" fillOpacity={0.45} stroke="var(--accent)" />
      ))}
    </g>
  );
}
