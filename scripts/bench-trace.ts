/**
 * How long a convolution trace takes to build: the median of several runs after a warm-up,
 * on the CPU backend. `npx tsx scripts/bench-trace.ts` prints the figures; `npm run bench`
 * imports benchTraces.
 */
import { pathToFileURL } from 'node:url';
import { convolutionTrace, ready, type ConvSpec } from '../lib/compute';

const WARMUP = 3;
const RUNS = 15;

function spec(c: number, size: number, kernels: number): ConvSpec {
  const values = (n: number) => Float32Array.from({ length: n }, (_, i) => Math.sin(i * 0.61));
  return {
    input: values(c * size * size), inputShape: [c, size, size],
    kernels: values(kernels * c * 9), kernelShape: [kernels, c, 3, 3],
    bias: values(kernels), stride: 1, padding: 1, dilation: 1,
  };
}

function medianMs(run: () => void): number {
  for (let i = 0; i < WARMUP; i++) run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

export async function benchTraces(): Promise<{ label: string; ms: number }[]> {
  await ready();
  const cases: [string, ConvSpec][] = [
    ['28×28 grey, one 3×3 kernel (stride 1, padding 1)', spec(1, 28, 1)],
    ['64×64 RGB, eight 3×3×3 kernels (stride 1, padding 1)', spec(3, 64, 8)],
  ];
  return cases.map(([label, s]) => ({ label, ms: medianMs(() => convolutionTrace(s)) }));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  void benchTraces().then((rows) => {
    for (const { label, ms } of rows) console.log(`${label}: ${ms.toFixed(1)} ms`);
  });
}
