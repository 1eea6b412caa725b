/**
 * The exported PyTorch weights, run through the module list read back from the generated code
 * with the course's PyTorch-semantics ops (NCHW, OIHW; checked against PyTorch's golden vectors),
 * give the logits the sandbox's own network gives.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ready, tf, conv2d, maxPool2d, avgPool2d, linear } from '@/lib/compute';
import { buildNetwork } from '@/lib/compute/training/network';
import { pytorchCode, pytorchStateDict, weightsJson, type ExportedTensor } from '@/lib/sandbox/export';
import type { NetworkSpec } from '@/lib/compute/training/spec';
import { torchModules, type Call } from './pythonLayers';
import { EVERY_LAYER, GAP_NET } from './exportSpecs';
import { mulberry32 } from '@/lib/random/prng';

type State = Map<string, ExportedTensor>;

function runTorch(modules: Call[], state: State, x0: tf.Tensor4D): tf.Tensor {
  const t = (key: string) => {
    const e = state.get(key);
    if (!e) throw new Error(`state dict has no ${key}`);
    return tf.tensor(e.data, e.shape);
  };
  const has = (key: string) => state.has(key);
  const num = (v: unknown) => v as number;
  const pad = (x: tf.Tensor, [l, r, top, b]: number[]) => tf.pad(x, [[0, 0], [0, 0], [top, b], [l, r]]) as tf.Tensor4D;
  const bn = (x: tf.Tensor, key: string) => {
    const shape = x.rank === 4 ? [1, -1, 1, 1] : [1, -1];
    const r = (k: string) => tf.reshape(t(`${key}.${k}`), shape);
    return tf.add(tf.mul(tf.div(tf.sub(x, r('running_mean')), tf.sqrt(tf.add(r('running_var'), 1e-5))), r('weight')), r('bias'));
  };
  const convAt = (x: tf.Tensor, key: string, opts: { stride?: number; padding?: number; groups?: number } = {}) =>
    conv2d(x as tf.Tensor4D, t(`${key}.weight`) as tf.Tensor4D, has(`${key}.bias`) ? (t(`${key}.bias`) as tf.Tensor1D) : undefined, opts);
  const lin = (x: tf.Tensor, key: string) => linear(x as tf.Tensor2D, t(`${key}.weight`) as tf.Tensor2D, t(`${key}.bias`) as tf.Tensor1D);
  return tf.tidy(() => {
    let x: tf.Tensor = x0;
    modules.forEach((m, i) => {
      const key = `layers.${i}`;
      const kw = m.kwargs;
      switch (m.name) {
        case 'nn.Conv2d': x = convAt(x, key, { stride: num(kw.stride), padding: num(kw.padding ?? 0) }); break;
        case 'nn.ZeroPad2d': x = pad(x, m.args[0] as number[]); break;
        case 'DepthwiseSeparable':
          x = convAt(convAt(pad(x, kw.pad as number[]), `${key}.depthwise`, { stride: num(kw.stride), groups: num(m.args[0]) }), `${key}.pointwise`);
          break;
        case 'Residual': {
          let h = tf.relu(bn(convAt(pad(x, kw.pad as number[]), `${key}.conv1`, { stride: num(kw.stride) }), `${key}.bn1`));
          h = bn(convAt(h, `${key}.conv2`, { padding: 1 }), `${key}.bn2`);
          x = tf.relu(tf.add(h, has(`${key}.projection.weight`) ? convAt(x, `${key}.projection`, { stride: num(kw.stride) }) : x));
          break;
        }
        case 'nn.MaxPool2d': x = maxPool2d(x as tf.Tensor4D, { kernel: num(kw.kernel_size), stride: num(kw.stride) }); break;
        case 'nn.AvgPool2d': x = avgPool2d(x as tf.Tensor4D, { kernel: num(kw.kernel_size), stride: num(kw.stride) }); break;
        case 'nn.BatchNorm2d': case 'nn.BatchNorm1d': x = bn(x, key); break;
        case 'nn.ReLU': x = tf.relu(x); break;
        case 'nn.LeakyReLU': x = tf.leakyRelu(x, num(m.args[0])); break;
        case 'nn.ELU': x = tf.elu(x); break;
        case 'nn.Sigmoid': x = tf.sigmoid(x); break;
        case 'nn.Tanh': x = tf.tanh(x); break;
        case 'nn.Dropout': break; // eval mode
        case 'nn.AdaptiveAvgPool2d': x = tf.mean(x, [2, 3], true); break;
        case 'nn.Flatten': x = tf.reshape(x, [x.shape[0], -1]); break;
        case 'nn.Linear': x = lin(x, key); break;
        case 'SqueezeExcite': {
          const gate = tf.sigmoid(lin(tf.relu(lin(tf.mean(x, [2, 3]), `${key}.squeeze`)), `${key}.excite`));
          x = tf.mul(x, tf.reshape(gate, [x.shape[0], -1, 1, 1]));
          break;
        }
        case 'SpatialAttention': {
          const k = num(kw.kernel_size);
          const mask = tf.sigmoid(convAt(x, `${key}.mask`, { padding: Math.floor(k / 2) }));
          x = tf.mul(x, kw.residual === 'True' ? tf.add(mask, 1) : mask);
          break;
        }
        default: throw new Error(`no rule for ${m.name}`);
      }
    });
    return x;
  });
}

/** Random weights everywhere, running statistics included, so every layout mistake shows. */
function randomise(spec: NetworkSpec, seed: number) {
  const net = buildNetwork(spec, seed);
  const rand = mulberry32(seed);
  const weights = net.getWeights();
  for (const [name, w] of weights) {
    for (let i = 0; i < w.length; i++) w[i] = name.endsWith('runningVar') ? 0.5 + rand() : (rand() - 0.5) * (name.endsWith('gamma') ? 2 : 0.8);
  }
  net.setWeights(weights);
  return { net, weights };
}

