'use client';
import { useState } from 'react';
import { loadCompute } from '@/components/widgets/useCompute';
import { useFashionMnist } from '@/components/widgets/shared/useFashionMnist';
import { DataStatus } from '@/components/widgets/shared/DataStatus';
import { assetUrl } from '@/components/widgets/shared/assetUrl';

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
  const [running, setRunning] = useState(false);

  async function run() {
    if (status.kind !== 'ready') return;
    setRunning(true);
    try {
      const q = new URLSearchParams(window.location.search);
      const seconds = Number(q.get('seconds') ?? 30);
      const batchSize = Number(q.get('batch') ?? 32);
      const prefer = (q.get('backend') ?? undefined) as 'wasm' | 'webgl' | 'cpu' | undefined;
      const c = await loadCompute();
      const choice = await c.selectTrainingBackend(assetUrl('/tfjs-wasm/'), prefer);
      const net = c.buildNetwork(c.SMALL_CNN, 1);
      const t0 = performance.now();
      let seen = 0;
      let epochs = 0;
      const trainer = c.classifierTrainer({
        network: net, train: status.data.train, optimizer: c.DEFAULT_OPTIMIZER, batchSize, epochs: 1000, seed: 1,
        onBatch: (r) => {
          seen = r.seen;
          epochs = r.seen / status.data.train.count;
          if (performance.now() - t0 >= seconds * 1000) trainer.stop();
        },
      });
      await trainer.start();
      const elapsed = (performance.now() - t0) / 1000;
      const ev = c.evaluate(net, status.data.test);
      setResult({ backend: c.currentBackend(), skipped: choice.skipped, seconds: elapsed, imagesPerSecond: seen / elapsed, epochs, testAccuracy: ev.accuracy });
      trainer.dispose();
      net.dispose();
    } catch (e) {
      setError(String(e));
    } finally {
      setRunning(false);
    }
  }

  return (
    <div>
      <DataStatus status={status} onRetry={load} />
      <button type="button" onClick={() => void run()} disabled={status.kind !== 'ready' || running}>
        {running ? 'Training…' : 'Run the benchmark'}
      </button>
      {error && <p role="alert" data-bench-error>{error}</p>}
      {result && <pre data-bench-result={JSON.stringify(result)}>{JSON.stringify(result, null, 2)}</pre>}
    </div>
  );
}
