/**
 * A deep stack of fully connected layers, plain (h_l = f(h_{l−1})) or residual
 * (h_l = h_{l−1} + f(h_{l−1})), with f(h) = act(BN(h·W_l)), and the gradient of a fixed random
 * readout with respect to every hidden state, from one forward and one backward pass of tfjs.
 * Weights, inputs and the readout come from the course's seeded generator.
 */
import { mulberry32, standardNormal, streamSeed } from '@/lib/random/prng';
import { activation } from './activations';
import { tf } from './tf';

export type FlowActivation = 'sigmoid' | 'tanh' | 'relu';
export type FlowArchitecture = 'plain' | 'residual';

export interface GradientFlowSpec {
  depth: number;
  architecture: FlowArchitecture;
  activation: FlowActivation;
  batchNorm: boolean;
  /** Weights are drawn from N(0, (initScale / √width)²). */
  initScale: number;
  seed: number;
  width?: number;
  batch?: number;
}

export const FLOW_WIDTH = 16;
export const FLOW_BATCH = 8;
export const MAX_FLOW_DEPTH = 100;
const BN_EPS = 1e-5;

/** Seeded parameters and data as plain numbers (row-major), so a test can redo the arithmetic. */
export interface FlowParameters {
  width: number;
  batch: number;
  /** depth matrices of width × width: h·W. */
  weights: Float64Array[];
  /** batch × width. */
  inputs: Float64Array;
  /** batch × width: the loss is sum(h_L ⊙ readout) / batch. */
  readout: Float64Array;
}

const normals = (seed: number, count: number, scale = 1) => {
  const u = mulberry32(seed);
  return Float64Array.from({ length: count }, () => scale * standardNormal(u));
};

export function flowParameters(spec: Pick<GradientFlowSpec, 'depth' | 'initScale' | 'seed' | 'width' | 'batch'>): FlowParameters {
  const width = spec.width ?? FLOW_WIDTH;
  const batch = spec.batch ?? FLOW_BATCH;
  const std = spec.initScale / Math.sqrt(width);
  // Layer l's weights come from their own stream, so depth 50 and depth 100 share their first 50 layers.
  const weights = Array.from({ length: spec.depth }, (_, l) => normals(streamSeed(spec.seed, l + 2), width * width, std));
  return { width, batch, weights, inputs: normals(streamSeed(spec.seed, 0), batch * width), readout: normals(streamSeed(spec.seed, 1), batch * width) };
}

/** BN with the batch's own statistics (no scale, no shift), built from ops so autodiff runs through it. */
export function batchStatisticsNorm(z: tf.Tensor2D): tf.Tensor2D {
  return tf.tidy(() => {
    const { mean, variance } = tf.moments(z, 0, true);
    return tf.div(tf.sub(z, mean), tf.sqrt(tf.add(variance, BN_EPS))) as tf.Tensor2D;
  });
}

/** One layer's branch f(h) = act(BN(h·W)). */
export function flowBranch(h: tf.Tensor2D, w: tf.Tensor2D, act: FlowActivation, batchNorm: boolean): tf.Tensor2D {
  const z = tf.matMul(h, w) as tf.Tensor2D;
  return activation(act, batchNorm ? batchStatisticsNorm(z) : z) as tf.Tensor2D;
}

/** The stack forward from h_0; `probes[l]` (zeros) is added to h_l so that ∂L/∂probe_l = ∂L/∂h_l. */
export function flowForward(
  h0: tf.Tensor2D, weights: tf.Tensor2D[], spec: Pick<GradientFlowSpec, 'architecture' | 'activation' | 'batchNorm'>, probes?: tf.Tensor2D[],
): tf.Tensor2D {
  let h = probes ? tf.add(h0, probes[0]) : h0;
  weights.forEach((w, l) => {
    const f = flowBranch(h as tf.Tensor2D, w, spec.activation, spec.batchNorm);
    h = spec.architecture === 'residual' ? tf.add(h, f) : f;
    if (probes) h = tf.add(h, probes[l + 1]);
  });
  return h as tf.Tensor2D;
}

export interface GradientFlowResult {
  depth: number;
  /** ‖∂L/∂h_l‖ for l = 0 … depth (h_0 is the input), Frobenius norm over the batch. */
  norms: number[];
  /**
   * For block l = 1 … depth (index l − 1): ‖∂L/∂h_l · ∂f/∂h‖, the part of ∂L/∂h_{l−1} that comes
   * through the layer's branch. In a residual block the rest, ∂L/∂h_l itself, comes through the skip.
   */
  branchNorms: number[];
  /** For block l (index l − 1): ‖∂L/∂h_{l−1}‖ / ‖∂L/∂h_l‖, what the block multiplies the gradient by. */
  factors: number[];
  /** ‖∂L/∂h_1‖ / ‖∂L/∂h_depth‖. */
  firstOverLast: number;
  loss: number;
  /** Largest |h| in the last hidden state: shows a forward pass that blew up. */
  finalScale: number;
}

const frobenius = (v: Float32Array | Float64Array, from = 0, to = v.length) => {
  let s = 0;
  for (let i = from; i < to; i++) s += v[i] * v[i];
  return Math.sqrt(s);
};

/** One forward and backward pass; leaves no tensor behind. */
export function gradientFlow(spec: GradientFlowSpec): GradientFlowResult {
  const depth = spec.depth;
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_FLOW_DEPTH) throw new Error(`Depth must be a whole number from 1 to ${MAX_FLOW_DEPTH} (got ${depth}).`);
  const p = flowParameters(spec);
  const { width, batch } = p;
  const { grads, loss, last } = tf.tidy(() => {
    const h0 = tf.tensor2d(Float32Array.from(p.inputs), [batch, width]);
    const readout = tf.tensor2d(Float32Array.from(p.readout), [batch, width]);
    const weights = p.weights.map((w) => tf.tensor2d(Float32Array.from(w), [width, width]));
    const probes = Array.from({ length: depth + 1 }, () => tf.zeros([batch, width]) as tf.Tensor2D);
    let lastH: tf.Tensor | null = null;
    const lossOf = (...ps: tf.Tensor[]) => {
      const hL = flowForward(h0, weights, spec, ps as tf.Tensor2D[]);
      lastH = tf.keep(tf.clone(hL));
      return tf.div(tf.sum(tf.mul(hL, readout)), batch) as tf.Scalar;
    };
    const { value, grads: g } = tf.valueAndGrads(lossOf)(probes);
    const out = { grads: tf.concat(g.map((t) => tf.reshape(t, [1, -1]))).dataSync() as Float32Array, loss: value.dataSync()[0], last: (lastH as tf.Tensor | null)?.dataSync() };
    (lastH as tf.Tensor | null)?.dispose();
    return out;
  });
  const n = batch * width;
  const norms = Array.from({ length: depth + 1 }, (_, l) => frobenius(grads, l * n, (l + 1) * n));
  const branchNorms = Array.from({ length: depth }, (_, i) => {
    if (spec.architecture === 'plain') return norms[i];
    let s = 0;
    for (let k = 0; k < n; k++) {
      const d = grads[i * n + k] - grads[(i + 1) * n + k];
      s += d * d;
    }
    return Math.sqrt(s);
  });
  const factors = Array.from({ length: depth }, (_, i) => norms[i] / norms[i + 1]);
  let finalScale = 0;
  for (const v of last ?? []) finalScale = Math.max(finalScale, Math.abs(v));
  return { depth, norms, branchNorms, factors, firstOverLast: norms[1] / norms[depth], loss, finalScale };
}
