'use client';
import { line, scaleLinear, scaleLog } from 'd3';
import { decadeTicks, powerLabel } from '@/lib/format/logScale';
import { Legend, type LegendItem } from '@/components/ui';
import { useElementWidth } from '@/components/ui/useElementWidth';
import styles from './DropoutDemo.module.css';
import ui from '../shared/widgetUi.module.css';

export interface Series {
  /** [x, y] points; x = number of masks (≥ 1). */
  points: [number, number][];
  className: string;
}

interface Props {
  title: string;
  alt: string;
  series: Series[];
  legend: LegendItem[];
  xMax: number;
  /** Log y axis (for errors) or linear (for output values). */
  logY: boolean;
  yDomain: [number, number];
  xLabel: string;
}

const M = { top: 10, right: 14, bottom: 38, left: 50 };

/** A small line chart with a log x axis (number of masks), drawn at the measured width. */
export function LineChart({ title, alt, series, legend, xMax, logY, yDomain, xLabel }: Props) {
  const [ref, width] = useElementWidth<HTMLDivElement>(560);
  const height = width < 480 ? 200 : 240;
  const x = scaleLog().domain([1, Math.max(10, xMax)]).range([M.left, Math.max(M.left + 40, width - M.right)]);
  const y = (logY ? scaleLog() : scaleLinear()).domain(yDomain).range([height - M.bottom, M.top]).clamp(true);
  const path = line<[number, number]>().x((p) => x(p[0])).y((p) => y(p[1]));
  const xTicks = decadeTicks(0, Math.ceil(Math.log10(Math.max(10, xMax))), 6);
  const yTicks = logY ? decadeTicks(Math.ceil(Math.log10(yDomain[0])), Math.floor(Math.log10(yDomain[1])), 6).map((k) => 10 ** k) : y.ticks(5);
  return (
    <figure className={ui.chartFigure}>
      <figcaption className={ui.chartCaption}>{title}</figcaption>
      <Legend items={legend} />
      <div ref={ref} className={ui.chartCanvas}>
        <svg width={width} height={height} aria-hidden="true" className={ui.chartSvg}>
          {yTicks.map((t) => (
            <g key={t} transform={`translate(0,${y(t)})`}>
              <line x1={M.left} x2={width - M.right} className={ui.chartGrid} />
              <text x={M.left - 6} dy="0.32em" textAnchor="end" className={ui.chartTick}>
                {logY ? String(Number(t.toPrecision(1))) : Number(t.toFixed(2))}
              </text>
            </g>
          ))}
          {xTicks.map((k) => (
            <text key={k} x={x(10 ** k)} y={height - M.bottom + 16} textAnchor="middle" className={ui.chartTick}>
              {powerLabel(k)}
            </text>
          ))}
          <text x={(M.left + width - M.right) / 2} y={height - 4} textAnchor="middle" className={styles.axisLabel}>
            {xLabel}
          </text>
          {series.map((s) => (s.points.length ? <path key={s.className} d={path(s.points) ?? ''} className={s.className} /> : null))}
        </svg>
      </div>
      <p className={ui.visuallyHidden}>{alt}</p>
    </figure>
  );
}
