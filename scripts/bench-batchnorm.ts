/**
 * How long one BatchNormExplorer update takes: the model function the widget calls when a slider
 * moves (draw the batch, the training- and inference-mode passes through the compute layer, the
 * histograms), for the widget's default batch. Median of repeated runs after a warm-up, CPU
 * backend, Node. A second row times the largest batch the widget offers.
 * `npx tsx scripts/bench-batchnorm.ts` prints them; `npm run bench` may import benchBatchNormUpdate.
 */
import { pathToFileURL } from 'node:url';
import * as compute from '../lib/compute';
import { explorerView } from '../components/widgets/BatchNormExplorer/model';
import { DEFAULT_STATE } from '../components/widgets/BatchNormExplorer/state';

const WARMUP = 5;
const RUNS = 31;

function medianMs(run: (i: number) => void): number {
  for (let i = 0; i < WARMUP; i++) run(i);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run(i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

export async function benchBatchNormUpdate(): Promise<{ label: string; ms: number }[]> {
  await compute.ready();
  const { channel: _channel, mode: _mode, ...params } = DEFAULT_STATE;
  // Each run moves the γ slider one step, as a drag does.
  const update = (i: number) => void explorerView(compute, { ...params, gamma: [1 + (i % 20) * 0.05, params.gamma[1]] });
  const largest = { ...params, batchSize: 64 };
  const updateLargest = (i: number) => void explorerView(compute, { ...largest, gamma: [1 + (i % 20) * 0.05, params.gamma[1]] });
  return [
    { label: `BatchNormExplorer update, default batch (${params.layer}, N = ${params.batchSize}, ${params.mean.length} channels of 4×4)`, ms: medianMs(update) },
    { label: `BatchNormExplorer update, largest batch (${params.layer}, N = 64, ${params.mean.length} channels of 4×4)`, ms: medianMs(updateLargest) },
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  void benchBatchNormUpdate().then((rows) => {
    for (const { label, ms } of rows) console.log(`${label}: ${ms.toFixed(2)} ms`);
  });
}
