'use client';
import { scaleLinear } from 'd3';
import { useEffect, useRef, useState } from 'react';
import type { Trainer } from '@/lib/compute';
import { AxisBottom, AxisLeft, Button, ChartFrame, Legend, LinePath, Segmented } from '@/components/ui';
import { decades, sci } from './model';
import { TRAIN_DEPTHS, type GradientFlowState, type TrainDepth } from './state';
import { S } from './strings';
import styles from './GradientFlow.module.css';
import ui from '../shared/widgetUi.module.css';
import layout from '../shared/layout.module.css';

type Compute = typeof import('@/lib/compute');

export const TRAIN_STEPS = 150;
/** Train for about this long per tick, at least one step, so the page stays responsive. */
const TICK_MS = 24;
// Orange and blue, one of them dashed: told apart without colour, and without a red/green pair.
const PLAIN = 'var(--highlight)';
const RESIDUAL = 'var(--accent)';

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
  const all = curves ? [...curves.plain, ...curves.residual].filter((v) => v > 0 && Number.isFinite(v)) : [];
  const [lo, hi] = all.length ? decades(Math.min(...all), Math.max(...all)) : [-2, 0];
  const series = (v: number[]) => v.map((c, i) => [i, Math.log10(Math.max(c, 10 ** lo))] as const);
  const steps = curves ? curves.plain.length - 1 : 0;
  const lastP = curves?.plain.at(-1) ?? NaN;
  const lastR = curves?.residual.at(-1) ?? NaN;
  const status = !curves ? S.trainIdle : running ? S.trainProgress(steps, TRAIN_STEPS, sci(lastP, 3), sci(lastR, 3)) : S.trainDone(steps, sci(lastP, 3), sci(lastR, 3), lastR < lastP);
  return (
    <section className={`${ui.card} ${styles.train}`} data-part="training" aria-labelledby={`${id}-train-title`}>
      <h4 id={`${id}-train-title`} className={ui.heading}>{S.trainTitle}</h4>
      <div className={`${ui.focusScope} ${layout.row}`}>
        <Segmented variant="chips" name={`${id}-train-depth`} legend={S.trainDepthLegend} options={TRAIN_DEPTHS} value={trainDepth} onChange={onDepth} />
        <Button variant="primary" onClick={running ? stop : start} data-part="train-button">
          {running ? S.stopButton : S.trainButton}
        </Button>
      </div>
      <p className={styles.note}>{S.trainNote(TRAIN_STEPS, compute.TRAIN_SAMPLES)}</p>
      <p className={ui.ratio} aria-live="polite" data-part="train-status" data-plain={lastP} data-residual={lastR} data-done={curves && !running ? 'yes' : 'no'}>
        {status}
      </p>
      <ChartFrame
        title={S.trainCaption}
        alt={status}
        height={(w) => (!curves ? 80 : w < 480 ? 180 : 220)}
        margin={{ top: 10, right: 12, bottom: 30, left: 48 }}
        empty={curves ? undefined : S.trainEmpty}
        legend={
          curves ? (
            <Legend
              items={[
                { label: S.legendPlain, color: PLAIN, mark: 'dashed' },
                { label: S.legendResidual, color: RESIDUAL, mark: 'line' },
              ]}
            />
          ) : null
        }
      >
        {(size) => {
          const x = scaleLinear().domain([0, TRAIN_STEPS]).range([size.left, size.right]);
          const y = scaleLinear().domain([lo, hi]).range([size.bottom, size.top]);
          return (
            <>
              <AxisLeft scale={y} size={size} ticks={Array.from({ length: hi - lo + 1 }, (_, i) => lo + i)} format={(d) => `1e${d}`} />
              <AxisBottom scale={x} size={size} ticks={[0, 50, 100, 150]} />
              {curves ? (
                <>
                  <LinePath points={series(curves.plain)} x={x} y={y} color={PLAIN} dashed />
                  <LinePath points={series(curves.residual)} x={x} y={y} color={RESIDUAL} />
                </>
              ) : null}
            </>
          );
        }}
      </ChartFrame>
    </section>
  );
}
