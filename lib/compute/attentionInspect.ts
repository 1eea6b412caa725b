/**
 * Looking inside the attention lesson's trained SE-CNN (lib/attention/seCnn.ts): the maps that
 * enter the squeeze-and-excitation block, its squeeze vector and channel weights, the scaled maps,
 * the residual spatial mask, and the prediction when the reader overrides any of them. The layers
 * before and after the two attention layers run in TensorFlow.js; the two attention layers are
 * recomputed here by hand from the trained weights, so every step can be shown and changed.
 */
import { tf } from './tf';
import { buildNetwork, type Network } from './training/network';
import { decodeWeights, type WeightsHeader } from './training/weightsFile';
import { inferShapes, squeezeUnits } from './training/spec';
import type { ImageSet } from './training/dataset';
import { shiftWeights, splitAroundAttention, type AttentionSplit } from '../attention/seCnn';

export interface AttentionModel {
  about: WeightsHeader['about'];
  split: AttentionSplit;
  /** [h, w, c] of the maps entering the SE block. */
  maps: [number, number, number];
  /** Squeeze (C → C/r) and excitation (C/r → C) weights, row-major [in, out]. */
  se: { hidden: number; w1: Float32Array; b1: Float32Array; w2: Float32Array; b2: Float32Array };
  /** Spatial mask kernel [k, k, C, 1] and bias. */
  mask: { kernel: Float32Array; bias: number };
  head: Network;
  tail: Network;
  dispose(): void;
}

/** Reads a model file made by scripts/models/train-attention-cnn.ts. */
export function loadAttentionModel(bytes: Uint8Array): AttentionModel {
  const { header, weights } = decodeWeights(bytes);
  const shapes = inferShapes(header.spec);
  if (!shapes.ok) throw new Error(shapes.error);
  const seIndex = header.spec.layers.findIndex((l) => l.type === 'squeezeExcite');
  const before = seIndex > 0 ? shapes.layers[seIndex - 1].output : null;
  if (!before || before.length !== 3) throw new Error('The model has no squeeze-and-excitation block on a feature map.');
  const split = splitAroundAttention(header.spec, before);
  if (!split) throw new Error('The model\'s SE block is not followed by a spatial attention mask.');
  const get = (name: string) => {
    const w = weights.get(name);
    if (!w) throw new Error(`The model file has no weight "${name}".`);
    return w;
  };
  const c = before[2];
  const head = buildNetwork(split.head, 0);
  head.setWeights(shiftWeights(weights, 0, seIndex));
  const tail = buildNetwork(split.tail, 0);
  tail.setWeights(shiftWeights(weights, split.spatialIndex + 1, header.spec.layers.length));
  return {
    about: header.about,
    split,
    maps: before,
    se: { hidden: squeezeUnits(c, split.reduction), w1: get(`${seIndex}.squeeze.kernel`), b1: get(`${seIndex}.squeeze.bias`), w2: get(`${seIndex}.excite.kernel`), b2: get(`${seIndex}.excite.bias`) },
    mask: { kernel: get(`${split.spatialIndex}.mask.kernel`), bias: get(`${split.spatialIndex}.mask.bias`)[0] },
    head,
    tail,
    dispose() {
      head.dispose();
      tail.dispose();
    },
  };
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Global average pooling of maps [h·w·c] (channels last): one mean per channel. */
export function squeeze(maps: Float32Array, c: number): number[] {
  const z = new Array<number>(c).fill(0);
  const n = maps.length / c;
  for (let p = 0; p < n; p++) for (let k = 0; k < c; k++) z[k] += maps[p * c + k];
  return z.map((v) => v / n);
}

/** Excitation: sigmoid(W₂ ReLU(W₁ z + b₁) + b₂), one weight in (0, 1) per channel. */
export function excite(model: AttentionModel, z: number[]): number[] {
  const { hidden, w1, b1, w2, b2 } = model.se;
  const c = z.length;
  const h = Array.from({ length: hidden }, (_, j) => {
    let s = b1[j];
    for (let k = 0; k < c; k++) s += z[k] * w1[k * hidden + j];
    return Math.max(0, s);
  });
  return Array.from({ length: c }, (_, k) => {
    let s = b2[k];
    for (let j = 0; j < hidden; j++) s += h[j] * w2[j * c + k];
    return sigmoid(s);
  });
}

/** The spatial mask M = sigmoid(conv k×k (C → 1) + b) on maps [h·w·c], 'same' zero padding. */
export function spatialMask(model: AttentionModel, maps: Float32Array): Float32Array {
  const [h, w, c] = model.maps;
  const k = model.split.maskKernel;
  const r = (k - 1) / 2;
  const out = new Float32Array(h * w);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let s = model.mask.bias;
      for (let dy = 0; dy < k; dy++) {
        const yy = y + dy - r;
        if (yy < 0 || yy >= h) continue;
        for (let dx = 0; dx < k; dx++) {
          const xx = x + dx - r;
          if (xx < 0 || xx >= w) continue;
          const base = (yy * w + xx) * c;
          const kb = (dy * k + dx) * c;
          for (let ch = 0; ch < c; ch++) s += maps[base + ch] * model.mask.kernel[kb + ch];
        }
      }
      out[y * w + x] = sigmoid(s);
    }
  }
  return out;
}