beforeAll(async () => {
  await ready();
});

describe.each([
  ['every layer type', EVERY_LAYER],
  ['GAP head', GAP_NET],
  ['the small CNN', { input: [28, 28, 1], layers: [{ type: 'conv', filters: 8, kernel: 3 }, { type: 'activation', fn: 'relu' }, { type: 'pool', mode: 'max', size: 2 }, { type: 'flatten' }, { type: 'dense', units: 10 }] } as NetworkSpec],
])('exported PyTorch weights for %s', (_, spec) => {
  it('give the sandbox network’s logits when run through the generated module list', () => {
    const { net, weights } = randomise(spec, 7);
    const [h, w, c] = spec.input;
    const rand = mulberry32(3);
    const images = Float32Array.from({ length: 3 * h * w * c }, () => rand());
    const x = tf.tensor4d(images, [3, h, w, c]);
    const want = net.apply(x, { training: false });
    const code = pytorchCode(spec);
    if (!code.ok) throw new Error(code.error);
    const state = pytorchStateDict(spec, weights);
    const nchw = tf.transpose(x, [0, 3, 1, 2]) as tf.Tensor4D;
    const got = runTorch(torchModules(code.code), state, nchw);
    expect(got.shape).toEqual(want.shape);
    const a = Array.from(got.dataSync());
    const b = Array.from(want.dataSync());
    a.forEach((v, i) => expect(v).toBeCloseTo(b[i], 4));
    // and the file the reader downloads carries the same tensors, rounded to 8 significant digits
    const file = JSON.parse(weightsJson('cnn-course-pytorch-weights/1', { test: 1 }, state)) as { tensors: Record<string, { shape: number[]; data: number[] }> };
    expect(Object.keys(file.tensors).sort()).toEqual([...state.keys()].sort());
    for (const [k, v] of state) expect(file.tensors[k].data[0]).toBeCloseTo(v.data[0], 6);
    tf.dispose([x, want, got, nchw]);
    net.dispose();
  });
});
