/**
 * The NetworkOverview's compute, on the shipped classifier (public/models/fashion-cnn.weights)
 * and the CPU backend: one forward pass with every intermediate map read back (issue 14's target:
 * under 50 ms, so drawing on the pad updates every map live), and explaining one unit of each
 * conv layer on a fresh pass (the channel's trace is built) and again on the same channel (the
 * trace is cached). Medians after a warm-up, Node.
 * `npx tsx scripts/bench-overview.ts` prints the figures; `npm run bench` imports benchOverview.
 */
import fs from 'node:fs';
import path from 'node:path';
import { medianMs, printWhenRun, type BenchRow } from './benchTiming';
import { ready } from '../lib/compute';
import { buildNetwork } from '../lib/compute/training/network';
import { decodeWeights } from '../lib/compute/training/weightsFile';
import { explainUnit, overviewPass, type OverviewPass } from '../lib/compute/overview';

const TIMING = { warmup: 3, runs: 15 };

export async function benchOverview(): Promise<BenchRow[]> {
  await ready();
  const { header, weights } = decodeWeights(new Uint8Array(fs.readFileSync(path.join(process.cwd(), 'public/models/fashion-cnn.weights'))));
  const network = buildNetwork(header.spec, 0);
  network.setWeights(weights);
  const [h, w, c] = header.spec.input;
  // A different image every run, as a pen stroke makes it.
  const image = (i: number) => Float32Array.from({ length: h * w * c }, (_, p) => (Math.sin(p * 0.37 + i) + 1) / 2);
  const rows: BenchRow[] = [
    { label: `one pass, every map read back (${header.spec.layers.length} layers + softmax, ${h}×${w}×${c})`, ms: medianMs((i) => void overviewPass(network, image(i)), TIMING) },
  ];
  const runs = TIMING.warmup + TIMING.runs;
  for (const [layer, spec] of header.spec.layers.entries()) {
    if (spec.type !== 'conv') continue;
    const passes: OverviewPass[] = Array.from({ length: runs }, (_, i) => overviewPass(network, image(i)));
    const out = passes[0].layers[layer + 1].shape as [number, number, number];
    const unit = (i: number) => ({ layer, channel: i % out[2], y: Math.floor(out[0] / 2), x: Math.floor(out[1] / 3) });
    rows.push({ label: `explain a unit of conv layer ${layer} (${out.join('×')} out), its channel's trace built`, ms: medianMs((i) => void explainUnit(network, passes[i], unit(i)), TIMING) });
    rows.push({ label: `explain a unit of conv layer ${layer}, the same channel again (trace cached)`, ms: medianMs((i) => void explainUnit(network, passes[0], { ...unit(0), x: i % out[1] }), TIMING) });
  }
  const pass = overviewPass(network, image(0));
  const pool = header.spec.layers.findIndex((l) => l.type === 'pool');
  const dense = header.spec.layers.findIndex((l) => l.type === 'dense');
  rows.push({ label: `explain a pooling unit (layer ${pool})`, ms: medianMs((i) => void explainUnit(network, pass, { layer: pool, channel: i % 16, y: 3, x: 4 }), TIMING) });
  // A new unit every run: dense explanations are cached per unit.
  rows.push({ label: `explain a dense unit (layer ${dense})`, ms: medianMs((i) => void explainUnit(network, pass, { layer: dense, channel: i, y: 0, x: 0 }), TIMING) });
  network.dispose();
  return rows;
}

printWhenRun(import.meta.url, benchOverview, 1);
