/**
 * How long one GradientFlow recomputation takes (one forward and one backward pass through the
 * stack, every layer's gradient norm read back), at depth 50 and at depth 100, for the widget's
 * default settings (sigmoid, no BN) and with BN. Median of repeated runs after a warm-up, CPU
 * backend, Node. `npx tsx scripts/bench-gradient-flow.ts` prints them; `npm run bench` may import
 * benchGradientFlow.
 */
import { medianMs, printWhenRun } from './benchTiming';
import * as compute from '../lib/compute';

const TIMING = { warmup: 3, runs: 15 };


export async function benchGradientFlow(): Promise<{ label: string; ms: number }[]> {
  await compute.ready();
  const rows: { label: string; ms: number }[] = [];
  for (const batchNorm of [false, true]) {
    for (const depth of [50, 100]) {
      // Each run moves the init-scale slider one step, as a drag does.
      const run = (i: number) => void compute.gradientFlow({ depth, architecture: 'residual', activation: 'sigmoid', batchNorm, initScale: 1 + (i % 8) * 0.25, seed: 1 });
      rows.push({ label: `GradientFlow recomputation, residual sigmoid${batchNorm ? ' + BN' : ''}, depth ${depth} (width ${compute.FLOW_WIDTH}, batch ${compute.FLOW_BATCH})`, ms: medianMs(run, TIMING) });
    }
  }
  return rows;
}

printWhenRun(import.meta.url, benchGradientFlow, 1);
