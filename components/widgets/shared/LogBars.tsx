'use client';
import { scaleLog } from 'd3';
import { decadeTicks, powerLabel } from '@/lib/format/logScale';
import { formatCompact } from '@/lib/format/numberFormat';
import { useElementWidth } from '@/components/ui/useElementWidth';
import styles from './LogBars.module.css';
import ui from './widgetUi.module.css';

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
  const [ref, width] = useElementWidth<HTMLDivElement>(560);
  const max = Math.max(10, ...bars.map((b) => b.value));
  const hiExp = Math.ceil(Math.log10(max));
  const right = 12;
  const x = scaleLog().domain([1, 10 ** hiExp]).range([0, Math.max(60, width - right)]).clamp(true);
  const ticks = decadeTicks(0, hiExp, width < 420 ? 4 : 8);
  let y = 0;
  const rows = bars.map((b) => {
    y += b.gapBefore ? GAP : 0;
    const row = { ...b, y };
    y += ROW;
    return row;
  });
  const height = y + AXIS;
  return (
    <figure className={ui.chartFigure}>
      <figcaption className={`${ui.chartCaption} ${styles.caption}`}>{title}</figcaption>
      <div ref={ref} className={ui.chartCanvas}>
        <svg width={width} height={height} aria-hidden="true" className={`${ui.chartSvg} ${styles.svg}`}>
          {ticks.map((k) => (
            <g key={k} transform={`translate(${x(10 ** k)},0)`}>
              <line y1={0} y2={y} className={ui.chartGrid} />
              <text y={y + 18} textAnchor={k === 0 ? 'start' : k === hiExp ? 'end' : 'middle'} className={ui.chartTick}>
                {powerLabel(k)}
              </text>
            </g>
          ))}
          {rows.map((r) => (
            <g key={r.label} transform={`translate(0,${r.y})`}>
              <text y={13} className={styles.label}>
                {r.label}: <tspan className={styles.value}>{formatCompact(r.value)}</tspan>
              </text>
              <rect y={18} height={14} width={Math.max(2, x(Math.max(1, r.value)))} className={styles[r.tone]} rx={2} />
            </g>
          ))}
        </svg>
      </div>
      <p className={ui.visuallyHidden}>{alt}</p>
    </figure>
  );
}
