/**
 * How long the architecture catalogue takes to analyse its networks (shapes, parameters, MACs,
 * memory, receptive fields): the median of several runs after a warm-up.
 * `npx tsx scripts/bench-catalogue.ts` prints the figures; benchCatalogue returns them.
 */
import { medianMs, printWhenRun } from './benchTiming';
import { analyseGraph, catalogue, networkIds } from '../lib/nn/catalogue';

const TIMING = { warmup: 5, runs: 21 };


function analyse(id: (typeof networkIds)[number]) {
  const r = analyseGraph(catalogue[id]);
  if (!r.ok) throw new Error(r.error);
}

export function benchCatalogue(): { label: string; ms: number }[] {
  return [
    { label: 'resnet152: full analysis', ms: medianMs(() => analyse('resnet152'), TIMING) },
    { label: `all ${networkIds.length} catalogue networks: full analysis`, ms: medianMs(() => networkIds.forEach(analyse), TIMING) },
  ];
}

printWhenRun(import.meta.url, benchCatalogue, 2);
