'use client';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { useCompute } from '@/components/widgets/shared/frame/useCompute';
import { useFashionMnist } from '@/components/widgets/shared/useFashionMnist';
import { assetUrl } from '@/components/widgets/shared/assetUrl';
import type { TrainingPhase } from '@/components/widgets/shared/training';
import type { NetworkSpec } from '@/lib/compute/training/spec';
import type { Network } from '@/lib/compute/training/network';
import type { Loop } from '@/lib/compute/training/loop';
import type { ImageSet } from '@/lib/compute/training/dataset';
import type { TrainingSettings } from '@/lib/sandbox';
import { S } from './strings';

type Compute = NonNullable<ReturnType<typeof useCompute>['compute']>;

export interface Curves {
  loss: [number, number][];
  accuracy: [number, number][];
  test: [number, number][];
}

export interface Evaluation {
  accuracy: number;
  predictions: Int32Array;
  /** Bumped on every evaluation, so views redraw. */
  version: number;
}

export interface Filters {
  layer: number;
  kernel: number;
  /** One k×k array per filter. */
  weights: Float32Array[];
}

export interface FeatureMaps {
  shape: number[];
  data: Float32Array;
  probabilities: Float32Array;
}

const WINDOW = 10;
const mean = (a: number[]) => a.reduce((s, v) => s + v, 0) / Math.max(1, a.length);

/**
 * Trains the sandbox's network with the course's trainer on the Fashion-MNIST subset, keeps the
 * curves, and answers questions about the trained network (filters, feature maps, test predictions).
 */
