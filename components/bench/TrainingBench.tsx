'use client';
import { useRef, useState } from 'react';
import { Alert } from '@/components/ui';
import { loadCompute } from '@/components/widgets/shared/frame/useCompute';
import { useFashionMnist } from '@/components/widgets/shared/useFashionMnist';
import { DataStatus } from '@/components/widgets/shared/DataStatus';
import { assetUrl } from '@/components/widgets/shared/assetUrl';
import { LearningCurves, TrainingControls, type TrainingPhase } from '@/components/widgets/shared/training';
import type { Loop } from '@/lib/compute/training/loop';

interface Result {
  backend: string;
  skipped: string[];
  seconds: number;
  imagesPerSecond: number;
  epochs: number;
  testAccuracy: number;
}

/**
 * Trains the default small CNN for a fixed time on the chosen backend and reports images per
 * second and test accuracy. Query: ?backend=wasm|webgl|cpu&seconds=30&batch=32.
 */
export function TrainingBench() {
  const { status, load } = useFashionMnist(true);
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [phase, setPhase] = useState<TrainingPhase>('idle');
  const [loss, setLoss] = useState<[number, number][]>([]);
  const [accuracy, setAccuracy] = useState<[number, number][]>([]);
  const [elapsed, setElapsed] = useState({ done: 0, total: 30 });
  const trainer = useRef<Loop | null>(null);
  const runId = useRef(0);

  async function run() {
    if (status.kind !== 'ready') return;
    const id = ++runId.current;
    setPhase('running');
    setResult(null);
    setLoss([]);
    setAccuracy([]);
    try {
      const q = new URLSearchParams(window.location.search);
      const seconds = Number(q.get('seconds') ?? 30);
      const batchSize = Number(q.get('batch') ?? 32);
      const prefer = (q.get('backend') ?? undefined) as 'wasm' | 'webgl' | 'cpu' | undefined;
      const c = await loadCompute();
      const choice = await c.selectTrainingBackend(assetUrl('/tfjs-wasm/'), prefer);
      const net = c.buildNetwork(c.SMALL_CNN, 1);
      let start = performance.now();
      let paused = 0;
      let seen = 0;
      let epochs = 0;
      let lossSum = 0;
      let hits = 0;
      let n = 0;
      const t = c.classifierTrainer({
        network: net, train: status.data.train, optimizer: c.DEFAULT_OPTIMIZER, batchSize, epochs: 1000, seed: 1,
        onBatch: (r) => {
          seen = r.seen;
          epochs = r.seen / status.data.train.count;
          lossSum += r.loss;
          hits += r.accuracy;
          if (++n === 20) {
            const [l, a] = [lossSum / n, hits / n];
            setLoss((p) => [...p, [seen, l]]);
            setAccuracy((p) => [...p, [seen, a]]);
            lossSum = hits = n = 0;
          }
          const running = (performance.now() - start - paused) / 1000;
          setElapsed({ done: running, total: seconds });
          if (running >= seconds) t.stop();
        },
        onState: (s) => {
          if (s === 'paused') paused -= performance.now();
          if (s === 'running' && paused < 0) paused += performance.now();
          if (s === 'paused' || s === 'running') setPhase(s);
        },
      });
      trainer.current = t;
      start = performance.now();
      await t.start();
      if (id !== runId.current) {
        // Reset while training: drop this run.
        t.dispose();
        net.dispose();
        return;
      }
      const took = (performance.now() - start - paused) / 1000;
      const ev = c.evaluate(net, status.data.test);
      setResult({ backend: c.currentBackend(), skipped: choice.skipped, seconds: took, imagesPerSecond: seen / took, epochs, testAccuracy: ev.accuracy });
      t.dispose();
      net.dispose();
      setPhase('done');
    } catch (e) {
      setError(String(e));
      setPhase('failed');
    }
  }

  return (
    <div>
      <DataStatus status={status} onRetry={load} />
      <TrainingControls
        phase={phase}
        onTrain={() => void run()}
        onPause={() => trainer.current?.pause()}
        onResume={() => trainer.current?.resume()}
        onReset={() => {
          runId.current++;
          trainer.current?.stop();
          setPhase('idle');
          setLoss([]);
          setAccuracy([]);
          setResult(null);
        }}
        disabled={status.kind !== 'ready'}
        progress={{ done: elapsed.done, total: elapsed.total }}
        detail={`${elapsed.done.toFixed(1)} of ${elapsed.total} s`}
      />
      <LearningCurves title="Training loss (mean of 20 batches)" series={[{ id: 'loss', label: 'loss', points: loss, colour: 'var(--accent)' }]} />
      <LearningCurves title="Training accuracy (mean of 20 batches)" percent yDomain={[0, 1]} series={[{ id: 'acc', label: 'accuracy', points: accuracy, colour: 'var(--positive)' }]} />
      {error && (
        <div data-bench-error>
          <Alert>{error}</Alert>
        </div>
      )}
      {result && <pre data-bench-result={JSON.stringify(result)}>{JSON.stringify(result, null, 2)}</pre>}
    </div>
  );
}
