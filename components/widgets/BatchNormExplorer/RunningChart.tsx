'use client';
import { useState, type KeyboardEvent } from 'react';
import { niceDomain } from '@/lib/batchNorm/histogram';
import { useElementWidth } from '@/components/ui/useElementWidth';
import type { HistoryPoint } from './model';
import { num, S } from './strings';
import styles from './BatchNormExplorer.module.css';
import ui from '../shared/widgetUi.module.css';

interface Props {
  id: string;
  kind: 'mean' | 'var';
  history: HistoryPoint[];
  channel: number;
  /** The population value the running average estimates. */
  target: number;
  /** Variance only: where a running variance fed the biased batch variance would settle. */
  biasedTarget?: number;
}

const M = { top: 10, right: 12, bottom: 30, left: 46 };
const HEIGHT = 170;

/** Batch values (dots), the running average (line) and the population value (dashed), batch after batch.
 * Focusable: arrow keys move a cursor along the batches and the numbers under it are read out. */
export function RunningChart({ id, kind, history, channel, target, biasedTarget }: Props) {
  const [ref, width] = useElementWidth<HTMLDivElement>(500);
  const [cursor, setCursor] = useState<number | null>(null);
  const n = history.length;
  const title = kind === 'mean' ? S.chartMean : S.chartVar;
  const at = Math.max(0, Math.min(cursor ?? n - 1, n - 1));
  const batch = (p: HistoryPoint) => (kind === 'mean' ? p.batchMean : p.unbiasedVar)[channel];
  const running = (p: HistoryPoint) => (kind === 'mean' ? p.runningMean : p.runningVar)[channel];
  const readoutId = `${id}-${kind}-readout`;

  let chart = null;
  let readout = '';
  let alt = '';
  if (n > 0) {
    const values = [...history.map(batch), ...history.map(running), target, ...(biasedTarget === undefined ? [] : [biasedTarget])];
    const [lo, hi] = niceDomain(Math.min(...values), Math.max(...values));
    const first = history[0].step;
    const last = history[n - 1].step;
    const x = (step: number) => M.left + (last === first ? 0.5 : (step - first) / (last - first)) * (width - M.left - M.right);
    const y = (v: number) => M.top + (1 - (v - lo) / (hi - lo)) * (HEIGHT - M.top - M.bottom);
    const line = history.map((p, i) => `${i ? 'L' : 'M'}${x(p.step)},${y(running(p))}`).join('');
    const point = history[at];
    readout = (kind === 'mean' ? S.pointMean : S.pointVar)(point.step, batch(point), running(point));
    alt = `${S.chartAlt(title, channel, n, running(history[0]), running(history[n - 1]), target)} ${S.chartKeys}`;
    chart = (
      <svg width={width} height={HEIGHT} aria-hidden="true" className={ui.chartSvg}>
        {[lo, (lo + hi) / 2, hi].map((v) => (
          <g key={v}>
            <line x1={M.left} x2={width - M.right} y1={y(v)} y2={y(v)} className={ui.chartGrid} />
            <text x={M.left - 6} y={y(v)} dy="0.32em" textAnchor="end" className={ui.chartTick}>
              {num(v, 2)}
            </text>
          </g>
        ))}
        <text x={M.left} y={HEIGHT - 14} className={ui.chartTick}>
          {first}
        </text>
        <text x={width - M.right} y={HEIGHT - 14} textAnchor="end" className={ui.chartTick}>
          {last}
        </text>
        <text x={(M.left + width - M.right) / 2} y={HEIGHT - 4} textAnchor="middle" className={ui.chartTick}>
          {S.axisBatch}
        </text>
        <line x1={M.left} x2={width - M.right} y1={y(target)} y2={y(target)} className={styles.populationLine} />
        {biasedTarget !== undefined ? <line x1={M.left} x2={width - M.right} y1={y(biasedTarget)} y2={y(biasedTarget)} className={styles.biasedLine} /> : null}
        {history.map((p) => (
          <circle key={p.step} cx={x(p.step)} cy={y(batch(p))} r={2.5} className={styles.batchDot} />
        ))}
        <path d={line} className={styles.runningLine} />
        <line x1={x(point.step)} x2={x(point.step)} y1={M.top} y2={HEIGHT - M.bottom} className={styles.cursor} />
        <circle cx={x(point.step)} cy={y(running(point))} r={4.5} className={styles.cursorDot} />
      </svg>
    );
  }

  const onKey = (e: KeyboardEvent) => {
    const moves: Record<string, number> = { ArrowLeft: at - 1, ArrowRight: at + 1, ArrowDown: at - 1, ArrowUp: at + 1, Home: 0, End: n - 1, PageUp: at + 10, PageDown: at - 10 };
    if (n === 0 || !(e.key in moves)) return;
    e.preventDefault();
    setCursor(Math.min(n - 1, Math.max(0, moves[e.key])));
  };

  // One element holds the measured width whether or not there is a chart yet.
  return (
    <figure className={ui.chartFigure}>
      <figcaption className={ui.chartCaption}>{title}</figcaption>
      <ul className={styles.legend} aria-hidden="true" hidden={n === 0}>
        <li className={styles.legendBatch}>{S.legendBatch}</li>
        <li className={styles.legendRunning}>{S.legendRunning}</li>
        <li className={styles.legendPopulation}>{S.legendPopulation}</li>
        {biasedTarget !== undefined ? <li className={styles.legendBiased}>{S.legendBiased}</li> : null}
      </ul>
      <div
        ref={ref}
        className={`${ui.chartCanvas} ${n ? styles.pointable : ''}`}
        tabIndex={n ? 0 : undefined}
        role={n ? 'group' : undefined}
        aria-label={n ? alt : undefined}
        aria-describedby={n ? readoutId : undefined}
        onKeyDown={onKey}
      >
        {chart ?? <p className={styles.note}>{S.chartEmpty}</p>}
      </div>
      {n ? (
        <>
          <p id={readoutId} className={styles.readout}>
            {readout}
          </p>
          {/* Read out only when the reader moves the cursor; Next batch has its own announcement. */}
          <p className={ui.visuallyHidden} aria-live="polite">
            {cursor === null ? '' : readout}
          </p>
        </>
      ) : null}
    </figure>
  );
}
