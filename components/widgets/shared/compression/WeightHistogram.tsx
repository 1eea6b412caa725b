'use client';
import { scaleLinear, scaleSqrt } from 'd3';
import { useElementWidth } from '@/components/ui/useElementWidth';
import type { Histogram } from '@/lib/compression/histogram';
import ui from '../widgetUi.module.css';
import styles from './compression.module.css';

const M = { top: 8, right: 12, bottom: 26, left: 12 };

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

/** A histogram of weights (square-root count axis, so the tails show) with a threshold or a grid. */
export function WeightHistogram({ histogram, kept, threshold, grid, label, caption }: Props) {
  const [ref, width] = useElementWidth<HTMLDivElement>(560);
  const height = width < 480 ? 150 : 190;
  const { lo, hi, counts } = histogram;
  const x = scaleLinear().domain([lo, hi]).range([M.left, Math.max(M.left + 40, width - M.right)]);
  const y = scaleSqrt().domain([0, Math.max(1, ...counts)]).range([height - M.bottom, M.top]);
  const binW = (x(hi) - x(lo)) / counts.length;
  const bars = (c: Uint32Array, className: string) =>
    [...c].map((n, i) => (n > 0 ? <rect key={i} x={x(lo) + i * binW} width={Math.max(1, binW - 0.5)} y={y(n)} height={y(0) - y(n)} className={className} /> : null));
  const ticks = [lo, lo / 2, 0, hi / 2, hi];
  const visibleGrid = grid && grid.length <= 80 ? grid.filter((g) => g >= lo && g <= hi) : [];
  return (
    <figure className={ui.chartFigure}>
      <figcaption className={ui.chartCaption}>{caption}</figcaption>
      <div ref={ref} className={ui.chartCanvas}>
        <svg width={width} height={height} role="img" aria-label={label} className={ui.chartSvg}>
          {threshold !== undefined && threshold > 0 ? <rect x={x(Math.max(lo, -threshold))} width={x(Math.min(hi, threshold)) - x(Math.max(lo, -threshold))} y={M.top} height={height - M.bottom - M.top} className={styles.prunedBand} /> : null}
          {bars(counts, styles.bars)}
          {kept ? bars(kept, styles.keptBars) : null}
          {threshold !== undefined && threshold > 0
            ? [-threshold, threshold].filter((t) => t >= lo && t <= hi).map((t) => <line key={t} x1={x(t)} x2={x(t)} y1={M.top} y2={height - M.bottom} className={styles.threshold} />)
            : null}
          {visibleGrid.map((g, i) => (
            <line key={i} x1={x(g)} x2={x(g)} y1={M.top} y2={height - M.bottom} className={styles.gridLine} />
          ))}
          <line x1={x(lo)} x2={x(hi)} y1={y(0)} y2={y(0)} className={ui.chartGrid} />
          {ticks.map((t, i) => (
            <text key={t} x={x(t)} y={height - M.bottom + 16} textAnchor={i === 0 ? 'start' : i === ticks.length - 1 ? 'end' : 'middle'} className={ui.chartTick}>
              {Math.abs(t) < 1e-9 ? '0' : t.toFixed(Math.abs(t) < 0.1 ? 3 : 2)}
            </text>
          ))}
        </svg>
      </div>
    </figure>
  );
}
