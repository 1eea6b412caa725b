/** PruningExplorer's pure logic: one ranking of every kernel weight, read at any sparsity. No React. */
import { histogram, maxAbs, type Histogram } from '@/lib/compression/histogram';
import { magnitudePrune, prunedCount, rankByMagnitude } from '@/lib/compression/prune';

/** Sparsities (in %) at which the accuracy curve is measured, finer where accuracy falls. */
export const CURVE_SPARSITIES = [0, 10, 20, 30, 40, 50, 60, 70, 80, 85, 90, 93, 95, 97, 98, 99];
export const HISTOGRAM_BINS = 60;

export interface Layer {
  name: string;
  size: number;
}

export interface PruningPlan {
  layers: Layer[];
  tensors: Float32Array[];
  /** Flat indices, smallest |w| first. */
  order: Uint32Array;
  /** Which layer each flat index is in. */
  layerOf: Uint8Array;
  total: number;
  range: number;
  full: Histogram;
}

export function makePlan(layers: Layer[], tensors: Float32Array[]): PruningPlan {
  const order = rankByMagnitude(tensors);
  const total = order.length;
  const layerOf = new Uint8Array(total);
  let at = 0;
  tensors.forEach((t, li) => {
    layerOf.fill(li, at, at + t.length);
    at += t.length;
  });
  // A symmetric range that holds 99.9 % of the weights, so a few outliers do not squash the plot.
  const range = Math.max(1e-6, Math.abs(flatAt(tensors, order[Math.min(total - 1, Math.floor(total * 0.999))])) || maxAbs(tensors));
  return { layers, tensors, order, layerOf, total, range, full: histogram(tensors, HISTOGRAM_BINS, range) };
}

function flatAt(tensors: Float32Array[], flat: number): number {
  let ti = 0;
  while (flat >= tensors[ti].length) flat -= tensors[ti++].length;
  return tensors[ti][flat];
}

export interface PruningView {
  count: number;
  threshold: number;
  /** Pruned weights per layer. */
  perLayer: number[];
  kept: Uint32Array;
}

/** What pruning `percent` % of the weights removes, for drawing (fast: no copies). */
export function viewAt(plan: PruningPlan, percent: number): PruningView {
  const count = prunedCount(plan.total, percent / 100);
  const perLayer = plan.layers.map(() => 0);
  const kept = Uint32Array.from(plan.full.counts);
  const width = (2 * plan.range) / HISTOGRAM_BINS;
  for (let r = 0; r < count; r++) {
    const flat = plan.order[r];
    perLayer[plan.layerOf[flat]]++;
    const v = flatAt(plan.tensors, flat);
    kept[Math.max(0, Math.min(HISTOGRAM_BINS - 1, Math.floor((v + plan.range) / width)))]--;
  }
  return { count, threshold: count > 0 ? Math.abs(flatAt(plan.tensors, plan.order[count - 1])) : 0, perLayer, kept };
}

/** The pruned kernels by name, ready for evaluateWith. */
export function prunedKernels(plan: PruningPlan, percent: number): Map<string, Float32Array> {
  const r = magnitudePrune(plan.tensors, percent / 100, plan.order);
  return new Map(plan.layers.map((l, i) => [l.name, r.tensors[i]]));
}
