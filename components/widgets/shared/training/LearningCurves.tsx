'use client';
import { scaleLinear } from 'd3';
import { useElementWidth } from '@/components/ui/useElementWidth';
import ui from '../widgetUi.module.css';
import { trainingStrings as s } from './strings';
import css from './training.module.css';

export interface CurveSeries {
  id: string;
  label: string;
  /** [x, y] points in order of x. */
  points: [number, number][];
  colour: string;
  dashed?: boolean;
  /** An earlier run kept for comparison: drawn thin and pale. */
  faded?: boolean;
}

export interface LearningCurvesProps {
  title: string;
  series: CurveSeries[];
  /** Fixed y range (e.g. [0, 1] for accuracy); otherwise from the data, starting at 0. */
  yDomain?: [number, number];
  percent?: boolean;
  xLabel?: string;
  height?: number;
}

const M = { top: 10, right: 12, bottom: 30, left: 44 };

const fmt = (v: number, percent?: boolean) => (percent ? `${(100 * v).toFixed(1)} %` : v.toFixed(3));

/** Loss or accuracy against images seen (or epochs): lines for runs, a legend, and a text summary. */
export function LearningCurves({ title, series, yDomain, percent, xLabel = s.xImages, height = 200 }: LearningCurvesProps) {
  const [ref, width] = useElementWidth<HTMLDivElement>(480);
  const all = series.flatMap((c) => c.points);
  const xMax = Math.max(1, ...all.map((p) => p[0]));
  const yMax = yDomain ? yDomain[1] : Math.max(1e-6, ...all.map((p) => p[1])) * 1.05;
  const x = scaleLinear().domain([0, xMax]).range([M.left, Math.max(M.left + 10, width - M.right)]);
  const y = scaleLinear().domain([yDomain ? yDomain[0] : 0, yMax]).range([height - M.bottom, M.top]).nice();
  const path = (pts: [number, number][]) => pts.map((p, i) => `${i ? 'L' : 'M'}${x(p[0]).toFixed(1)},${y(p[1]).toFixed(1)}`).join('');
  const summary = series.length === 0 || all.length === 0 ? s.noData : series.map((c) => `${c.label}: ${c.points.length ? fmt(c.points[c.points.length - 1][1], percent) : '—'}`).join('; ');
  return (
    <figure className={ui.chartFigure}>
      <figcaption className={ui.chartCaption}>{title}</figcaption>
      <div ref={ref} className={ui.chartCanvas}>
        <svg className={ui.chartSvg} width={width} height={height} role="img" aria-label={`${s.chartLabel(title)}. ${summary}`}>
          {y.ticks(4).map((t) => (
            <g key={t}>
              <line className={ui.chartGrid} x1={M.left} x2={width - M.right} y1={y(t)} y2={y(t)} />
              <text className={ui.chartTick} x={M.left - 6} y={y(t)} dy="0.32em" textAnchor="end">
                {percent ? `${Math.round(100 * t)}%` : t}
              </text>
            </g>
          ))}
          {x.ticks(Math.max(2, Math.floor(width / 110))).map((t) => (
            <text key={t} className={ui.chartTick} x={x(t)} y={height - M.bottom + 16} textAnchor="middle">
              {t >= 1000 ? `${t / 1000}k` : t}
            </text>
          ))}
          <text className={ui.chartTick} x={width - M.right} y={height - 2} textAnchor="end">
            {xLabel}
          </text>
          {series.map((c) =>
            c.points.length ? (
              <path
                key={c.id}
                d={path(c.points)}
                fill="none"
                stroke={c.colour}
                strokeWidth={c.faded ? 1.25 : 2.25}
                strokeOpacity={c.faded ? 0.45 : 1}
                strokeDasharray={c.dashed ? '6 4' : undefined}
              />
            ) : null,
          )}
        </svg>
      </div>
      <ul className={css.legend}>
        {series.map((c) => (
          <li key={c.id} className={c.faded ? css.faded : undefined}>
            <svg width="22" height="10" aria-hidden="true">
              <line x1="1" x2="21" y1="5" y2="5" stroke={c.colour} strokeWidth="2.5" strokeDasharray={c.dashed ? '5 3' : undefined} />
            </svg>
            {c.label}
            {c.points.length > 0 && <span className={css.legendValue}>{fmt(c.points[c.points.length - 1][1], percent)}</span>}
          </li>
        ))}
      </ul>
    </figure>
  );
}
