'use client';
import { useState } from 'react';
import { scaleLinear } from 'd3';
import { niceDomain } from '@/lib/batchNorm/histogram';
import { AxisBottom, AxisLeft, ChartFrame, Dots, Legend, LinePath, RuleX, RuleY, type LegendItem } from '@/components/ui';
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

const BATCH = 'var(--muted)';
const RUNNING = 'var(--accent)';
const POPULATION = 'var(--highlight)';
const BIASED = 'var(--negative)';
const MOVES = (at: number, n: number): Record<string, number> => ({ ArrowLeft: at - 1, ArrowRight: at + 1, ArrowDown: at - 1, ArrowUp: at + 1, Home: 0, End: n - 1, PageUp: at + 10, PageDown: at - 10 });

/** Batch values (dots), the running average (line) and the population value (dashed), batch after batch.
 * Focusable: arrow keys move a cursor along the batches and the numbers under it are read out. */
export function RunningChart({ id, kind, history, channel, target, biasedTarget }: Props) {
  const [cursor, setCursor] = useState<number | null>(null);
  const n = history.length;
  const title = kind === 'mean' ? S.chartMean : S.chartVar;
  const at = Math.max(0, Math.min(cursor ?? n - 1, n - 1));
  const batch = (p: HistoryPoint) => (kind === 'mean' ? p.batchMean : p.unbiasedVar)[channel];
  const running = (p: HistoryPoint) => (kind === 'mean' ? p.runningMean : p.runningVar)[channel];
  const readoutId = `${id}-${kind}-readout`;
  const point = n ? history[at] : null;
  const readout = point ? (kind === 'mean' ? S.pointMean : S.pointVar)(point.step, batch(point), running(point)) : '';
  const legend: LegendItem[] = [
    { label: S.legendBatch, color: BATCH, mark: 'circle' },
    { label: S.legendRunning, color: RUNNING, mark: 'line' },
    { label: S.legendPopulation, color: POPULATION, mark: 'dashed' },
    ...(biasedTarget === undefined ? [] : [{ label: S.legendBiased, color: BIASED, mark: 'dotted' as const }]),
  ];
  return (
    <div>
      <ChartFrame
        title={title}
        // The focusable chart carries its text alternative as its name (below), not twice.
        alt=""
        // Before the first batch only a prompt, in a short box.
        height={n ? 170 : 80}
        margin={{ top: 10, right: 14, bottom: 34, left: 46 }}
        fallbackWidth={500}
        empty={n ? undefined : S.chartEmpty}
        legend={n ? <Legend items={legend} /> : null}
        canvasProps={{
          className: styles.pointable,
          tabIndex: 0,
          role: 'group',
          'aria-label': n ? `${S.chartAlt(title, channel, n, running(history[0]), running(history[n - 1]), target)} ${S.chartKeys}` : undefined,
          'aria-describedby': readoutId,
          onKeyDown: (e) => {
            const moves = MOVES(at, n);
            if (!(e.key in moves)) return;
            e.preventDefault();
            setCursor(Math.min(n - 1, Math.max(0, moves[e.key])));
          },
        }}
      >
        {(size) => {
          const values = [...history.map(batch), ...history.map(running), target, ...(biasedTarget === undefined ? [] : [biasedTarget])];
          const [lo, hi] = niceDomain(Math.min(...values), Math.max(...values));
          const first = history[0].step;
          const last = history[n - 1].step;
          const x = scaleLinear().domain([first, last]).range([size.left, size.right]);
          const y = scaleLinear().domain([lo, hi]).range([size.bottom, size.top]);
          return (
            <>
              <AxisLeft scale={y} size={size} ticks={[lo, (lo + hi) / 2, hi]} format={(v) => num(v, 2)} />
              <AxisBottom scale={x} size={size} ticks={[...new Set([first, last])]} label={S.axisBatch} />
              <RuleY y={y(target)} plot={size} kind="target" />
              {biasedTarget !== undefined ? <RuleY y={y(biasedTarget)} plot={size} color={BIASED} dash="2 3" /> : null}
              <Dots points={history.map((p) => [p.step, batch(p)])} x={x} y={y} r={2.5} color={BATCH} opacity={0.7} />
              <LinePath points={history.map((p) => [p.step, running(p)])} x={x} y={y} color={RUNNING} />
              {point ? (
                <>
                  <RuleX x={x(point.step)} plot={size} />
                  <Dots points={[[point.step, running(point)]]} x={x} y={y} r={4.5} color={RUNNING} halo />
                </>
              ) : null}
            </>
          );
        }}
      </ChartFrame>
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
    </div>
  );
}