/** Indices of the `k` largest values (ties: the lower index first). */
export function topK(values: ArrayLike<number>, k: number): Set<number> {
  const order = Array.from({ length: values.length }, (_, i) => i).sort((a, b) => values[b] - values[a] || a - b);
  return new Set(order.slice(0, Math.max(0, Math.min(values.length, k))));
}

export type ChannelMode = 'soft' | 'off' | 'hard';
export type SpatialMode = 'residual' | 'mask' | 'off' | 'hard';

export interface AttentionOptions {
  /** soft: the SE weights; off: every weight 1 (no SE); hard: the top-k weights kept, the rest 0. */
  channels?: ChannelMode;
  hardChannels?: number;
  /** Per-channel weight overriding the SE block's (null = the block's own). */
  overrides?: (number | null)[];
  /** residual: (1 + M)·T as trained; mask: M·T; off: T; hard: (1 + M)·T at the top positions of M, 0 elsewhere. */
  spatial?: SpatialMode;
  /** Share of positions a hard spatial mask keeps, in (0, 1]. */
  hardFraction?: number;
}

/** The channel weights actually applied, given the SE block's own and the reader's choices. */
export function appliedWeights(excitation: number[], o: AttentionOptions): number[] {
  const mode = o.channels ?? 'soft';
  const kept = mode === 'hard' ? topK(excitation, o.hardChannels ?? excitation.length) : null;
  return excitation.map((s, k) => {
    const own = mode === 'off' ? 1 : kept && !kept.has(k) ? 0 : s;
    return o.overrides?.[k] ?? own;
  });
}

/** Multiplies every channel of maps [h·w·c] by its weight. */
export function scaleChannels(maps: Float32Array, weights: number[]): Float32Array {
  const c = weights.length;
  const out = new Float32Array(maps.length);
  for (let i = 0; i < maps.length; i++) out[i] = maps[i] * weights[i % c];
  return out;
}

/** The factor each position is multiplied by: 1 + M, M, 1, or 1 + M on the kept top positions. */
export function spatialFactors(mask: Float32Array, mode: SpatialMode, hardFraction = 0.25): Float32Array {
  if (mode === 'off') return new Float32Array(mask.length).fill(1);
  if (mode === 'mask') return Float32Array.from(mask);
  const kept = mode === 'hard' ? topK(mask, Math.max(1, Math.round(hardFraction * mask.length))) : null;
  return Float32Array.from(mask, (m, i) => (kept && !kept.has(i) ? 0 : 1 + m));
}

export function applySpatial(maps: Float32Array, factors: Float32Array, c: number): Float32Array {
  return Float32Array.from(maps, (v, i) => v * factors[Math.floor(i / c)]);
}

/** The maps entering the SE block for a batch of images [n, 28, 28, 1]: [n][h·w·c]. */
export function headMaps(model: AttentionModel, images: tf.Tensor4D): Float32Array[] {
  const out = tf.tidy(() => model.head.apply(images, { training: false }) as unknown as tf.Tensor);
  const data = out.dataSync() as Float32Array;
  out.dispose();
  const size = model.maps[0] * model.maps[1] * model.maps[2];
  return Array.from({ length: images.shape[0] }, (_, i) => data.slice(i * size, (i + 1) * size));
}

