/**
 * How long one BatchNormExplorer update takes: the model function the widget calls when a slider
 * moves (draw the batch, the training- and inference-mode passes through the compute layer, the
 * histograms), for the widget's default batch. Median of repeated runs after a warm-up, CPU
 * backend, Node. A second row times the largest batch the widget offers.
 * `npx tsx scripts/bench-batchnorm.ts` prints them; `npm run bench` may import benchBatchNormUpdate.
 */
import { medianMs, printWhenRun } from './benchTiming';
import * as compute from '../lib/compute';
import { explorerView } from '../components/widgets/BatchNormExplorer/model';
import { DEFAULT_STATE } from '../components/widgets/BatchNormExplorer/state';

const TIMING = { warmup: 5, runs: 31 };


export async function benchBatchNormUpdate(): Promise<{ label: string; ms: number }[]> {
  await compute.ready();
  const { channel: _channel, mode: _mode, ...params } = DEFAULT_STATE;
  // Each run moves the γ slider one step, as a drag does.
  const update = (i: number) => void explorerView(compute, { ...params, gamma: [1 + (i % 20) * 0.05, params.gamma[1]] });
  const largest = { ...params, batchSize: 64 };
  const updateLargest = (i: number) => void explorerView(compute, { ...largest, gamma: [1 + (i % 20) * 0.05, params.gamma[1]] });
  return [
    { label: `BatchNormExplorer update, default batch (${params.layer}, N = ${params.batchSize}, ${params.mean.length} channels of 4×4)`, ms: medianMs(update, TIMING) },
    { label: `BatchNormExplorer update, largest batch (${params.layer}, N = 64, ${params.mean.length} channels of 4×4)`, ms: medianMs(updateLargest, TIMING) },
  ];
}

printWhenRun(import.meta.url, benchBatchNormUpdate, 2);
