'use client';
import { line, scaleLinear, type ScaleLinear } from 'd3';
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import type { RegressionCurves, RegressionLossName, RegressionLossPoint } from '@/lib/compute';
import { useElementWidth } from '@/components/ui/useElementWidth';
import { CURVE_ERRORS, ERROR, clampError, errorAfterKey, fmt } from './state';
import { S } from './strings';
import styles from './RegressionLossExplorer.module.css';
import ui from '../../shared/widgetUi.module.css';

interface Props {
  idBase: string;
  curves: RegressionCurves;
  point: RegressionLossPoint;
  error: number;
  beta: number;
  onMove: (d: number) => void;
}

const ORDER: RegressionLossName[] = ['l2', 'l1', 'smoothL1'];
const M = { top: 10, right: 14, left: 40, gap: 34, bottom: 36 };
const LOSS_MAX = 4.5;
const GRAD_MAX = 3;

/** Loss (top) and gradient (bottom) panels over the same error axis; the whole figure is the error slider. */
export function LossCharts({ idBase, curves, point, error, beta, onMove }: Props) {
  const [ref, width] = useElementWidth<HTMLDivElement>(640);
  const dragging = useRef(false);
  const panel = width < 480 ? 150 : 190;
  const height = M.top + panel + M.gap + panel + M.bottom;
  const x = scaleLinear().domain([ERROR.min, ERROR.max]).range([M.left, Math.max(M.left + 40, width - M.right)]);
  const yLoss = scaleLinear().domain([0, LOSS_MAX]).range([M.top + panel, M.top]);
  const gradTop = M.top + panel + M.gap;
  const yGrad = scaleLinear().domain([-GRAD_MAX, GRAD_MAX]).range([gradTop + panel, gradTop]);
  const clipLoss = `${idBase}-clip-loss`;
  const clipGrad = `${idBase}-clip-grad`;
  const path = (values: number[], y: ScaleLinear<number, number>) => line<number>().x((_, i) => x(CURVE_ERRORS[i])).y((v) => y(v))(values) ?? '';
  const fromPointer = (e: PointerEvent<HTMLDivElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    onMove(clampError(x.invert(e.clientX - rect.left)));
  };
  const keys = (e: KeyboardEvent<HTMLDivElement>) => {
    const next = errorAfterKey(error, e.key, e.shiftKey);
    if (next === null) return;
    e.preventDefault();
    onMove(next);
  };
  const cx = x(error);
  const band = beta > 0 ? [x(-beta), x(beta)] : null;
  const valueText = S.sliderValue(fmt(error), fmt(point.loss.l1), fmt(point.loss.l2), fmt(point.loss.smoothL1));
  const yTicks = (y: ScaleLinear<number, number>, n: number) => y.ticks(n);
  return (
    <figure className={ui.chartFigure}>
      <figcaption className={ui.chartCaption}>{S.figureCaption}</figcaption>
      <ul className={styles.legend} aria-hidden="true">
        {(['smoothL1', 'l1', 'l2'] as const).map((k) => (
          <li key={k} className={styles[`key_${k}`]}>
            {S.names[k]}
          </li>
        ))}
      </ul>
      <div
        ref={ref}
        className={`${ui.chartCanvas} ${styles.slider}`}
        role="slider"
        tabIndex={0}
        aria-label={S.slider}
        aria-valuemin={ERROR.min}
        aria-valuemax={ERROR.max}
        aria-valuenow={error}
        aria-valuetext={valueText}
        onKeyDown={keys}
        onPointerDown={(e) => {
          dragging.current = true;
          e.currentTarget.setPointerCapture(e.pointerId);
          fromPointer(e);
        }}
        onPointerMove={(e) => dragging.current && fromPointer(e)}
        onPointerUp={() => (dragging.current = false)}
        onPointerCancel={() => (dragging.current = false)}
      >
        <svg width={width} height={height} aria-hidden="true" className={ui.chartSvg}>
          <defs>
            <clipPath id={clipLoss}>
              <rect x={M.left} y={M.top} width={Math.max(0, width - M.left - M.right)} height={panel} />
            </clipPath>
            <clipPath id={clipGrad}>
              <rect x={M.left} y={gradTop} width={Math.max(0, width - M.left - M.right)} height={panel} />
            </clipPath>
          </defs>
          {band ? (
            <>
              <rect x={band[0]} width={band[1] - band[0]} y={M.top} height={panel} className={styles.band} />
              <rect x={band[0]} width={band[1] - band[0]} y={gradTop} height={panel} className={styles.band} />
              <text x={(band[0] + band[1]) / 2} y={M.top + 12} textAnchor="middle" className={styles.bandLabel}>
                ±β
              </text>
            </>
          ) : null}
          {yTicks(yLoss, 4).map((t) => (
            <g key={`l${t}`} transform={`translate(0,${yLoss(t)})`}>
              <line x1={M.left} x2={width - M.right} className={ui.chartGrid} />
              <text x={M.left - 6} dy="0.32em" textAnchor="end" className={ui.chartTick}>
                {fmt(t, 0)}
              </text>
            </g>
          ))}
          {yTicks(yGrad, 6).map((t) => (
            <g key={`g${t}`} transform={`translate(0,${yGrad(t)})`}>
              <line x1={M.left} x2={width - M.right} className={t === 0 ? styles.zeroLine : ui.chartGrid} />
              <text x={M.left - 6} dy="0.32em" textAnchor="end" className={ui.chartTick}>
                {fmt(t, 0)}
              </text>
            </g>
          ))}
          <text x={M.left + 4} y={M.top + panel - 6} className={styles.panelLabel}>
            {S.lossPanel}
          </text>
          <text x={M.left + 4} y={gradTop + 12} className={styles.panelLabel}>
            {S.gradPanel}
          </text>
          {x.ticks(width < 480 ? 6 : 12).map((t) => (
            <text key={t} x={x(t)} y={height - M.bottom + 16} textAnchor="middle" className={ui.chartTick}>
              {fmt(t, Number.isInteger(t) ? 0 : 1)}
            </text>
          ))}
          <text x={(M.left + width - M.right) / 2} y={height - 4} textAnchor="middle" className={styles.axisLabel}>
            {S.xAxis}
          </text>
          <g clipPath={`url(#${clipLoss})`}>
            {ORDER.map((k) => (
              <path key={k} d={path(curves[k].loss, yLoss)} className={styles[`line_${k}`]} />
            ))}
          </g>
          <g clipPath={`url(#${clipGrad})`}>
            {ORDER.map((k) => (
              <path key={k} d={path(curves[k].grad, yGrad)} className={styles[`line_${k}`]} />
            ))}
          </g>
          <line x1={cx} x2={cx} y1={M.top} y2={gradTop + panel} className={styles.marker} />
          {ORDER.map((k) => (
            <g key={k}>
              {point.loss[k] <= LOSS_MAX ? <circle cx={cx} cy={yLoss(point.loss[k])} r={5} className={styles[`dot_${k}`]} /> : null}
              {Math.abs(point.grad[k]) <= GRAD_MAX ? <circle cx={cx} cy={yGrad(point.grad[k])} r={5} className={styles[`dot_${k}`]} /> : null}
            </g>
          ))}
        </svg>
      </div>
      <p className={ui.visuallyHidden}>{S.figureAlt(fmt(beta))}</p>
    </figure>
  );
}