/** Class probabilities for a batch of attended maps (each [h·w·c]). */
export function classify(model: AttentionModel, maps: Float32Array[]): number[][] {
  const [h, w, c] = model.maps;
  const size = h * w * c;
  const flat = new Float32Array(maps.length * size);
  maps.forEach((m, i) => flat.set(m, i * size));
  const probs = tf.tidy(() => tf.softmax(model.tail.apply(tf.tensor4d(flat, [maps.length, h, w, c]), { training: false })));
  const data = probs.dataSync();
  probs.dispose();
  const k = data.length / maps.length;
  return Array.from({ length: maps.length }, (_, i) => Array.from(data.slice(i * k, (i + 1) * k)));
}

export interface Inspection {
  maps: Float32Array;
  squeeze: number[];
  excitation: number[];
  applied: number[];
  scaled: Float32Array;
  mask: Float32Array;
  factors: Float32Array;
  attended: Float32Array;
  probs: number[];
  predicted: number;
}

/** Everything the SE widget shows for maps entering the block (from headMaps). */
export function inspectMaps(model: AttentionModel, maps: Float32Array, o: AttentionOptions = {}): Inspection {
  const c = model.maps[2];
  const z = squeeze(maps, c);
  const excitation = excite(model, z);
  const applied = appliedWeights(excitation, o);
  const scaled = scaleChannels(maps, applied);
  const mask = spatialMask(model, scaled);
  const factors = spatialFactors(mask, o.spatial ?? 'residual', o.hardFraction);
  const attended = applySpatial(scaled, factors, c);
  const probs = classify(model, [attended])[0];
  return { maps, squeeze: z, excitation, applied, scaled, mask, factors, attended, probs, predicted: argMax(probs) };
}

export const argMax = (v: ArrayLike<number>) => {
  let best = 0;
  for (let i = 1; i < v.length; i++) if (v[i] > v[best]) best = i;
  return best;
};

/** One image of a set as a float batch [1, h, w, 1] in [0, 1]. */
export function imageTensor(set: ImageSet, index: number): tf.Tensor4D {
  const px = set.height * set.width;
  return tf.tensor4d(Float32Array.from(set.images.subarray(index * px, (index + 1) * px), (v) => v / 255), [1, set.height, set.width, 1]);
}

export interface ClassExcitation {
  /** Mean SE weight per class (rows) and channel (columns). */
  mean: number[][];
  count: number[];
}

export interface Survey {
  /** Mean SE weight per class and channel (from the block's own weights). */
  classExcitation: ClassExcitation;
  /** Test accuracy of each variant, in the order given. */
  accuracy: number[];
  count: number;
}

/**
 * One pass over a set: the mean excitation per class, and the accuracy of every variant (SE as
 * trained, switched off, hard top-k …), `chunk` images at a time; `onChunk` may yield to the page.
 */
export async function surveySet(model: AttentionModel, set: ImageSet, variants: AttentionOptions[], chunk = 100, onChunk?: (done: number) => Promise<void> | void): Promise<Survey> {
  const c = model.maps[2];
  const classes = Math.max(...set.labels) + 1;
  const sum = Array.from({ length: classes }, () => new Array<number>(c).fill(0));
  const count = new Array<number>(classes).fill(0);
  const correct = new Array<number>(variants.length).fill(0);
  const px = set.height * set.width;
  for (let start = 0; start < set.count; start += chunk) {
    const n = Math.min(chunk, set.count - start);
    const x = tf.tensor4d(Float32Array.from(set.images.subarray(start * px, (start + n) * px), (v) => v / 255), [n, set.height, set.width, 1]);
    const maps = headMaps(model, x);
    x.dispose();
    const excitations = maps.map((m, i) => {
      const s = excite(model, squeeze(m, c));
      const label = set.labels[start + i];
      for (let k = 0; k < c; k++) sum[label][k] += s[k];
      count[label]++;
      return s;
    });
    variants.forEach((o, v) => {
      const attended = maps.map((m, i) => {
        const scaled = scaleChannels(m, appliedWeights(excitations[i], o));
        return applySpatial(scaled, spatialFactors(spatialMask(model, scaled), o.spatial ?? 'residual', o.hardFraction), c);
      });
      classify(model, attended).forEach((p, i) => {
        if (argMax(p) === set.labels[start + i]) correct[v]++;
      });
    });
    await onChunk?.(start + n);
  }
  return {
    classExcitation: { mean: sum.map((row, l) => row.map((v) => v / Math.max(1, count[l]))), count },
    accuracy: correct.map((k) => k / set.count),
    count: set.count,
  };
}