export function useSandboxTraining(ref: RefObject<HTMLElement | null>) {
  const { compute, error: computeError } = useCompute(ref);
  const { status, load } = useFashionMnist();
  const [phase, setPhase] = useState<TrainingPhase>('idle');
  const [preparing, setPreparing] = useState(false);
  const [progress, setProgress] = useState({ done: 0, total: 0 });
  const [curves, setCurves] = useState<Curves>({ loss: [], accuracy: [], test: [] });
  const [detail, setDetail] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [evaluation, setEvaluation] = useState<Evaluation | null>(null);
  const [trained, setTrained] = useState<{ spec: NetworkSpec; key: string } | null>(null);
  const [backend, setBackend] = useState<string | null>(null);
  const [wanted, setWanted] = useState<{ spec: NetworkSpec; settings: TrainingSettings } | null>(null);
  const run = useRef<{ net: Network; loop: Loop & { dispose(): void }; c: Compute; test: ImageSet } | null>(null);
  const evalCount = useRef(0);

  const stopRun = useCallback(() => {
    const r = run.current;
    if (!r) return;
    r.loop.dispose();
    r.net.dispose();
    run.current = null;
  }, []);
  useEffect(() => stopRun, [stopRun]);

  const evaluateNow = useCallback(() => {
    const r = run.current;
    if (!r) return;
    try {
      const ev = r.c.evaluate(r.net, r.test);
      setEvaluation({ accuracy: ev.accuracy, predictions: ev.predictions, version: ++evalCount.current });
    } catch (e) {
      setFailure(S.failed(e instanceof Error ? e.message : String(e)));
    }
  }, []);

  const start = useCallback(
    async (c: Compute, data: { train: ImageSet; test: ImageSet }, spec: NetworkSpec, settings: TrainingSettings) => {
      stopRun();
      setFailure(null);
      setEvaluation(null);
      setCurves({ loss: [], accuracy: [], test: [] });
      setDetail('');
      setPreparing(true);
      try {
        const choice = await c.selectTrainingBackend(assetUrl('/tfjs-wasm/'));
        setBackend(choice.name);
      } catch (e) {
        setFailure(S.failed(e instanceof Error ? e.message : String(e)));
        setPreparing(false);
        return;
      }
      setPreparing(false);
      const train = c.sliceSet(data.train, c.balancedSubset(data.train, settings.trainImages / 10));
      const batches = Math.ceil(train.count / settings.batchSize);
      const total = batches * settings.epochs;
      setProgress({ done: 0, total });
      let net: Network;
      try {
        net = c.buildNetwork(spec, settings.seed);
      } catch (e) {
        setFailure(S.failed(e instanceof Error ? e.message : String(e)));
        return;
      }
      // The untrained network's test accuracy starts the test curve (near chance), so even a
      // one-epoch run draws a line rather than a lone point.
      let start0: number;
      try {
        start0 = c.evaluate(net, data.test).accuracy;
      } catch (e) {
        net.dispose();
        setFailure(S.failed(e instanceof Error ? e.message : String(e)));
        return;
      }
      setCurves({ loss: [], accuracy: [], test: [[0, start0]] });
      const losses: number[] = [];
      const accs: number[] = [];
      const pending: Curves = { loss: [], accuracy: [], test: [] };
      let lastFlush = 0;
      const flush = () => {
        const add = { ...pending };
        pending.loss = [];
        pending.accuracy = [];
        pending.test = [];
        setCurves((old) => ({ loss: [...old.loss, ...add.loss], accuracy: [...old.accuracy, ...add.accuracy], test: [...old.test, ...add.test] }));
      };
      const loop = c.classifierTrainer({
        network: net,
        train,
        test: data.test,
        optimizer: settings.optimizer === 'adam' ? { kind: 'adam', learningRate: settings.learningRate } : { kind: 'sgd', learningRate: settings.learningRate, momentum: settings.momentum },
        batchSize: settings.batchSize,
        epochs: settings.epochs,
        seed: settings.seed,
        onBatch: (b) => {
          losses.push(b.loss);
          accs.push(b.accuracy);
          const loss = mean(losses.slice(-WINDOW));
          const acc = mean(accs.slice(-WINDOW));
          pending.loss.push([b.seen, loss]);
          pending.accuracy.push([b.seen, acc]);
          const now = performance.now();
          if (now - lastFlush > 150 || b.step === total - 1) {
            lastFlush = now;
            flush();
            setProgress({ done: b.step + 1, total });
            setDetail(S.detail(b.epoch + 1, settings.epochs, b.batch + 1, batches, loss, acc));
          }
        },
        onEpoch: (e) => {
          if (e.testAccuracy !== undefined) {
            pending.test.push([(e.epoch + 1) * train.count, e.testAccuracy]);
            setAnnouncement(S.announceEpoch(e.epoch + 1, settings.epochs, e.testAccuracy));
          }
          flush();
        },
        onState: (s, error) => {
          if (s === 'failed') setFailure(S.failed(error instanceof Error ? error.message : String(error)));
          setPhase(s);
          if (s === 'paused' || s === 'done') {
            flush();
            evaluateNow();
          }
        },
      });
      run.current = { net, loop, c, test: data.test };
      setTrained({ spec, key: JSON.stringify(spec) });
      void loop.start();
    },
    [stopRun, evaluateNow],
  );

  // Start once the images and the engine are there (the first Train also downloads them).
  useEffect(() => {
    if (wanted && compute && status.kind === 'ready') {
      const w = wanted;
      setWanted(null);
      void start(compute, status.data, w.spec, w.settings);
    }
    if (wanted && status.kind === 'failed') setWanted(null);
  }, [wanted, compute, status, start]);

  const train = useCallback(
    (spec: NetworkSpec, settings: TrainingSettings) => {
      setWanted({ spec, settings });
      if (status.kind !== 'ready') load();
    },
    [status.kind, load],
  );

  const reset = useCallback(() => {
    stopRun();
    setPhase('idle');
    setProgress({ done: 0, total: 0 });
    setCurves({ loss: [], accuracy: [], test: [] });
    setEvaluation(null);
    setTrained(null);
    setDetail('');
    setAnnouncement('');
    setFailure(null);
  }, [stopRun]);

  const pause = useCallback(() => run.current?.loop.pause(), []);
  const resume = useCallback(() => {
    run.current?.loop.resume();
  }, []);

  /** The first convolution's filters (conv, residual's first conv, or the depthwise filter). */
  const filters = useCallback((): Filters | null => {
    const r = run.current;
    if (!r) return null;
    const layer = r.net.spec.layers.findIndex((l) => l.type === 'conv' || l.type === 'residual' || l.type === 'depthwiseSeparable');
    if (layer < 0) return null;
    const l = r.net.spec.layers[layer];
    const name = l.type === 'conv' ? 'kernel' : l.type === 'residual' ? 'conv1' : 'depthwise';
    const p = r.net.params.find((q) => q.name === `${layer}.${name}`);
    if (!p) return null;
    const [k, , cin, count] = p.variable.shape;
    const all = p.variable.dataSync() as Float32Array;
    // Shape [k, k, cin, count]: the first input channel of each filter (the image has one channel).
    const weights = Array.from({ length: count }, (_, f) => Float32Array.from({ length: k * k }, (_, i) => all[i * cin * count + f]));
    return { layer, kernel: k, weights };
  }, []);

  /** Every channel of layer `layer`'s output for test image `image`, and the predicted probabilities. */
  const featureMaps = useCallback((image: number, layer: number): FeatureMaps | null => {
    const r = run.current;
    if (!r) return null;
    const { tf } = r.c;
    const x = r.c.imageBatch(r.test, [image]);
    const outs = r.net.activations(x);
    x.dispose();
    try {
      const out = outs[layer];
      const logits = outs[outs.length - 1];
      const probabilities = tf.tidy(() => tf.softmax(logits).dataSync() as Float32Array);
      return { shape: out.shape.slice(1), data: out.dataSync() as Float32Array, probabilities };
    } finally {
      tf.dispose(outs);
    }
  }, []);

  const loading = !!wanted || preparing || status.kind === 'loading';
  return {
    phase: (loading ? 'loading' : phase) as TrainingPhase,
    status,
    load,
    computeError,
    progress,
    curves,
    detail,
    announcement,
    failure,
    evaluation,
    trained,
    backend,
    preparing,
    testSet: status.kind === 'ready' ? status.data.test : null,
    train,
    reset,
    pause,
    resume,
    filters,
    featureMaps,
    /** A copy of the trained network's weights, or null before training. */
    weights: () => run.current?.net.getWeights() ?? null,
  };
}
