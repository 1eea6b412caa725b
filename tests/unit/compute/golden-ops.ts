/**
 * The golden dispatcher: maps a case's `op` (and an activation's attrs.name) to the compute
 * layer, in the case's own names. Unknown ops, names or settings throw, so the case fails.
 * Test plumbing only.
 */
import {
  tf, activation, activationDerivative, isActivationName, avgPool2d, avgPool2dGradient, batchNormEval,
  batchNormTrain, batchNormTrainGradients, channelShuffle, contrastiveLoss, contrastiveLossGradients, conv2d,
  conv2dGradients, convTranspose2d, convTranspose2dGradients, cosineSimilarity, crossEntropy, crossEntropyGradient, globalAvgPool2d, im2col, l1Loss,
  l1LossGradient, linear, linearGradients, maxPool2d, maxPool2dGradient, maxUnpool2d, maxUnpool2dGradient, mseLoss, mseLossGradient,
  receptiveField, residualBlockWithGradients, smoothL1Loss, smoothL1LossGradient, softmax, tripletMarginLoss,
  tripletMarginLossGradients, type Pair, type ReceptiveFieldLayer,
} from '@/lib/compute';
import { convNd, convNdGradients } from '@/lib/nn/convNd';
import type { GoldenCase, GotTensor } from './golden-helpers';

type Outputs = Record<string, tf.Tensor | number | undefined>;

class CaseReader {
  constructor(private readonly c: GoldenCase) {}

  private fail(msg: string): never {
    throw new Error(`golden case "${this.c.name}" (op ${this.c.op}): ${msg}`);
  }

  tensor<T extends tf.Tensor = tf.Tensor>(name: string): T {
    const t = this.c.inputs[name];
    if (!t) this.fail(`input "${name}" is missing`);
    return tf.tensor(t.data, t.shape, t.dtype === 'int32' ? 'int32' : 'float32') as T;
  }

  optionalTensor<T extends tf.Tensor = tf.Tensor>(name: string): T | undefined {
    return this.c.inputs[name] ? this.tensor<T>(name) : undefined;
  }

  number(name: string, fallback?: number): number {
    const v = this.c.attrs[name] ?? fallback;
    if (typeof v !== 'number') this.fail(`attribute "${name}" must be a number (got ${JSON.stringify(v)})`);
    return v;
  }

  pair(name: string, fallback?: Pair): Pair {
    const v = this.c.attrs[name] ?? fallback;
    if (typeof v === 'number') return v;
    if (Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === 'number')) return [v[0], v[1]];
    return this.fail(`attribute "${name}" must be a number or a pair of numbers (got ${JSON.stringify(v)})`);
  }

  /** One number per spatial axis (conv1d, conv3d). */
  list(name: string, axes: number, fallback: number): number[] {
    const v = this.c.attrs[name] ?? fallback;
    if (typeof v === 'number') return new Array<number>(axes).fill(v);
    if (Array.isArray(v) && v.length === axes && v.every((x) => typeof x === 'number')) return v as number[];
    return this.fail(`attribute "${name}" must be a number or ${axes} numbers (got ${JSON.stringify(v)})`);
  }

  string(name: string): string {
    const v = this.c.attrs[name];
    if (typeof v !== 'string') this.fail(`attribute "${name}" must be a string (got ${JSON.stringify(v)})`);
    return v;
  }

  /** Only the settings the implementation has: anything else must fail, not pass silently. */
  requireAttr(name: string, allowed: unknown, fallback: unknown = allowed): void {
    const v = this.c.attrs[name] ?? fallback;
    if (v !== allowed) this.fail(`unsupported ${name} ${JSON.stringify(v)} (only ${JSON.stringify(allowed)})`);
  }
}

/** conv1d and conv3d run on lib/nn's plain convolution over any number of axes. */
function convNdCase(axes: number) {
  return (r: CaseReader, c: GoldenCase): Outputs => {
    r.requireAttr('groups', 1);
    const input = (name: string) => c.inputs[name];
    const [x, w, b] = [input('x'), input('w'), input('b')];
    if (!x || !w) throw new Error(`golden case "${c.name}": inputs x and w are required`);
    const settings = { stride: r.list('stride', axes, 1), padding: r.list('padding', axes, 0), dilation: r.list('dilation', axes, 1) };
    const y = convNd({ x, w, b }, settings);
    const g = convNdGradients({ x, w, b }, input('gy')?.data ?? new Array<number>(y.data.length).fill(1), settings);
    const t = (v: { shape: readonly number[]; data: Float64Array }) => tf.tensor(Array.from(v.data), [...v.shape]);
    return { y: t(y), dx: t(g.dx), dw: t(g.dw), db: b ? t(g.db) : undefined };
  };
}

