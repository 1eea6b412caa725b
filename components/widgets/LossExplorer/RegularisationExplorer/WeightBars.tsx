'use client';
import { scaleBand, scaleLinear } from 'd3';
import type { Penalty } from '@/lib/regularisation/polynomialFit';
import { useElementWidth } from '@/components/ui/useElementWidth';
import { formatNumber, symlog } from './model';
import { S } from './strings';
import styles from './RegularisationExplorer.module.css';
import ui from '../../shared/widgetUi.module.css';

interface Props {
  penalty: Penalty;
  w: number[];
  /** The largest symlog value to show: fixed per data set, so bars visibly shrink as λ grows. */
  extent: number;
}

const M = { top: 8, right: 6, bottom: 22, left: 34 };
const HEIGHT = 170;
const TICKS = [-100, -10, -1, 0, 1, 10, 100, 1000, -1000];

/** The ten weights as bars on a symmetric log scale; an exactly-zero weight is a ring on the axis. */
export function WeightBars({ penalty, w, extent }: Props) {
  const [ref, width] = useElementWidth<HTMLDivElement>(320);
  const x = scaleBand<number>().domain(w.map((_, k) => k)).range([M.left, Math.max(M.left + 40, width - M.right)]).padding(0.25);
  const y = scaleLinear().domain([-extent, extent]).range([HEIGHT - M.bottom, M.top]);
  const ticks = TICKS.filter((t) => Math.abs(symlog(t)) <= extent);
  const alt = S.weightsAlt(S.cardTitle[penalty], w.map((v, k) => `w${k} = ${v === 0 ? '0 exactly' : formatNumber(v)}`).join(', '));
  return (
    <figure className={ui.chartFigure}>
      <figcaption className={ui.chartCaption}>{S.weightsCaption}</figcaption>
      <div ref={ref} className={ui.chartCanvas}>
        <svg width={width} height={HEIGHT} aria-hidden="true" className={ui.chartSvg}>
          {ticks.map((t) => (
            <g key={t} transform={`translate(0,${y(symlog(t))})`}>
              <line x1={M.left} x2={width - M.right} className={t === 0 ? styles.zeroLine : ui.chartGrid} />
              <text x={M.left - 4} dy="0.32em" textAnchor="end" className={ui.chartTick}>
                {t < 0 ? `−${-t}` : t}
              </text>
            </g>
          ))}
          {w.map((v, k) => {
            const bx = x(k) ?? 0;
            const bw = x.bandwidth();
            const top = y(Math.max(0, symlog(v)));
            const h = Math.abs(y(symlog(v)) - y(0));
            return (
              <g key={k} data-weight={k} data-zero={v === 0 || undefined}>
                {v === 0 ? (
                  <circle cx={bx + bw / 2} cy={y(0)} r={Math.min(5, bw / 2)} className={styles.zeroRing} />
                ) : (
                  <rect x={bx} y={top} width={bw} height={Math.max(1, h)} className={k === 0 ? styles.barBias : styles[`bar_${penalty}`]} />
                )}
                <text x={bx + bw / 2} y={HEIGHT - 6} textAnchor="middle" className={styles.barLabel}>
                  {`w${k}`}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
      <p className={ui.visuallyHidden}>{alt}</p>
    </figure>
  );
}
