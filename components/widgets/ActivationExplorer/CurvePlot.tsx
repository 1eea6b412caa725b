'use client';
import { useId, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { line, scaleLinear, type ScaleLinear } from 'd3';
import type { MaxoutPieces } from '@/lib/activations/maxout';
import { useElementWidth } from '@/components/ui/useElementWidth';
import { X_MAX, X_MIN, clampX, moveByKey, num, type CurvePoint, type ExplorerCurve } from './model';
import { S } from './strings';
import styles from './ActivationExplorer.module.css';
import ui from '../shared/widgetUi.module.css';

interface Props {
  curve: ExplorerCurve;
  point: CurvePoint;
  /** Maxout's pieces, drawn dashed under the curve; null for the other functions. */
  pieces: MaxoutPieces | null;
  onMove: (x: number) => void;
  hintId: string;
}

const M = { top: 10, right: 14, bottom: 26, left: 46 };

function yScale(lo: number, hi: number, height: number) {
  const pad = (hi - lo || 1) * 0.08;
  return scaleLinear().domain([Math.min(0, lo - pad), Math.max(0, hi + pad)]).nice(5).range([height - M.bottom, M.top]);
}

/** f above f′ on one x axis, the saturating regions shaded, and the reader's point on both. */
export function CurvePlot({ curve, point, pieces, onMove, hintId }: Props) {
  const [ref, width] = useElementWidth<HTMLDivElement>(640);
  const clip = useId().replace(/:/g, '');
  const dragging = useRef(false);
  const narrow = width < 480;
  const h = narrow ? 170 : 210;
  const x = scaleLinear().domain([X_MIN, X_MAX]).range([M.left, Math.max(M.left + 60, width - M.right)]);
  const minMax = (a: Float32Array) => a.reduce(([lo, hi], v) => [Math.min(lo, v), Math.max(hi, v)], [Infinity, -Infinity]);
  const [fLo, fHi] = minMax(curve.values);
  const [dLo, dHi] = minMax(curve.slopes);
  const yf = yScale(fLo, fHi, h);
  const yd = yScale(Math.min(dLo, 0), Math.max(dHi, curve.threshold), h);
  const xTicks = narrow ? [-6, -3, 0, 3, 6] : [-6, -4, -2, 0, 2, 4, 6];

  const fromPointer = (e: PointerEvent<HTMLDivElement>) => {
    const left = e.currentTarget.getBoundingClientRect().left;
    onMove(clampX(x.invert(e.clientX - left)));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const next = moveByKey(point.x, e.key, e.shiftKey);
    if (next === null) return;
    e.preventDefault();
    onMove(next);
  };
  const valueText = S.valueText(num(point.x, 2), num(point.value), num(point.slope));

  const panel = (which: 'f' | 'd', y: ScaleLinear<number, number>) => {
    const ys = which === 'f' ? curve.values : curve.slopes;
    const path = line<number>().x((_, i) => x(curve.xs[i])).y((v) => y(v))(Array.from(ys)) ?? '';
    const py = y(which === 'f' ? point.value : point.slope);
    const px = x(point.x);
    const label = which === 'f' ? `f = ${num(point.value)}` : `f′ = ${num(point.slope)}`;
    const labelRight = px < width / 2;
    return (
      <svg width={width} height={h} className={ui.chartSvg} aria-hidden="true" data-part={which === 'f' ? 'function' : 'derivative'}>
        <defs>
          <clipPath id={`${clip}-${which}`}>
            <rect x={M.left} y={M.top} width={Math.max(0, x(X_MAX) - M.left)} height={h - M.top - M.bottom} />
          </clipPath>
        </defs>
        {curve.intervals.map((r) => (
          <rect
            key={`${r.from}`}
            x={x(r.from)}
            width={Math.max(1, x(r.to) - x(r.from))}
            y={M.top}
            height={h - M.top - M.bottom}
            className={r.zero ? styles.deadZone : styles.saturated}
            data-saturated={`${r.from.toFixed(2)}:${r.to.toFixed(2)}`}
          />
        ))}
        {y.ticks(4).map((t) => (
          <g key={t} transform={`translate(0,${y(t)})`}>
            <line x1={M.left} x2={x(X_MAX)} className={t === 0 ? styles.axis : ui.chartGrid} />
            <text x={M.left - 6} dy="0.32em" textAnchor="end" className={ui.chartTick}>
              {num(t, Number.isInteger(t) ? 0 : t * 100 === Math.round(t * 100) ? 2 : 3)}
            </text>
          </g>
        ))}
        <line x1={x(0)} x2={x(0)} y1={M.top} y2={h - M.bottom} className={styles.axis} />
        {xTicks.map((t) => (
          <text key={t} x={x(t)} y={h - M.bottom + 16} textAnchor="middle" className={ui.chartTick}>
            {num(t, 0)}
          </text>
        ))}
        <text x={M.left + 4} y={M.top + 12} className={styles.panelLabel}>
          {which === 'f' ? S.plotF : S.plotD}
        </text>
        <g clipPath={`url(#${clip}-${which})`}>
          {which === 'd'
            ? [curve.threshold, ...(dLo < 0 ? [-curve.threshold] : [])].map((t) => (
                <line key={t} x1={M.left} x2={x(X_MAX)} y1={y(t)} y2={y(t)} className={styles.threshold} />
              ))
            : null}
          {which === 'f' && pieces
            ? pieces.slopes.map((w, i) => (
                <line key={i} x1={x(X_MIN)} x2={x(X_MAX)} y1={y(w * X_MIN + pieces.intercepts[i])} y2={y(w * X_MAX + pieces.intercepts[i])} className={styles.piece} />
              ))
            : null}
          <path d={path} className={which === 'f' ? styles.curve : styles.derivative} />
          {which === 'f' ? (
            <line x1={x(point.x - 1.2)} x2={x(point.x + 1.2)} y1={y(point.value - 1.2 * point.slope)} y2={y(point.value + 1.2 * point.slope)} className={styles.tangent} />
          ) : null}
        </g>
        {which === 'd' && curve.intervals.length > 0 ? (
          <text x={x(X_MAX) - 4} y={y(curve.threshold) - 5} textAnchor="end" className={styles.thresholdLabel}>
            {S.thresholdLabel}
          </text>
        ) : null}
        <line x1={px} x2={px} y1={M.top} y2={h - M.bottom} className={styles.guide} />
        <circle cx={px} cy={py} r={6} className={which === 'f' ? styles.dot : styles.dotD} />
        <text x={px + (labelRight ? 10 : -10)} y={Math.max(M.top + 12, py - 8)} textAnchor={labelRight ? 'start' : 'end'} className={styles.pointLabel}>
          {label}
        </text>
      </svg>
    );
  };

  return (
    <div
      ref={ref}
      className={styles.plot}
      role="slider"
      tabIndex={0}
      aria-label={S.sliderLabel}
      aria-valuemin={X_MIN}
      aria-valuemax={X_MAX}
      aria-valuenow={point.x}
      aria-valuetext={valueText}
      aria-describedby={hintId}
      onKeyDown={onKeyDown}
      onPointerDown={(e) => {
        dragging.current = true;
        e.currentTarget.setPointerCapture(e.pointerId);
        fromPointer(e);
      }}
      onPointerMove={(e) => dragging.current && fromPointer(e)}
      onPointerUp={() => (dragging.current = false)}
      onPointerCancel={() => (dragging.current = false)}
    >
      {panel('f', yf)}
      {panel('d', yd)}
    </div>
  );
}
