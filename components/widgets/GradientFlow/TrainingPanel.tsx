'use client';
import { line, scaleLinear } from 'd3';
import { useEffect, useRef, useState } from 'react';
import type { Trainer } from '@/lib/compute';
import { useElementWidth } from '@/components/ui/useElementWidth';
import { Button, Legend, Segmented } from '@/components/ui';
import { decades, sci } from './model';
import { TRAIN_DEPTHS, type GradientFlowState, type TrainDepth } from './state';
import { S } from './strings';
import styles from './GradientFlow.module.css';
import ui from '../shared/widgetUi.module.css';

type Compute = typeof import('@/lib/compute');

export const TRAIN_STEPS = 150;
/** Train for about this long per tick, at least one step, so the page stays responsive. */
const TICK_MS = 24;
const M = { top: 10, right: 12, bottom: 30, left: 48 };

interface Props {
  id: string;
  compute: Compute;
  state: GradientFlowState;
  onDepth: (d: TrainDepth) => void;
}

/** Trains both networks a few steps per frame, stoppable; plots both losses. */
export function TrainingPanel({ id, compute, state, onDepth }: Props) {
  const [curves, setCurves] = useState<{ plain: number[]; residual: number[] } | null>(null);
  const [running, setRunning] = useState(false);
  const trainer = useRef<Trainer | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const stop = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    trainer.current?.dispose();
    trainer.current = null;
    setRunning(false);
  };
  useEffect(() => stop, []);
  const { activation, batchNorm, initScale, seed, trainDepth } = state;
  // New settings make the old curves stale.
  useEffect(() => {
    stop();
    setCurves(null);
  }, [activation, batchNorm, initScale, seed, trainDepth]);
  const start = () => {
    stop();
    const t = compute.degradationTrainer({ depth: trainDepth, activation, batchNorm, initScale, seed });
    trainer.current = t;
    const acc = { plain: [t.initial.plain], residual: [t.initial.residual] };
    setCurves({ ...acc });
    setRunning(true);
    const tick = () => {
      if (trainer.current !== t) return;
      const begun = performance.now();
      do {
        const r = t.step(1);
        acc.plain.push(...r.plain);
        acc.residual.push(...r.residual);
      } while (performance.now() - begun < TICK_MS && acc.plain.length <= TRAIN_STEPS);
      setCurves({ plain: [...acc.plain], residual: [...acc.residual] });
      if (acc.plain.length > TRAIN_STEPS) stop();
      else timer.current = setTimeout(tick, 0);
    };
    timer.current = setTimeout(tick, 0);
  };
  const [ref, width] = useElementWidth<HTMLDivElement>(640);
  const height = width < 480 ? 180 : 220;
  const all = curves ? [...curves.plain, ...curves.residual].filter((v) => v > 0 && Number.isFinite(v)) : [];
  const [lo, hi] = all.length ? decades(Math.min(...all), Math.max(...all)) : [-2, 0];
  const x = scaleLinear().domain([0, TRAIN_STEPS]).range([M.left, Math.max(M.left + 60, width - M.right)]);
  const y = scaleLinear().domain([lo, hi]).range([height - M.bottom, M.top]);
  const path = (v: number[]) => line<number>().x((_, i) => x(i)).y((c) => y(Math.log10(Math.max(c, 10 ** lo))))(v) ?? '';
  const steps = curves ? curves.plain.length - 1 : 0;
  const lastP = curves?.plain.at(-1) ?? NaN;
  const lastR = curves?.residual.at(-1) ?? NaN;
  const status = !curves ? S.trainIdle : running ? S.trainProgress(steps, TRAIN_STEPS, sci(lastP, 3), sci(lastR, 3)) : S.trainDone(steps, sci(lastP, 3), sci(lastR, 3), lastR < lastP);
  return (
    <section className={`${ui.card} ${styles.train}`} data-part="training" aria-labelledby={`${id}-train-title`}>
      <h4 id={`${id}-train-title`} className={ui.heading}>{S.trainTitle}</h4>
      <div className={`${ui.focusScope} ${styles.trainControls}`}>
        <Segmented variant="chips" name={`${id}-train-depth`} legend={S.trainDepthLegend} options={TRAIN_DEPTHS} value={trainDepth} onChange={onDepth} />
        <Button variant="primary" onClick={running ? stop : start} data-part="train-button">
          {running ? S.stopButton : S.trainButton}
        </Button>
      </div>
      <p className={styles.note}>{S.trainNote(TRAIN_STEPS, compute.TRAIN_SAMPLES)}</p>
      <p className={ui.ratio} aria-live="polite" data-part="train-status" data-plain={lastP} data-residual={lastR} data-done={curves && !running ? 'yes' : 'no'}>
        {status}
      </p>
      <figure className={ui.chartFigure}>
        <figcaption className={ui.chartCaption}>{S.trainCaption}</figcaption>
        <Legend
          items={[
            { label: S.legendPlain, color: 'var(--negative)', mark: 'dashed' },
            { label: S.legendResidual, color: 'var(--positive)', mark: 'line' },
          ]}
        />
        <div ref={ref} className={ui.chartCanvas}>
          <svg width={width} height={height} aria-hidden="true" className={ui.chartSvg}>
            {Array.from({ length: hi - lo + 1 }, (_, i) => lo + i).map((d) => (
              <g key={d} transform={`translate(0,${y(d)})`}>
                <line x1={M.left} x2={x(TRAIN_STEPS)} className={ui.chartGrid} />
                <text x={M.left - 6} dy="0.32em" textAnchor="end" className={ui.chartTick}>{`1e${d}`}</text>
              </g>
            ))}
            {[0, 50, 100, 150].map((t) => (
              <text key={t} x={x(t)} y={height - M.bottom + 16} textAnchor="middle" className={ui.chartTick}>{t}</text>
            ))}
            {curves ? (
              <>
                <path d={path(curves.plain)} className={styles.plainLine} />
                <path d={path(curves.residual)} className={styles.residualLine} />
              </>
            ) : null}
          </svg>
        </div>
      </figure>
    </section>
  );
}
