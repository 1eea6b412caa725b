/**
 * How long a convolution trace takes to build: the median of several runs after a warm-up,
 * on the CPU backend. `npx tsx scripts/bench-trace.ts` prints the figures; `npm run bench`
 * imports benchTraces.
 */
import { medianMs, printWhenRun } from './benchTiming';
import { convolutionTrace, ready, type ConvSpec } from '../lib/compute';

const TIMING = { warmup: 3, runs: 15 };

function spec(c: number, size: number, kernels: number): ConvSpec {
  const values = (n: number) => Float32Array.from({ length: n }, (_, i) => Math.sin(i * 0.61));
  return {
    input: values(c * size * size), inputShape: [c, size, size],
    kernels: values(kernels * c * 9), kernelShape: [kernels, c, 3, 3],
    bias: values(kernels), stride: 1, padding: 1, dilation: 1,
  };
}


export async function benchTraces(): Promise<{ label: string; ms: number }[]> {
  await ready();
  const cases: [string, ConvSpec][] = [
    ['28×28 grey, one 3×3 kernel (stride 1, padding 1)', spec(1, 28, 1)],
    ['64×64 RGB, eight 3×3×3 kernels (stride 1, padding 1)', spec(3, 64, 8)],
  ];
  return cases.map(([label, s]) => ({ label, ms: medianMs(() => convolutionTrace(s), TIMING) }));
}

printWhenRun(import.meta.url, benchTraces, 1);
