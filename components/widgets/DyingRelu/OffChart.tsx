'use client';
import { line, scaleLinear } from 'd3';
import { useElementWidth } from '@/components/ui/useElementWidth';
import { MAX_STEPS, UNITS } from './model';
import { S } from './strings';
import styles from './DyingRelu.module.css';
import ui from '../shared/widgetUi.module.css';

const M = { top: 12, right: 16, bottom: 36, left: 40 };

/** Units off for every input against training step, ReLU and leaky ReLU, with the chosen step marked. */
export function OffChart({ relu, leaky, step, slope, alt }: { relu: number[]; leaky: number[]; step: number; slope: string; alt: string }) {
  const [ref, width] = useElementWidth<HTMLDivElement>(640);
  const height = width < 480 ? 190 : 220;
  const x = scaleLinear().domain([0, MAX_STEPS]).range([M.left, Math.max(M.left + 60, width - M.right)]);
  const y = scaleLinear().domain([0, UNITS]).range([height - M.bottom, M.top]);
  const path = (v: number[]) => line<number>().x((_, i) => x(i)).y((c) => y(c))(v) ?? '';
  return (
    <figure className={ui.chartFigure}>
      <figcaption className={ui.chartCaption}>{S.chartCaption}</figcaption>
      <ul className={styles.legend} aria-hidden="true">
        <li className={styles.legendRelu}>{S.legendRelu}</li>
        <li className={styles.legendLeaky}>{S.legendLeaky(slope)}</li>
      </ul>
      <div ref={ref} className={ui.chartCanvas}>
        <svg width={width} height={height} aria-hidden="true" className={ui.chartSvg}>
          {[0, 4, 8, 12, 16].map((t) => (
            <g key={t} transform={`translate(0,${y(t)})`}>
              <line x1={M.left} x2={x(MAX_STEPS)} className={ui.chartGrid} />
              <text x={M.left - 6} dy="0.32em" textAnchor="end" className={ui.chartTick}>{t}</text>
            </g>
          ))}
          {[0, 100, 200, 300, 400, 500].filter((t) => t <= MAX_STEPS).map((t) => (
            <text key={t} x={x(t)} y={height - M.bottom + 16} textAnchor="middle" className={ui.chartTick}>{t}</text>
          ))}
          <text x={(M.left + width - M.right) / 2} y={height - 4} textAnchor="middle" className={styles.axisLabel}>{S.xAxis}</text>
          <path d={path(leaky)} className={styles.leakyLine} />
          <path d={path(relu)} className={styles.reluLine} />
          <line x1={x(step)} x2={x(step)} y1={M.top} y2={height - M.bottom} className={styles.marker} />
          <circle cx={x(step)} cy={y(relu[step])} r={5} className={styles.reluDot} />
          <circle cx={x(step)} cy={y(leaky[step])} r={5} className={styles.leakyDot} />
        </svg>
      </div>
      <p className={ui.visuallyHidden}>{alt}</p>
    </figure>
  );
}
