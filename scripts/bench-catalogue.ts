/**
 * How long the architecture catalogue takes to analyse its networks (shapes, parameters, MACs,
 * memory, receptive fields): the median of several runs after a warm-up.
 * `npx tsx scripts/bench-catalogue.ts` prints the figures; benchCatalogue returns them.
 */
import { pathToFileURL } from 'node:url';
import { analyseGraph, catalogue, networkIds } from '../lib/nn/catalogue';

const WARMUP = 5;
const RUNS = 21;

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

function analyse(id: (typeof networkIds)[number]) {
  const r = analyseGraph(catalogue[id]);
  if (!r.ok) throw new Error(r.error);
}

export function benchCatalogue(): { label: string; ms: number }[] {
  return [
    { label: 'resnet152: full analysis', ms: medianMs(() => analyse('resnet152')) },
    { label: `all ${networkIds.length} catalogue networks: full analysis`, ms: medianMs(() => networkIds.forEach(analyse)) },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const { label, ms } of benchCatalogue()) console.log(`  ${label}: ${ms.toFixed(2)} ms`);
}
