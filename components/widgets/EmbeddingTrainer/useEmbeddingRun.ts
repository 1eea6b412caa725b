'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Loop, Network } from '@/lib/compute';
import type { ImageSet } from '@/lib/compute/training/dataset';
import { separation, type Separation } from '@/lib/metric/distances';
import { assetUrl } from '@/components/widgets/shared/assetUrl';
import type { RunPhase as Phase } from '@/components/widgets/shared/training';
import { BATCH_CLASSES, BATCH_PER_CLASS, REDRAW_MS, TRAIN_STEPS } from './model';
import type { EmbeddingState } from './state';

type Compute = typeof import('@/lib/compute');


export interface RunView {
  phase: Phase;
  step: number;
  loss: number;
  active: number;
  stats: Separation | null;
  backend: string;
  error: string | null;
  /** Bumped whenever new points are published to React (a few times a second at most). */
  version: number;
}

const PUBLISH_MS = 250;

const INITIAL: RunView = { phase: 'idle', step: 0, loss: NaN, active: NaN, stats: null, backend: '', error: null, version: 0 };

/**
 * Trains the shared embedding CNN with createLoop's trainer and, between steps, re-embeds the
 * display set at most every REDRAW_MS and asks the scatter to redraw (outside React). React
 * state (numbers, retrieval) is published at most every PUBLISH_MS.
 */
export function useEmbeddingRun(compute: Compute | null, settings: EmbeddingState, data: { train: ImageSet; test: ImageSet } | null, display: number[], labels: number[], redraw: () => void) {
  const [view, setView] = useState<RunView>(INITIAL);
  const points = useRef<Float32Array | null>(null);
  const run = useRef<{ net: Network; loop: Loop & { dispose(): void }; token: number } | null>(null);
  const token = useRef(0);
  /** The last step's and the last embedding's duration (ms), for the benchmark. */
  const timing = useRef({ stepMs: NaN, embedMs: NaN }).current;
  const redrawRef = useRef(redraw);
  redrawRef.current = redraw;

  const dispose = useCallback(() => {
    token.current++;
    const r = run.current;
    run.current = null;
    if (r) {
      r.loop.dispose();
      r.net.dispose();
    }
  }, []);

  const reset = useCallback(() => {
    dispose();
    points.current = null;
    setView(INITIAL);
    redrawRef.current();
  }, [dispose]);

  useEffect(() => dispose, [dispose]);

  const start = useCallback(async () => {
    if (!compute || !data) return;
    dispose();
    const mine = ++token.current;
    setView({ ...INITIAL, phase: 'starting' });
    try {
      await compute.selectTrainingBackend(assetUrl('/tfjs-wasm/'));
      if (token.current !== mine) return;
      const net = compute.buildNetwork(compute.EMBEDDING_CNN, settings.seed);
      const s = { step: 0, loss: NaN, active: NaN };
      let stats: Separation | null = null;
      let lastEmbed = -Infinity;
      let lastPublish = -Infinity;
      let lastStepEnd = performance.now();
      const embed = () => {
        const t = performance.now();
        points.current = compute.embedImages(net, data.test, display);
        lastEmbed = performance.now();
        timing.embedMs = lastEmbed - t;
        redrawRef.current();
      };
      const publish = (phase: Phase) => {
        if (points.current) stats = separation(points.current, 2, labels, settings.metric);
        lastPublish = performance.now();
        setView((v) => ({ ...v, phase, ...s, stats, backend: compute.currentBackend(), version: v.version + 1 }));
      };
      const loop = compute.embeddingTrainer({
        network: net,
        train: data.train,
        optimizer: { kind: 'adam', learningRate: 0.003 },
        loss: { kind: settings.loss, margin: settings.margin, margin2: settings.margin2 },
        metric: settings.metric,
        mining: settings.mining,
        classes: BATCH_CLASSES,
        perClass: BATCH_PER_CLASS,
        seed: settings.seed,
        steps: TRAIN_STEPS,
        onStep: (r) => {
          s.step = r.step + 1;
          s.loss = r.loss;
          s.active = r.active;
          const now = performance.now();
          timing.stepMs = now - lastStepEnd;
          if (now - lastEmbed >= REDRAW_MS) embed();
          lastStepEnd = performance.now();
          if (now - lastPublish >= PUBLISH_MS) publish('running');
        },
        onState: (state, error) => {
          if (token.current !== mine) return;
          if (state === 'paused') setView((v) => ({ ...v, phase: 'paused' }));
          else if (state === 'running') setView((v) => ({ ...v, phase: 'running' }));
          else if (state === 'failed') setView((v) => ({ ...v, phase: 'failed', error: error instanceof Error ? error.message : String(error) }));
        },
      });
      run.current = { net, loop, token: mine };
      embed();
      publish('running');
      await loop.start();
      if (token.current !== mine || loop.state !== 'done') return;
      embed();
      publish('done');
    } catch (e) {
      if (token.current === mine) setView((v) => ({ ...v, phase: 'failed', error: e instanceof Error ? e.message : String(e) }));
    }
  }, [compute, data, display, labels, settings, dispose, timing]);

  return {
    view,
    points,
    start,
    pause: () => run.current?.loop.pause(),
    resume: () => run.current?.loop.resume(),
    reset,
    timing,
    steps: TRAIN_STEPS,
  };
}
