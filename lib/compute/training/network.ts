/**
 * A network built from a NetworkSpec: its weights as TensorFlow.js variables (seeded He
 * initialisation, so the same seed always gives the same network) and its forward pass. Batch
 * normalisation keeps running statistics for inference; dropout masks are seeded per step.
 */
import { tf } from '../tf';
import { mulberry32, normalDraws, streamSeed } from '../../random/prng';
import { trainableConv2d, trainableDepthwiseConv2d } from './trainableConv';
import { BN_EPS, BN_MOMENTUM, inferShapes, LEAKY_SLOPE, squeezeUnits, type LayerSpec, type NetworkSpec } from './spec';

export type Mode = { training: false } | { training: true; seed: number };

interface Param {
  name: string;
  variable: tf.Variable;
}


export interface Network {
  spec: NetworkSpec;
  /** The trainable weights, named `<layer>.<what>` (for example `0.kernel`). */
  params: Param[];
  /** Logits (or embeddings) [N, outputs] for images [N, H, W, C]. */
  apply(x: tf.Tensor4D, mode: Mode): tf.Tensor2D;
  /** Every layer's output for one forward pass, for looking inside. Caller disposes. */
  activations(x: tf.Tensor4D): tf.Tensor[];
  /**
   * Layers [from, to) in inference mode on h (the image when from = 0, else layer from − 1's
   * output). Not tidied, so gradients can flow from a late layer to an early one (tf.grad).
   */
  applyLayers(h: tf.Tensor, from: number, to?: number): tf.Tensor;
  /** Folds the batch statistics of the last training pass into the running statistics. */
  commitBatchStatistics(): void;
  /** A copy of every weight (trainable and running statistics) as plain arrays. */
  getWeights(): Map<string, Float32Array>;
  setWeights(weights: Map<string, Float32Array>): void;
  dispose(): void;
}

/** Builds a network with fresh weights; throws with the layer named if the spec does not fit. */
let networks = 0;

