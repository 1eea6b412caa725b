'use client';
import { niceStep, type Histogram } from '@/lib/batchNorm/histogram';
import { useElementWidth } from '@/components/ui/useElementWidth';
import { num } from './strings';
import styles from './BatchNormExplorer.module.css';
import ui from '../shared/widgetUi.module.css';

interface Props {
  hist: Histogram;
  /** The other mode's output, drawn as an outline over the bars. */
  outline?: Histogram;
  /** Bars of every histogram of a channel share this count scale. */
  countMax: number;
  /** A vertical line: the mean of the drawn values. */
  marker: number;
  tone: 'input' | 'output';
  /** What the histogram shows, for screen readers. */
  alt: string;
}

const M = { top: 6, right: 8, bottom: 20, left: 8 };
const PLOT_H = 84;

/** One histogram drawn at the element's real width (text stays legible at 360 px). */
export function HistogramChart({ hist, outline, countMax, marker, tone, alt }: Props) {
  const [ref, width] = useElementWidth<HTMLDivElement>(300);
  const w = Math.max(width, 120);
  const height = M.top + PLOT_H + M.bottom;
  const x = (v: number) => M.left + ((v - hist.lo) / (hist.hi - hist.lo)) * (w - M.left - M.right);
  const y = (count: number) => M.top + PLOT_H - (count / Math.max(1, countMax)) * PLOT_H;
  const binW = (w - M.left - M.right) / hist.counts.length;
  const step = niceStep(hist.hi - hist.lo, w < 260 ? 3 : 5);
  const ticks: number[] = [];
  for (let t = Math.ceil(hist.lo / step) * step; t <= hist.hi + step * 1e-9; t += step) ticks.push(Number(t.toPrecision(12)));
  const outlinePath = outline
    ? outline.counts
        .map((c, i) => `${i === 0 ? `M${M.left},${y(0)}` : ''}L${M.left + i * binW},${y(c)}L${M.left + (i + 1) * binW},${y(c)}`)
        .join('') + `L${w - M.right},${y(0)}`
    : null;
  return (
    <div ref={ref} className={ui.chartCanvas}>
      <svg width={w} height={height} role="img" aria-label={alt} className={ui.chartSvg}>
        <line x1={M.left} x2={w - M.right} y1={y(0)} y2={y(0)} className={styles.baseline} />
        {hist.counts.map((c, i) =>
          c > 0 ? (
            <rect
              key={i}
              x={M.left + i * binW + 0.5}
              width={Math.max(0.5, binW - 1)}
              y={y(c)}
              height={y(0) - y(c)}
              className={tone === 'input' ? styles.barInput : styles.barOutput}
            />
          ) : null,
        )}
        {outlinePath ? <path d={outlinePath} className={styles.outline} /> : null}
        {marker >= hist.lo && marker <= hist.hi ? <line x1={x(marker)} x2={x(marker)} y1={M.top} y2={y(0)} className={styles.meanLine} /> : null}
        {ticks.map((t) => (
          <text key={t} x={x(t)} y={height - 5} textAnchor="middle" className={ui.chartTick}>
            {num(t, step < 1 ? (step < 0.1 ? 2 : 1) : 0)}
          </text>
        ))}
      </svg>
    </div>
  );
}