const handlers: Record<string, (r: CaseReader, c: GoldenCase) => Outputs> = {
  conv1d: convNdCase(1),
  conv3d: convNdCase(3),
  conv2d: (r) => {
    const x = r.tensor<tf.Tensor4D>('x');
    const w = r.tensor<tf.Tensor4D>('w');
    const b = r.optionalTensor<tf.Tensor1D>('b');
    const opts = { stride: r.pair('stride', 1), padding: r.pair('padding', 0), dilation: r.pair('dilation', 1), groups: r.number('groups', 1) };
    const y = conv2d(x, w, b, opts);
    const g = conv2dGradients(x, w, b, r.optionalTensor<tf.Tensor4D>('gy') ?? tf.onesLike(y), opts);
    return { y, dx: g.dx, dw: g.dw, db: g.db };
  },
  conv_transpose2d: (r) => {
    const x = r.tensor<tf.Tensor4D>('x');
    const w = r.tensor<tf.Tensor4D>('w');
    const b = r.optionalTensor<tf.Tensor1D>('b');
    const opts = {
      stride: r.pair('stride', 1), padding: r.pair('padding', 0), outputPadding: r.pair('output_padding', 0),
      dilation: r.pair('dilation', 1), groups: r.number('groups', 1),
    };
    const y = convTranspose2d(x, w, b, opts);
    const g = convTranspose2dGradients(x, w, b, r.optionalTensor<tf.Tensor4D>('gy') ?? tf.onesLike(y), opts);
    return { y, dx: g.dx, dw: g.dw, db: g.db };
  },
  max_unpool2d: (r) => {
    // kernel, stride and padding only made the switches; the output size alone places them.
    r.pair('kernel');
    const size = r.pair('output_size');
    const outputSize: [number, number] = typeof size === 'number' ? [size, size] : [size[0], size[1]];
    const [x, indices] = [r.tensor<tf.Tensor4D>('x'), r.tensor<tf.Tensor4D>('indices')];
    const y = maxUnpool2d(x, indices, outputSize);
    return { y, dx: maxUnpool2dGradient(x, indices, r.optionalTensor<tf.Tensor4D>('gy') ?? tf.onesLike(y)) };
  },
  im2col: (r) => ({
    cols: im2col(r.tensor<tf.Tensor3D>('x'), {
      kernel: r.pair('kernel'), stride: r.pair('stride', 1), padding: r.pair('padding', 0), dilation: r.pair('dilation', 1),
    }),
  }),
  max_pool2d: (r) => {
    const x = r.tensor<tf.Tensor4D>('x');
    const opts = { kernel: r.pair('kernel'), stride: r.pair('stride', r.pair('kernel')), padding: r.pair('padding', 0) };
    return { y: maxPool2d(x, opts), dx: maxPool2dGradient(x, r.tensor<tf.Tensor4D>('gy'), opts) };
  },
  avg_pool2d: (r, c) => {
    const x = r.tensor<tf.Tensor4D>('x');
    const include = c.attrs.count_include_pad ?? true;
    if (typeof include !== 'boolean') throw new Error(`count_include_pad must be a boolean (got ${JSON.stringify(include)})`);
    const opts = { kernel: r.pair('kernel'), stride: r.pair('stride', r.pair('kernel')), padding: r.pair('padding', 0), countIncludePad: include };
    return { y: avgPool2d(x, opts), dx: avgPool2dGradient(x, r.tensor<tf.Tensor4D>('gy'), opts) };
  },
  global_avg_pool2d: (r) => ({ y: globalAvgPool2d(r.tensor<tf.Tensor4D>('x')) }),
  batch_norm_train: (r) => {
    const [x, gamma, beta] = [r.tensor('x'), r.tensor<tf.Tensor1D>('gamma'), r.tensor<tf.Tensor1D>('beta')];
    const opts = { eps: r.number('eps', 1e-5), momentum: r.number('momentum', 0.1) };
    const f = batchNormTrain(x, gamma, beta, r.tensor<tf.Tensor1D>('running_mean'), r.tensor<tf.Tensor1D>('running_var'), opts);
    const g = batchNormTrainGradients(x, gamma, beta, r.tensor('gy'), opts);
    return {
      y: f.y, batch_mean: f.batchMean, batch_var: f.batchVar, running_mean: f.runningMean, running_var: f.runningVar,
      dx: g.dx, dgamma: g.dgamma, dbeta: g.dbeta,
    };
  },
  batch_norm_eval: (r) => ({
    y: batchNormEval(
      r.tensor('x'), r.tensor<tf.Tensor1D>('gamma'), r.tensor<tf.Tensor1D>('beta'),
      r.tensor<tf.Tensor1D>('running_mean'), r.tensor<tf.Tensor1D>('running_var'), { eps: r.number('eps', 1e-5) },
    ),
  }),
  activation: (r, c) => {
    const name = r.string('name');
    if (!isActivationName(name)) throw new Error(`golden case "${c.name}": unknown activation name "${name}"`);
    const params = { negativeSlope: r.number('negative_slope', 0.01), alpha: r.number('alpha', 1) };
    const x = r.tensor('x');
    return { y: activation(name, x, params), dydx: activationDerivative(name, x, params) };
  },
  linear: (r) => {
    const [x, w, b] = [r.tensor<tf.Tensor2D>('x'), r.tensor<tf.Tensor2D>('w'), r.optionalTensor<tf.Tensor1D>('b')];
    const y = linear(x, w, b);
    const g = linearGradients(x, w, b, r.optionalTensor<tf.Tensor2D>('gy') ?? tf.onesLike(y));
    return { y, dx: g.dx, dw: g.dw, db: g.db };
  },
  softmax: (r) => ({ y: softmax(r.tensor('x'), r.number('axis', -1)) }),
  cross_entropy: (r) => {
    r.requireAttr('reduction', 'mean');
    const [logits, target] = [r.tensor<tf.Tensor2D>('logits'), r.tensor<tf.Tensor1D>('target')];
    return { loss: crossEntropy(logits, target), dlogits: crossEntropyGradient(logits, target) };
  },
  l1_loss: (r) => {
    r.requireAttr('reduction', 'mean');
    const [p, t] = [r.tensor('pred'), r.tensor('target')];
    return { loss: l1Loss(p, t), dpred: l1LossGradient(p, t) };
  },
  mse_loss: (r) => {
    r.requireAttr('reduction', 'mean');
    const [p, t] = [r.tensor('pred'), r.tensor('target')];
    return { loss: mseLoss(p, t), dpred: mseLossGradient(p, t) };
  },
  smooth_l1_loss: (r) => {
    r.requireAttr('reduction', 'mean');
    const [p, t, beta] = [r.tensor('pred'), r.tensor('target'), r.number('beta', 1)];
    return { loss: smoothL1Loss(p, t, beta), dpred: smoothL1LossGradient(p, t, beta) };
  },
  triplet_margin_loss: (r) => {
    r.requireAttr('reduction', 'mean');
    r.requireAttr('p', 2);
    const [a, p, n] = [r.tensor<tf.Tensor2D>('anchor'), r.tensor<tf.Tensor2D>('positive'), r.tensor<tf.Tensor2D>('negative')];
    const [margin, eps] = [r.number('margin', 1), r.number('eps', 1e-6)];
    return { loss: tripletMarginLoss(a, p, n, margin, eps), ...tripletMarginLossGradients(a, p, n, margin, eps) };
  },
  cosine_similarity: (r) => ({
    y: cosineSimilarity(r.tensor<tf.Tensor2D>('x1'), r.tensor<tf.Tensor2D>('x2'), r.number('eps', 1e-8)),
  }),
  contrastive_loss: (r) => {
    r.requireAttr('reduction', 'mean');
    const [x1, x2, label, margin] = [r.tensor<tf.Tensor2D>('x1'), r.tensor<tf.Tensor2D>('x2'), r.tensor<tf.Tensor1D>('label'), r.number('margin', 1)];
    return { loss: contrastiveLoss(x1, x2, label, margin), ...contrastiveLossGradients(x1, x2, label, margin) };
  },
  channel_shuffle: (r) => ({ y: channelShuffle(r.tensor<tf.Tensor4D>('x'), r.number('groups')) }),
  residual_block: (r) => {
    const g = residualBlockWithGradients(r.tensor<tf.Tensor4D>('x'), r.tensor<tf.Tensor4D>('w1'), r.tensor<tf.Tensor4D>('w2'));
    return { y: g.y, dx: g.dx, plain_y: g.plainY, plain_dx: g.plainDx };
  },
  receptive_field: (_r, c) => {
    if (!Array.isArray(c.attrs.layers)) throw new Error(`golden case "${c.name}": attrs.layers must be an array`);
    const rf = receptiveField(c.attrs.layers as ReceptiveFieldLayer[]);
    return { size: rf.size, effective_stride: rf.effectiveStride, effective_padding: rf.effectivePadding };
  },
};

export const knownOps = Object.keys(handlers);

/** Runs one case and returns every output it produced as plain data; leaves no tensor behind. */
export function runGoldenCase(c: GoldenCase): Record<string, GotTensor> {
  const handler = Object.prototype.hasOwnProperty.call(handlers, c.op) ? handlers[c.op] : undefined;
  if (!handler) throw new Error(`golden case "${c.name}": unknown op "${c.op}" (known: ${knownOps.join(', ')})`);
  const produced = tf.tidy(() => handler(new CaseReader(c), c) as tf.TensorContainer) as Outputs;
  try {
    const out: Record<string, GotTensor> = {};
    for (const [name, v] of Object.entries(produced)) {
      if (v === undefined) continue;
      out[name] = typeof v === 'number' ? { shape: [], data: [v] } : { shape: v.shape, data: Array.from(v.dataSync()) };
    }
    return out;
  } finally {
    tf.dispose(Object.values(produced).filter((v): v is tf.Tensor => v instanceof tf.Tensor));
  }
}
