'use client';
import { useCallback, useRef, useState } from 'react';
import type { ImageSet } from '@/lib/compute/training/dataset';
import { separation, type Separation } from '@/lib/metric/distances';
import { useTrainingLoop } from '@/components/widgets/shared/training';
import { BATCH_CLASSES, BATCH_PER_CLASS, REDRAW_MS, TRAIN_STEPS } from './model';
import type { EmbeddingState } from './state';

type Compute = typeof import('@/lib/compute');

export interface RunView {
  step: number;
  loss: number;
  active: number;
  stats: Separation | null;
  backend: string;
  /** Bumped whenever new points are published to React (a few times a second at most). */
  version: number;
}

const PUBLISH_MS = 250;

const INITIAL: RunView = { step: 0, loss: NaN, active: NaN, stats: null, backend: '', version: 0 };

/**
 * Trains the shared embedding CNN on the widget's training loop and, between steps, re-embeds the
 * display set at most every REDRAW_MS and asks the scatter to redraw (outside React). React
 * state (numbers, retrieval) is published at most every PUBLISH_MS. A Train press waits for the
 * images (and for settings that are not `blocked`); `failed`: the images will not come.
 */
export function useEmbeddingRun(compute: Compute | null, settings: EmbeddingState, data: { train: ImageSet; test: ImageSet } | null, display: number[], labels: number[], redraw: () => void, { failed, blocked }: { failed: boolean; blocked: boolean }) {
  const [view, setView] = useState<RunView>(INITIAL);
  const points = useRef<Float32Array | null>(null);
  /** The last step's and the last embedding's duration (ms), for the benchmark. */
  const timing = useRef({ stepMs: NaN, embedMs: NaN }).current;
  const redrawRef = useRef(redraw);
  redrawRef.current = redraw;

  const go = () => {
    if (!compute || !data) return;
    setView(INITIAL);
    void loop.start(({ onState }) => {
      const net = compute.buildNetwork(compute.EMBEDDING_CNN, settings.seed);
      const s = { step: 0, loss: NaN, active: NaN };
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
      const publish = () => {
        const stats = points.current ? separation(points.current, 2, labels, settings.metric) : null;
        lastPublish = performance.now();
        setView((v) => ({ ...s, stats, backend: compute.currentBackend(), version: v.version + 1 }));
      };
      const trainer = compute.embeddingTrainer({
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
          if (now - lastPublish >= PUBLISH_MS) publish();
        },
        onState,
      });
      embed();
      publish();
      return {
        loop: trainer,
        dispose: () => (trainer.dispose(), net.dispose()),
        finish() {
          embed();
          publish();
        },
      };
    }, compute);
  };
  const loop = useTrainingLoop({ ready: Boolean(compute && data) && !blocked, failed, go });

  const { reset: resetLoop } = loop;
  const reset = useCallback(() => {
    resetLoop();
    points.current = null;
    setView(INITIAL);
    redrawRef.current();
  }, [resetLoop]);

  return { ...loop, view, points, reset, timing, steps: TRAIN_STEPS };
}
