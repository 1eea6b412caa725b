/**
 * How long the effective receptive field takes: the gradient of the centre unit of six stacked
 * 3×3 convolutions (4 channels, ReLU between them) with respect to a 64×64 input, on the CPU
 * backend in Node. Median of repeated runs after a warm-up.
 * `npx tsx scripts/bench-erf.ts` prints the figures; `npm run bench` may import the function.
 */
import { medianMs, printWhenRun } from './benchTiming';
import { effectiveReceptiveField, ready } from '../lib/compute';
import type { ChainLayer } from '../lib/nn/layerChain';
import { ERF_CHANNELS, ERF_DRAWS } from '../components/widgets/ReceptiveFieldExplorer/model';

const TIMING = { warmup: 3, runs: 15 };


const conv3: ChainLayer = { kind: 'conv', kernel: 3, stride: 1, padding: 1, dilation: 1 };

export async function benchEffectiveReceptiveField(): Promise<{ label: string; ms: number }[]> {
  await ready();
  const layers = Array.from({ length: 6 }, () => conv3);
  const base = { side: 64, layers, channels: ERF_CHANNELS, relu: true };
  return [
    [`effective receptive field, six 3×3 convs (${ERF_CHANNELS} channels, ReLU), 64×64 input, centre unit, one draw`, () => effectiveReceptiveField(base)],
    ['the same, corner unit (its field half in the padding)', () => effectiveReceptiveField({ ...base, unit: [0, 0] })],
    [`the widget's update: centre unit averaged over ${ERF_DRAWS} random draws`, () => effectiveReceptiveField({ ...base, samples: ERF_DRAWS })],
  ].map(([label, run]) => ({ label: label as string, ms: medianMs(run as () => void, TIMING) }));
}

printWhenRun(import.meta.url, benchEffectiveReceptiveField, 1);
