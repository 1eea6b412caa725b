'use client';
import { scaleLinear, scaleSqrt } from 'd3';
import { AxisBottom, BandX, Bars, ChartFrame, RuleX, histogramBars } from '@/components/ui';
import type { Histogram } from '@/lib/compression/histogram';
import { formatSigned } from '@/lib/format/numberFormat';

interface Props {
  histogram: Histogram;
  /** Counts of the weights still kept, bin by bin (drawn over the full histogram). */
  kept?: Uint32Array;
  /** Draws the pruned band |w| ≤ threshold. */
  threshold?: number;
  /** Vertical lines at the values a quantised weight can take. */
  grid?: number[];
  label: string;
  caption: string;
}

const tickText = (t: number) => (Math.abs(t) < 1e-9 ? '0' : formatSigned(t, Math.abs(t) < 0.1 ? 3 : 2));

/** A histogram of weights (square-root count axis, so the tails show) with a threshold or a grid. */
export function WeightHistogram({ histogram, kept, threshold, grid, label, caption }: Props) {
  const { lo, hi, counts } = histogram;
  const visibleGrid = grid && grid.length <= 80 ? grid.filter((g) => g >= lo && g <= hi) : [];
  const pruning = threshold !== undefined && threshold > 0;
  return (
    <ChartFrame alt={label} caption={caption} height={(w) => (w < 480 ? 150 : 190)} margin={{ top: 8, right: 26, bottom: 26, left: 26 }} fallbackWidth={560}>
      {(size) => {
        const x = scaleLinear().domain([lo, hi]).range([size.left, size.right]);
        const y = scaleSqrt().domain([0, Math.max(1, ...counts)]).range([size.bottom, size.top]);
        return (
          <>
            {pruning ? <BandX x1={x(Math.max(lo, -threshold))} x2={x(Math.min(hi, threshold))} plot={size} color="var(--negative)" opacity={0.14} /> : null}
            <Bars bars={histogramBars([...counts], lo, hi)} x={x} y={y} color="var(--muted)" opacity={0.55} gap={0.5} />
            {kept ? <Bars bars={histogramBars([...kept], lo, hi)} x={x} y={y} gap={0.5} /> : null}
            {pruning ? [-threshold, threshold].filter((t) => t >= lo && t <= hi).map((t) => <RuleX key={t} x={x(t)} plot={size} kind="threshold" color="var(--negative)" dash="none" />) : null}
            {visibleGrid.map((g, i) => (
              <RuleX key={i} x={x(g)} plot={size} kind="threshold" dash="none" />
            ))}
            <AxisBottom scale={x} size={size} ticks={[lo, lo / 2, 0, hi / 2, hi]} format={tickText} />
          </>
        );
      }}
    </ChartFrame>
  );
}
