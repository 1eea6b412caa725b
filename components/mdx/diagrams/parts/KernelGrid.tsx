/** A kernel or a patch of an input drawn as a grid of cells: one cell per weight or value. */
import { STROKE } from './style';

export function KernelGrid({ x, y, rows, cols, cell, tone = 'learns' }: { x: number; y: number; rows: number; cols: number; cell: number; tone?: 'learns' | 'data' }) {
  const fill = tone === 'learns' ? 'var(--accent-soft)' : 'var(--surface-2)';
  const stroke = tone === 'learns' ? 'var(--accent)' : 'var(--border)';
  const lines: string[] = [];
  for (let r = 1; r < rows; r++) lines.push(`M${x} ${y + r * cell}h${cols * cell}`);
  for (let c = 1; c < cols; c++) lines.push(`M${x + c * cell} ${y}v${rows * cell}`);
  return (
    <g>
      <rect x={x} y={y} width={cols * cell} height={rows * cell} fill={fill} stroke={stroke} strokeWidth={STROKE} />
      {lines.length ? <path d={lines.join('')} stroke={stroke} strokeWidth={STROKE / 2} fill="none" /> : null}
    </g>
  );
}