export function buildNetwork(spec: NetworkSpec, seed: number): Network {
  const networkCount = networks++; // variable names must be unique in the engine
  const shapes = inferShapes(spec);
  if (!shapes.ok) throw new Error(shapes.error);
  const params: Param[] = [];
  const stats: Param[] = [];
  const pending: { mean: tf.Variable; variance: tf.Variable; batchMean: tf.Tensor; batchVariance: tf.Tensor; count: number }[] = [];
  let stream = 0;

  const heNormal = (name: string, shape: number[], fanIn: number) => {
    const draw = normalDraws(mulberry32(streamSeed(seed, stream++)));
    const size = shape.reduce((a, b) => a * b, 1);
    const std = Math.sqrt(2 / fanIn);
    const values = new Float32Array(size);
    for (let i = 0; i < size; i++) values[i] = draw() * std;
    return add(params, name, tf.tensor(values, shape));
  };
  const constant = (list: Param[], name: string, shape: number[], value: number) => add(list, name, tf.fill(shape, value));
  function add(list: Param[], name: string, init: tf.Tensor) {
    const variable = tf.variable(init, list === params, `network${networkCount}:${name}`);
    init.dispose();
    list.push({ name, variable });
    return variable;
  }

  const batchNorm = (prefix: string, channels: number) => {
    const gamma = constant(params, `${prefix}.gamma`, [channels], 1);
    const beta = constant(params, `${prefix}.beta`, [channels], 0);
    const mean = constant(stats, `${prefix}.runningMean`, [channels], 0);
    const variance = constant(stats, `${prefix}.runningVar`, [channels], 1);
    return (x: tf.Tensor, mode: Mode) => {
      if (!mode.training) return tf.batchNorm(x, mean, variance, beta, gamma, BN_EPS);
      const axes = x.rank === 4 ? [0, 1, 2] : [0];
      const m = tf.moments(x, axes);
      pending.push({ mean, variance, batchMean: tf.keep(m.mean), batchVariance: tf.keep(m.variance), count: x.size / channels });
      return tf.batchNorm(x, m.mean, m.variance, beta, gamma, BN_EPS);
    };
  };

  type Forward = (x: tf.Tensor, mode: Mode, step: number) => tf.Tensor;
  const forwards: Forward[] = [];
  let channels = spec.input[2];
  for (const [i, layer] of spec.layers.entries()) {
    forwards.push(makeLayer(layer, i));
    const out = shapes.layers[i].output;
    channels = out[out.length - 1];
  }

  function makeLayer(layer: LayerSpec, i: number): Forward {
    const c = channels;
    switch (layer.type) {
      case 'conv': {
        const k = layer.kernel;
        const w = heNormal(`${i}.kernel`, [k, k, c, layer.filters], k * k * c);
        const b = constant(params, `${i}.bias`, [layer.filters], 0);
        const s = layer.stride ?? 1;
        return (x) => tf.add(trainableConv2d(x as tf.Tensor4D, w as tf.Tensor4D, s, layer.padding ?? 'same'), b);
      }
      case 'depthwiseSeparable': {
        const k = layer.kernel;
        const dw = heNormal(`${i}.depthwise`, [k, k, c, 1], k * k);
        const pw = heNormal(`${i}.pointwise`, [1, 1, c, layer.filters], c);
        const b = constant(params, `${i}.bias`, [layer.filters], 0);
        const s = layer.stride ?? 1;
        // depthwise then pointwise, as tf.separableConv2d, with gradients every backend (WASM too) has
        return (x) => tf.add(trainableConv2d(trainableDepthwiseConv2d(x as tf.Tensor4D, dw as tf.Tensor4D, s), pw as tf.Tensor4D, 1, 'same'), b);
      }
      case 'residual': {
        const f = layer.filters;
        const s = layer.stride ?? 1;
        const w1 = heNormal(`${i}.conv1`, [3, 3, c, f], 9 * c);
        const bn1 = batchNorm(`${i}.bn1`, f);
        const w2 = heNormal(`${i}.conv2`, [3, 3, f, f], 9 * f);
        const bn2 = batchNorm(`${i}.bn2`, f);
        const proj = s !== 1 || c !== f ? heNormal(`${i}.projection`, [1, 1, c, f], c) : null;
        return (x, mode) => {
          const x4 = x as tf.Tensor4D;
          const h = tf.relu(bn1(trainableConv2d(x4, w1 as tf.Tensor4D, s, 'same'), mode));
          const branch = bn2(trainableConv2d(h as tf.Tensor4D, w2 as tf.Tensor4D, 1, 'same'), mode);
          const shortcut = proj ? trainableConv2d(x4, proj as tf.Tensor4D, s, 'same') : x4;
          return tf.relu(tf.add(branch, shortcut));
        };
      }
      case 'pool': {
        const s = layer.stride ?? layer.size;
        return layer.mode === 'max'
          ? (x) => tf.maxPool(x as tf.Tensor4D, layer.size, s, 'valid')
          : (x) => tf.avgPool(x as tf.Tensor4D, layer.size, s, 'valid');
      }
      case 'batchNorm': {
        const bn = batchNorm(`${i}`, c);
        return (x, mode) => bn(x, mode);
      }
      case 'activation':
        switch (layer.fn) {
          case 'relu': return (x) => tf.relu(x);
          case 'leakyRelu': return (x) => tf.leakyRelu(x, LEAKY_SLOPE);
          case 'elu': return (x) => tf.elu(x);
          case 'sigmoid': return (x) => tf.sigmoid(x);
          case 'tanh': return (x) => tf.tanh(x);
        }
        throw new Error(`unknown activation ${String(layer.fn)}`);
      case 'dropout':
        return (x, mode, step) => {
          if (!mode.training || layer.rate === 0) return x;
          const keep = 1 - layer.rate;
          const u = tf.randomUniform(x.shape, 0, 1, 'float32', streamSeed(mode.seed, step * 64 + i));
          return tf.mul(x, tf.div(tf.cast(tf.greaterEqual(u, layer.rate), 'float32'), keep));
        };
      case 'globalAvgPool':
        return (x) => tf.mean(x, [1, 2]);
      case 'flatten':
        return (x) => tf.reshape(x, [x.shape[0], -1]);
      case 'dense': {
        const w = heNormal(`${i}.kernel`, [channels, layer.units], channels);
        const b = constant(params, `${i}.bias`, [layer.units], 0);
        return (x) => tf.add(tf.matMul(x as tf.Tensor2D, w as tf.Tensor2D), b);
      }
      case 'squeezeExcite': {
        const hidden = squeezeUnits(c, layer.reduction);
        const w1 = heNormal(`${i}.squeeze.kernel`, [c, hidden], c);
        const b1 = constant(params, `${i}.squeeze.bias`, [hidden], 0);
        const w2 = heNormal(`${i}.excite.kernel`, [hidden, c], hidden);
        const b2 = constant(params, `${i}.excite.bias`, [c], 0);
        return (x) => {
          const z = tf.mean(x, [1, 2]) as tf.Tensor2D; // squeeze: [N, C]
          const s = tf.sigmoid(tf.add(tf.matMul(tf.relu(tf.add(tf.matMul(z, w1 as tf.Tensor2D), b1)) as tf.Tensor2D, w2 as tf.Tensor2D), b2));
          return tf.mul(x, tf.reshape(s, [x.shape[0], 1, 1, c])); // excite: scale each channel
        };
      }
      case 'spatialAttention': {
        const k = layer.kernel;
        const w = heNormal(`${i}.mask.kernel`, [k, k, c, 1], k * k * c);
        const b = constant(params, `${i}.mask.bias`, [1], 0);
        const residual = layer.residual ?? true;
        return (x) => {
          const m = tf.sigmoid(tf.add(trainableConv2d(x as tf.Tensor4D, w as tf.Tensor4D, 1, 'same'), b)); // [N, H, W, 1]
          return tf.mul(x, residual ? tf.add(m, 1) : m);
        };
      }
    }
  }

  let calls = 0;
  const run = (x: tf.Tensor4D, mode: Mode, keepAll: boolean) => {
    const step = calls++;
    const outs: tf.Tensor[] = [];
    let h: tf.Tensor = x;
    for (const f of forwards) {
      h = f(h, mode, step);
      if (keepAll) outs.push(h);
    }
    return { out: h, outs };
  };

  const all = () => [...params, ...stats];
  return {
    spec,
    params,
    apply: (x, mode) => tf.tidy(() => run(x, mode, false).out as tf.Tensor2D),
    activations: (x) => tf.tidy(() => run(x, { training: false }, true).outs),
    applyLayers: (h, from, to = forwards.length) => forwards.slice(from, to).reduce((t, f) => f(t, { training: false }, 0), h),
    commitBatchStatistics() {
      for (const p of pending.splice(0)) {
        tf.tidy(() => {
          p.mean.assign(tf.add(tf.mul(p.mean, 1 - BN_MOMENTUM), tf.mul(p.batchMean, BN_MOMENTUM)));
          // Like PyTorch, the running estimate takes the unbiased batch variance.
          const unbiased = tf.mul(p.batchVariance, p.count / Math.max(1, p.count - 1));
          p.variance.assign(tf.add(tf.mul(p.variance, 1 - BN_MOMENTUM), tf.mul(unbiased, BN_MOMENTUM)));
        });
        p.batchMean.dispose();
        p.batchVariance.dispose();
      }
    },
    getWeights: () => new Map(all().map((p) => [p.name, Float32Array.from(p.variable.dataSync() as Float32Array)])),
    setWeights(weights) {
      for (const p of all()) {
        const w = weights.get(p.name);
        if (!w) continue;
        if (w.length !== p.variable.size) throw new Error(`Weight ${p.name} has ${w.length} values; the network needs ${p.variable.size}.`);
        tf.tidy(() => p.variable.assign(tf.tensor(w, p.variable.shape)));
      }
    },
    dispose() {
      for (const p of all()) p.variable.dispose();
      for (const p of pending.splice(0)) {
        p.batchMean.dispose();
        p.batchVariance.dispose();
      }
    },
  };
}
