'use client';
import { line, scaleLinear } from 'd3';
import type { ReactNode } from 'react';
import { useElementWidth } from '@/components/ui/useElementWidth';
import ui from '../widgetUi.module.css';
import styles from './compression.module.css';

const M = { top: 10, right: 14, bottom: 34, left: 44 };

export interface Series {
  points: [number, number][];
  className: string;
  dots?: boolean;
}

interface Props {
  series: Series[];
  xDomain: [number, number];
  xTicks: number[];
  xFormat: (v: number) => string;
  xLabel: string;
  /** Single marked points: [x, accuracy, className, title]. */
  marks?: [number, number, string, string][];
  label: string;
  caption: ReactNode;
  /** Accuracy axis from this value to 1 (default 0). */
  yMin?: number;
}

/** Accuracy (0 … 100 %) against something: sparsity, training steps. */
export function AccuracyChart({ series, xDomain, xTicks, xFormat, xLabel, marks = [], label, caption, yMin = 0 }: Props) {
  const [ref, width] = useElementWidth<HTMLDivElement>(560);
  const height = width < 480 ? 190 : 230;
  const x = scaleLinear().domain(xDomain).range([M.left, Math.max(M.left + 60, width - M.right)]);
  const y = scaleLinear().domain([yMin, 1]).range([height - M.bottom, M.top]);
  const path = line<[number, number]>().x((p) => x(p[0])).y((p) => y(p[1]));
  const yTicks = [0, 0.2, 0.4, 0.6, 0.8, 1].filter((t) => t >= yMin);
  return (
    <figure className={ui.chartFigure}>
      <figcaption className={ui.chartCaption}>{caption}</figcaption>
      <div ref={ref} className={ui.chartCanvas}>
        <svg width={width} height={height} role="img" aria-label={label} className={ui.chartSvg}>
          {yTicks.map((t) => (
            <g key={t} transform={`translate(0,${y(t)})`}>
              <line x1={M.left} x2={x(xDomain[1])} className={ui.chartGrid} />
              <text x={M.left - 6} dy="0.32em" textAnchor="end" className={ui.chartTick}>{`${Math.round(t * 100)} %`}</text>
            </g>
          ))}
          {xTicks.map((t) => (
            <text key={t} x={x(t)} y={height - M.bottom + 16} textAnchor={t === xDomain[1] ? 'end' : 'middle'} className={ui.chartTick}>
              {xFormat(t)}
            </text>
          ))}
          <text x={(M.left + x(xDomain[1])) / 2} y={height - 4} textAnchor="middle" className={styles.axisLabel}>
            {xLabel}
          </text>
          {series.map((s, i) => (
            <g key={i}>
              {s.points.length > 1 ? <path d={path(s.points) ?? ''} className={s.className} /> : null}
              {s.dots ? s.points.map(([px, py]) => <circle key={px} cx={x(px)} cy={y(py)} r={3} className={styles.dot} />) : null}
            </g>
          ))}
          {marks.map(([mx, my, cls, title]) => (
            <circle key={`${cls}${mx}`} cx={x(mx)} cy={y(my)} r={6.5} className={cls}>
              <title>{title}</title>
            </circle>
          ))}
        </svg>
      </div>
    </figure>
  );
}
