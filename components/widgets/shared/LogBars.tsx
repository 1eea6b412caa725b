'use client';
import { scaleLog } from 'd3';
import { decadeTicks, powerLabel } from '@/lib/format/logScale';
import { formatCompact } from '@/lib/format/numberFormat';
import { AxisBottom, ChartFrame } from '@/components/ui';
import styles from './LogBars.module.css';

export interface Bar {
  label: string;
  value: number;
  tone: 'conv' | 'fc';
  /** Extra space above this bar, to separate groups. */
  gapBefore?: boolean;
}

const ROW = 40;
const GAP = 14;
const AXIS = 28;

/** Horizontal bars on a log scale from 1 to the next power of ten above the largest value.
 * `alt` is the text alternative: screen readers read it instead of the drawing. */
export function LogBars({ bars, alt, title }: { bars: Bar[]; alt: string; title: string }) {
  const max = Math.max(10, ...bars.map((b) => b.value));
  const hiExp = Math.ceil(Math.log10(max));
  let y = 0;
  const rows = bars.map((b) => {
    y += b.gapBefore ? GAP : 0;
    const row = { ...b, y };
    y += ROW;
    return row;
  });
  return (
    <ChartFrame title={title} alt={alt} height={y + AXIS} margin={{ top: 0, right: 24, bottom: AXIS, left: 4 }} fallbackWidth={560}>
      {(size) => {
        const x = scaleLog().domain([1, 10 ** hiExp]).range([size.left, size.right]).clamp(true);
        const ticks = decadeTicks(0, hiExp, size.width < 420 ? 4 : 8).map((k) => 10 ** k);
        return (
          <>
            <AxisBottom scale={x} size={size} ticks={ticks} format={(v) => powerLabel(Math.round(Math.log10(v)))} grid />
            {rows.map((r) => (
              <g key={r.label} transform={`translate(${size.left},${r.y})`}>
                <text y={13} className={styles.label}>
                  {r.label}: <tspan className={styles.value}>{formatCompact(r.value)}</tspan>
                </text>
                <rect y={18} height={14} width={Math.max(2, x(Math.max(1, r.value)) - size.left)} className={styles[r.tone]} rx={2} />
              </g>
            ))}
          </>
        );
      }}
    </ChartFrame>
  );
}
