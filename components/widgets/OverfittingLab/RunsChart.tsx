'use client';
import { line, scaleLinear } from 'd3';
import { useElementWidth } from '../shared/useElementWidth';
import styles from './RunsChart.module.css';
import ui from '../shared/widgetUi.module.css';

export interface ChartRun {
  key: number;
  /** Accuracy per epoch (0–1), epoch 1 first. */
  test: number[];
  /** Omitted when only the test curve matters. */
  train?: number[];
  current: boolean;
  /** Colour slot 0–5, so a run keeps its colour as runs come and go. */
  slot: number;
}

interface Props {
  caption: string;
  runs: ChartRun[];
  epochs: number;
  xLabel: string;
  yLabel: string;
  legend: { test: string; train?: string; earlier: string };
  yMin?: number;
}

const M = { top: 10, right: 14, bottom: 38, left: 46 };

/** Accuracy per epoch for several runs: the latest drawn strong, earlier runs faded. No transitions. */
export function RunsChart({ caption, runs, epochs, xLabel, yLabel, legend, yMin = 0 }: Props) {
  const [ref, width] = useElementWidth<HTMLDivElement>(560);
  const height = width < 480 ? 210 : 260;
  const x = scaleLinear().domain([1, Math.max(2, epochs)]).range([M.left, Math.max(M.left + 40, width - M.right)]);
  const y = scaleLinear().domain([yMin, 1]).range([height - M.bottom, M.top]).clamp(true);
  const path = (v: number[]) => line<number>().x((_, i) => x(i + 1)).y((a) => y(a))(v) ?? '';
  const ordered = [...runs].sort((a, b) => Number(a.current) - Number(b.current));
  return (
    <figure className={ui.chartFigure}>
      <figcaption className={ui.chartCaption}>{caption}</figcaption>
      <ul className={styles.legend} aria-hidden="true">
        <li>
          <svg width="22" height="8"><line x1="1" x2="21" y1="4" y2="4" className={`${styles.test} ${styles.slot0}`} /></svg>
          {legend.test}
        </li>
        {legend.train && (
          <li>
            <svg width="22" height="8"><line x1="1" x2="21" y1="4" y2="4" className={`${styles.train} ${styles.slot0}`} /></svg>
            {legend.train}
          </li>
        )}
        <li>
          <svg width="22" height="8"><line x1="1" x2="21" y1="4" y2="4" className={`${styles.test} ${styles.slot1} ${styles.faded}`} /></svg>
          {legend.earlier}
        </li>
      </ul>
      <div ref={ref} className={ui.chartCanvas}>
        <svg width={width} height={height} aria-hidden="true" className={ui.chartSvg}>
          {y.ticks(5).map((t) => (
            <g key={t} transform={`translate(0,${y(t)})`}>
              <line x1={M.left} x2={width - M.right} className={ui.chartGrid} />
              <text x={M.left - 6} dy="0.32em" textAnchor="end" className={ui.chartTick}>
                {Math.round(t * 100)}%
              </text>
            </g>
          ))}
          {x.ticks(Math.min(epochs, width < 480 ? 5 : 10)).filter(Number.isInteger).map((t) => (
            <text key={t} x={x(t)} y={height - M.bottom + 16} textAnchor="middle" className={ui.chartTick}>
              {t}
            </text>
          ))}
          <text x={(M.left + width - M.right) / 2} y={height - 4} textAnchor="middle" className={ui.chartTick}>
            {xLabel}
          </text>
          <text transform={`translate(12,${(M.top + height - M.bottom) / 2}) rotate(-90)`} textAnchor="middle" className={ui.chartTick}>
            {yLabel}
          </text>
          {ordered.map((r) => (
            <g key={r.key} className={`${styles[`slot${r.slot % 6}`]} ${r.current ? '' : styles.faded}`}>
              {r.train && r.train.length > 0 && <path d={path(r.train)} className={styles.train} />}
              {r.test.length > 0 && <path d={path(r.test)} className={styles.test} />}
              {r.test.length === 1 && <circle cx={x(1)} cy={y(r.test[0])} r={3} className={styles.dot} />}
            </g>
          ))}
        </svg>
      </div>
    </figure>
  );
}
