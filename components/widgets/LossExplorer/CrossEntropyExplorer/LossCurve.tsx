'use client';
import { line, scaleLinear } from 'd3';
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { useElementWidth } from '@/components/ui/useElementWidth';
import { formatLogit, formatValue, stepLogit } from './model';
import { S } from './strings';
import styles from './CrossEntropyExplorer.module.css';
import ui from '../../shared/widgetUi.module.css';

interface Props {
  name: string;
  xs: number[];
  losses: number[];
  current: { z: number; loss: number };
  onMove: (z: number) => void;
}

const M = { top: 12, right: 16, bottom: 38, left: 46 };

/** The loss against the true class's logit; the chart is a slider: drag the point or use the arrow keys. */
export function LossCurve({ name, xs, losses, current, onMove }: Props) {
  const [ref, width] = useElementWidth<HTMLDivElement>(560);
  const dragging = useRef(false);
  const height = width < 480 ? 200 : 240;
  const lo = xs[0];
  const hi = xs[xs.length - 1];
  const yMax = Math.max(1, ...losses) * 1.05;
  const x = scaleLinear().domain([lo, hi]).range([M.left, Math.max(M.left + 40, width - M.right)]);
  const y = scaleLinear().domain([0, yMax]).range([height - M.bottom, M.top]).nice();
  const path = line<number>().x((_, i) => x(xs[i])).y((v) => y(v))(losses) ?? '';
  const fromPointer = (e: PointerEvent<HTMLDivElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    const z = x.invert(e.clientX - rect.left);
    onMove(Math.round(Math.min(hi, Math.max(lo, z)) * 10) / 10);
  };
  const keys = (e: KeyboardEvent<HTMLDivElement>) => {
    let next = stepLogit(current.z, e.key, e.shiftKey);
    if (e.key === 'Home') next = lo;
    if (e.key === 'End') next = hi;
    if (next === null) return;
    e.preventDefault();
    onMove(next);
  };
  const cx = x(Math.min(hi, Math.max(lo, current.z)));
  const cy = y(current.loss);
  const value = S.curveValue(formatLogit(current.z), formatValue(current.loss));
  // The label goes on whichever side of the point it fits (about 7.5 px a character), else top right.
  const labelWidth = value.length * 7.5;
  const side = cx + 10 + labelWidth <= width - M.right ? 'right' : cx - 10 - labelWidth >= M.left ? 'left' : 'corner';
  const label =
    side === 'right'
      ? { x: cx + 10, y: Math.max(M.top + 10, cy - 10), anchor: 'start' as const }
      : side === 'left'
        ? { x: cx - 10, y: Math.max(M.top + 10, cy - 10), anchor: 'end' as const }
        : { x: width - M.right, y: M.top + 10, anchor: 'end' as const };
  return (
    <figure className={ui.chartFigure}>
      <figcaption className={ui.chartCaption}>{S.curveCaption(name)}</figcaption>
      <div
        ref={ref}
        className={`${ui.chartCanvas} ${styles.slider}`}
        role="slider"
        tabIndex={0}
        aria-label={S.curveSlider(name)}
        aria-valuemin={lo}
        aria-valuemax={hi}
        aria-valuenow={current.z}
        aria-valuetext={value}
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
          {y.ticks(4).map((t) => (
            <g key={t} transform={`translate(0,${y(t)})`}>
              <line x1={M.left} x2={width - M.right} className={ui.chartGrid} />
              <text x={M.left - 6} dy="0.32em" textAnchor="end" className={ui.chartTick}>
                {formatLogit(t)}
              </text>
            </g>
          ))}
          {x.ticks(width < 480 ? 5 : 9).map((t) => (
            <text key={t} x={x(t)} y={height - M.bottom + 16} textAnchor="middle" className={ui.chartTick}>
              {formatLogit(t)}
            </text>
          ))}
          <text x={(M.left + width - M.right) / 2} y={height - 4} textAnchor="middle" className={styles.axisLabel}>
            {S.xAxis}
          </text>
          <text transform={`translate(12,${(M.top + height - M.bottom) / 2}) rotate(-90)`} textAnchor="middle" className={styles.axisLabel}>
            {S.yAxis}
          </text>
          <path d={path} className={styles.curve} />
          <line x1={cx} x2={cx} y1={M.top} y2={height - M.bottom} className={styles.marker} />
          <circle cx={cx} cy={cy} r={6} className={styles.point} />
          <text x={label.x} y={label.y} textAnchor={label.anchor} className={styles.pointLabel}>
            {value}
          </text>
        </svg>
      </div>
      <p className={ui.visuallyHidden}>
        {S.curveAlt(name, formatLogit(lo), formatLogit(hi), formatValue(losses[0]), formatValue(losses[losses.length - 1]), formatLogit(current.z), formatValue(current.loss))}
      </p>
    </figure>
  );
}
