/**
 * The networks of the siamese-triplet lesson as drawings: which branches each has, which
 * distances join them, and the shared CNN they all apply (lib/compute/training/lessonSpecs, the
 * network the lesson's EmbeddingTrainer trains), its parameters and embedding size counted by
 * inferShapes, never typed in.
 */
import { inferShapes, type NetworkSpec } from '@/lib/compute/training/spec';
import { EMBEDDING_CNN } from '@/lib/compute/training/lessonSpecs';
import { METRIC_STRINGS as S } from './strings';

export const METRIC_VARIANTS = ['siamese', 'triplet', 'quadruplet'] as const;
export type MetricVariant = (typeof METRIC_VARIANTS)[number];

/** Pairs of branches joined by a distance, and the column it is drawn in (0 nearer the branches). */
const DISTANCES: Record<MetricVariant, readonly { from: number; to: number; column: 0 | 1 }[]> = {
  siamese: [{ from: 0, to: 1, column: 0 }],
  triplet: [{ from: 0, to: 1, column: 0 }, { from: 0, to: 2, column: 1 }],
  quadruplet: [{ from: 0, to: 1, column: 0 }, { from: 2, to: 3, column: 0 }, { from: 0, to: 2, column: 1 }],
};

export interface MetricNetwork {
  branches: readonly { symbol: string; role: string }[];
  distances: readonly { from: number; to: number; column: 0 | 1; label: string }[];
  loss: readonly string[];
  params: number;
  /** Values in one embedding. */
  dims: number;
  /** The input image's side, "28×28". */
  side: string;
  /** The weight layers, "conv 8 · conv 16 · dense 32 · dense 2", and how many there are. */
  layers: string;
  weightLayers: number;
}

export function metricNetwork(variant: MetricVariant, spec: NetworkSpec = EMBEDDING_CNN): { ok: true; net: MetricNetwork } | { ok: false; error: string } {
  const shapes = inferShapes(spec);
  if (!shapes.ok) return { ok: false, error: `layer ${shapes.index + 1}: ${shapes.error}` };
  const branches = S.branches[variant].map(([symbol, role]) => ({ symbol, role }));
  const weighted = spec.layers.flatMap((l) => (l.type === 'conv' ? [`conv ${l.filters}`] : l.type === 'dense' ? [`dense ${l.units}`] : []));
  return {
    ok: true,
    net: {
      branches,
      distances: DISTANCES[variant].map((d) => ({ ...d, label: S.distance(branches[d.from].symbol, branches[d.to].symbol) })),
      loss: S.loss[variant],
      params: shapes.params,
      dims: shapes.output.reduce((a, b) => a * b, 1),
      side: `${spec.input[0]}×${spec.input[1]}`,
      layers: weighted.join(' · '),
      weightLayers: weighted.length,
    },
  };
}
