/**
 * A volume drawn as a block of cells: height down the front face, width across it, depth (frames
 * or slices) going back. `mark` picks a sub-block (a kernel's window), drawn on top in the accent
 * colour with its three visible faces.
 */
import { depthStep } from './TensorBlock';
import { STROKE } from './style';

export interface VoxelRange {
  d: readonly [number, number];
  h: readonly [number, number];
  w: readonly [number, number];
}

export function VoxelBlock({ x, y, depth, rows, cols, cell, mark }: { x: number; y: number; depth: number; rows: number; cols: number; cell: number; mark?: VoxelRange }) {
  const [ox, oy] = depthStep(cell);
  const at = (w: number, h: number, d: number) => `${x + w * cell + d * ox},${y + h * cell + d * oy}`;
  const quad = (a: string, b: string, c: string, d: string) => `M${a}L${b}L${c}L${d}Z`;
  const cells: string[] = [];
  for (let d = 0; d < depth; d++) for (let w = 0; w < cols; w++) cells.push(quad(at(w, 0, d), at(w + 1, 0, d), at(w + 1, 0, d + 1), at(w, 0, d + 1)));
  for (let d = 0; d < depth; d++) for (let h = 0; h < rows; h++) cells.push(quad(at(cols, h, d), at(cols, h, d + 1), at(cols, h + 1, d + 1), at(cols, h + 1, d)));
  for (let h = 0; h < rows; h++) for (let w = 0; w < cols; w++) cells.push(quad(at(w, h, 0), at(w + 1, h, 0), at(w + 1, h + 1, 0), at(w, h + 1, 0)));
  let marked: string[] = [];
  if (mark) {
    const [d0, d1] = mark.d;
    const [h0, h1] = mark.h;
    const [w0, w1] = mark.w;
    marked = [
      quad(at(w1, h0, d0), at(w1, h0, d1), at(w1, h1, d1), at(w1, h1, d0)),
      quad(at(w0, h0, d0), at(w1, h0, d0), at(w1, h0, d1), at(w0, h0, d1)),
      quad(at(w0, h0, d0), at(w1, h0, d0), at(w1, h1, d0), at(w0, h1, d0)),
    ];
  }
  return (
    <g strokeLinejoin="round">
      <g strokeWidth={STROKE / 2}>
        {cells.map((d, i) => (
          <path key={i} d={d} fill="var(--surface-2)" stroke="var(--border)" />
        ))}
      </g>
      <g strokeWidth={STROKE}>
        {marked.map((d, i) => (
          <path key={i} d={d} fill="var(--accent)" fillOpacity={0.4} stroke="var(--accent)" />
        ))}
      </g>
    </g>
  );
}
