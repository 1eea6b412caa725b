/**
 * The attention lesson's network as data: a small CNN for 28×28 Fashion-MNIST images with one
 * squeeze-and-excitation block and one residual spatial-attention mask on its 14×14×16 maps, and
 * how to cut it around those two layers so a widget can recompute them by hand (and override
 * them). Plain TypeScript, no tfjs.
 */
import { smallCnnTrunk, type LayerSpec, type NetworkSpec } from '../compute/training/spec';

export const SE_REDUCTION = 4;

export const ATTENTION_CNN: NetworkSpec = {
  input: [28, 28, 1],
  // The small CNN's trunk with the two attention layers on its 14×14×16 maps, before the second pooling.
  layers: [...smallCnnTrunk([{ type: 'squeezeExcite', reduction: SE_REDUCTION }, { type: 'spatialAttention', kernel: 3 }]), { type: 'dense', units: 10 }],
};

/** How the model is trained (scripts/models/train-attention-cnn.ts); the file records it too. */
export const ATTENTION_TRAINING = { seed: 7, epochs: 3, batchSize: 32, learningRate: 0.002 } as const;

export interface AttentionSplit {
  /** Layers before the SE block: image → maps entering SE. */
  head: NetworkSpec;
  /** Layers after the spatial mask: attended maps → logits. */
  tail: NetworkSpec;
  seIndex: number;
  spatialIndex: number;
  /** [h, w, c] of the maps the two attention layers see. */
  maps: [number, number, number];
  reduction: number;
  maskKernel: number;
  residualMask: boolean;
}

/** Cuts a spec whose SE block is directly followed by a spatial mask; null if it has none. */
export function splitAroundAttention(spec: NetworkSpec, mapShape: [number, number, number]): AttentionSplit | null {
  const seIndex = spec.layers.findIndex((l) => l.type === 'squeezeExcite');
  const spatial = spec.layers[seIndex + 1];
  const se = spec.layers[seIndex];
  if (seIndex < 0 || se.type !== 'squeezeExcite' || spatial?.type !== 'spatialAttention') return null;
  return {
    head: { input: spec.input, layers: spec.layers.slice(0, seIndex) },
    tail: { input: mapShape, layers: spec.layers.slice(seIndex + 2) },
    seIndex,
    spatialIndex: seIndex + 1,
    maps: mapShape,
    reduction: se.reduction,
    maskKernel: spatial.kernel,
    residualMask: spatial.residual ?? true,
  };
}

/** The weights of layers [from, to) renamed to start at layer 0 (`5.kernel` → `0.kernel`). */
export function shiftWeights(weights: Map<string, Float32Array>, from: number, to: number): Map<string, Float32Array> {
  const out = new Map<string, Float32Array>();
  for (const [name, w] of weights) {
    const m = /^(\d+)\.(.*)$/.exec(name);
    if (!m) continue;
    const i = Number(m[1]);
    if (i >= from && i < to) out.set(`${i - from}.${m[2]}`, w);
  }
  return out;
}

export type { LayerSpec };
