'use client';
import { line, scaleLinear } from 'd3';
import type { Dataset } from '@/lib/regularisation/polynomialFit';
import { Legend } from '@/components/ui';
import { useElementWidth } from '@/components/ui/useElementWidth';
import { CURVE_X, truthCurve } from './model';
import { S } from './strings';
import styles from './RegularisationExplorer.module.css';
import ui from '../../shared/widgetUi.module.css';

interface Props {
  idBase: string;
  data: Dataset;
  l2: number[];
  l1: number[];
  unregularised: number[] | null;
  alt: string;
}

const M = { top: 10, right: 14, bottom: 28, left: 36 };
const Y = 2;

/** The points, the true curve and the fitted polynomials (clipped to −2 … 2). */
export function FitChart({ idBase, data, l2, l1, unregularised, alt }: Props) {
  const [ref, width] = useElementWidth<HTMLDivElement>(640);
  const height = width < 480 ? 220 : 280;
  const x = scaleLinear().domain([-1, 1]).range([M.left, Math.max(M.left + 40, width - M.right)]);
  const y = scaleLinear().domain([-Y, Y]).range([height - M.bottom, M.top]);
  const path = (ys: number[]) => line<number>().x((_, i) => x(CURVE_X[i])).y((v) => y(Math.max(-50, Math.min(50, v))))(ys) ?? '';
  const clip = `${idBase}-clip-fit`;
  return (
    <figure className={ui.chartFigure}>
      <figcaption className={ui.chartCaption}>{S.chartCaption}</figcaption>
      <Legend
        items={[
          { label: S.legend.truth, color: 'var(--muted)', mark: 'dashed' },
          { label: S.legend.l2, color: 'var(--accent)', mark: 'line' },
          { label: S.legend.l1, color: 'var(--highlight)', mark: 'line' },
          ...(unregularised ? [{ label: S.legend.none, color: 'var(--negative)', mark: 'line' as const }] : []),
        ]}
      />
      <div ref={ref} className={ui.chartCanvas}>
        <svg width={width} height={height} aria-hidden="true" className={ui.chartSvg}>
          <defs>
            <clipPath id={clip}>
              <rect x={M.left} y={M.top} width={Math.max(0, width - M.left - M.right)} height={height - M.top - M.bottom} />
            </clipPath>
          </defs>
          {[-2, -1, 0, 1, 2].map((t) => (
            <g key={t} transform={`translate(0,${y(t)})`}>
              <line x1={M.left} x2={width - M.right} className={t === 0 ? styles.zeroLine : ui.chartGrid} />
              <text x={M.left - 6} dy="0.32em" textAnchor="end" className={ui.chartTick}>
                {t < 0 ? `−${-t}` : t}
              </text>
            </g>
          ))}
          {[-1, -0.5, 0, 0.5, 1].map((t) => (
            <text key={t} x={x(t)} y={height - M.bottom + 16} textAnchor="middle" className={ui.chartTick}>
              {t < 0 ? `−${-t}` : t}
            </text>
          ))}
          <g clipPath={`url(#${clip})`}>
            <path d={path(truthCurve)} className={styles.truth} />
            {unregularised ? <path d={path(unregularised)} className={styles.none} /> : null}
            <path d={path(l2)} className={styles.l2} />
            <path d={path(l1)} className={styles.l1} />
          </g>
          {data.x.map((px, i) => (
            <circle key={i} cx={x(px)} cy={y(data.y[i])} r={5} className={styles.dataPoint} />
          ))}
        </svg>
      </div>
      <p className={ui.visuallyHidden}>{alt}</p>
    </figure>
  );
}
