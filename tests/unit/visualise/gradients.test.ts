/** Saliency, Grad-CAM and the deconvnet against the formulas they reduce to on small networks. */
import { beforeAll, describe, expect, it } from 'vitest';
import { convTranspose2d, ready, tf, FASHION_CNN, type NetworkSpec } from '@/lib/compute';
import { deconvnet, gradCam, saliency } from '@/lib/compute/visualise';
import { greyImage, handNetwork } from './helpers';

beforeAll(ready);

const close = (got: ArrayLike<number>, want: ArrayLike<number>, digits = 5) => {
  expect(got.length).toBe(want.length);
  for (let i = 0; i < want.length; i++) expect(got[i], `at ${i}`).toBeCloseTo(want[i], digits);
};

describe('saliency', () => {
  it('of a linear model is its weights for the class (and their size)', () => {
    const net = handNetwork({ input: [4, 4, 1], layers: [{ type: 'flatten' }, { type: 'dense', units: 3 }] });
    const w = net.getWeights().get('1.kernel')!; // [16, 3]
    const s = saliency(net, greyImage(4), 2);
    const column = Array.from({ length: 16 }, (_, p) => w[p * 3 + 2]);
    close(s.gradient, column);
    close(s.map, column.map(Math.abs));
    expect(s.max).toBeCloseTo(Math.max(...column.map(Math.abs)), 6);
    net.dispose();
  });
});

describe('gradCam', () => {
  it('of a net whose last conv is followed by GAP and a dense layer is the CAM formula, ReLU(Σ w·A) / (h·w)', () => {
    const spec: NetworkSpec = { input: [6, 6, 1], layers: [{ type: 'conv', filters: 4, kernel: 3 }, { type: 'activation', fn: 'relu' }, { type: 'globalAvgPool' }, { type: 'dense', units: 3 }] };
    const net = handNetwork(spec);
    const image = greyImage(6);
    const target = 1;
    const before = tf.memory().numTensors;
    const g = gradCam(net, image, target);
    expect(tf.memory().numTensors).toBe(before);
    expect(g.layer).toBe(1);
    const w = net.getWeights().get('3.kernel')!; // [4, 3]
    const maps = tf.tidy(() => net.applyLayers(tf.tensor4d(image.pixels, [1, 6, 6, 1]), 0, 2).dataSync()); // [6, 6, 4]
    const cam = Array.from({ length: 36 }, (_, p) => Math.max(0, [0, 1, 2, 3].reduce((s, k) => s + w[k * 3 + target] * maps[p * 4 + k], 0)) / 36);
    close(g.weights, [0, 1, 2, 3].map((k) => w[k * 3 + target] / 36));
    close(g.cam, cam);
    expect([g.camH, g.camW]).toEqual([6, 6]);
    close(g.upsampled, cam); // same size: the resize is the identity
    net.dispose();
  });

  it('stretches a coarse map over the whole image', () => {
    const net = handNetwork(FASHION_CNN);
    const g = gradCam(net, greyImage(28), 4);
    expect([g.camH, g.camW, g.upsampled.length]).toEqual([14, 14, 784]);
    expect(g.max).toBeGreaterThanOrEqual(0);
    expect(Math.min(...g.upsampled)).toBeGreaterThanOrEqual(0);
    net.dispose();
  });
});

describe('deconvnet', () => {
  it('of a single conv layer is the transposed convolution of a one-hot map holding the unit', () => {
    const net = handNetwork({ input: [6, 6, 1], layers: [{ type: 'conv', filters: 2, kernel: 3, padding: 'valid' }] });
    const image = greyImage(6);
    const d = deconvnet(net, image, { layer: 0, channel: 1, y: 1, x: 2 });
    const acts = tf.tidy(() => net.applyLayers(tf.tensor4d(image.pixels, [1, 6, 6, 1]), 0).dataSync()); // [4, 4, 2]
    expect(d.value).toBeCloseTo(acts[(1 * 4 + 2) * 2 + 1], 6);
    const want = tf.tidy(() => {
      const oneHot = tf.buffer([1, 2, 4, 4]);
      oneHot.set(d.value, 0, 1, 1, 2);
      const hwio = tf.tensor4d(net.getWeights().get('0.kernel')!, [3, 3, 1, 2]);
      return convTranspose2d(oneHot.toTensor() as tf.Tensor4D, tf.transpose(hwio, [3, 2, 0, 1]) as tf.Tensor4D).dataSync();
    });
    close(d.projection, want);
    net.dispose();
  });

  it('of a strided same-padded conv is the unit value times its gradient with respect to the pixels', () => {
    const net = handNetwork({ input: [9, 9, 1], layers: [{ type: 'conv', filters: 3, kernel: 3, stride: 2 }] });
    const image = greyImage(9);
    const d = deconvnet(net, image, { layer: 0, channel: 2, y: 4, x: 0 });
    const g = tf.tidy(() => tf.grad((t: tf.Tensor) => tf.sum(tf.slice(net.applyLayers(t, 0), [0, 4, 0, 2], [1, 1, 1, 1])))(tf.tensor4d(image.pixels, [1, 9, 9, 1])).dataSync());
    close(d.projection, Array.from(g, (v) => v * d.value));
    net.dispose();
  });

  it('through a max pool puts the value back at the switch, and picks the strongest unit by default', () => {
    const net = handNetwork({ input: [4, 4, 1], layers: [{ type: 'pool', mode: 'max', size: 2 }] });
    const pixels = Float32Array.from([0, 1, 2, 3, 9, 5, 6, 4, 0, 0, 0, 0, 0, 8, 0, 0].map((v) => v / 10));
    const d = deconvnet(net, { pixels, height: 4, width: 4 }, { layer: 0, channel: 0 });
    expect([d.y, d.x, d.value]).toEqual([0, 0, Math.fround(0.9)]);
    const want = new Float32Array(16);
    want[4] = 0.9;
    close(d.projection, want, 6);
    net.dispose();
  });

  it('keeps tensors flat on the shipped architecture and names a layer it cannot run back through', () => {
    const net = handNetwork(FASHION_CNN);
    const before = tf.memory().numTensors;
    for (let k = 0; k < 3; k++) deconvnet(net, greyImage(28), { layer: 5, channel: k });
    expect(tf.memory().numTensors).toBe(before);
    net.dispose();
    const residual = handNetwork({ input: [8, 8, 1], layers: [{ type: 'residual', filters: 2 }] });
    expect(() => deconvnet(residual, greyImage(8), { layer: 0, channel: 0 })).toThrow(/residual layer on the way/);
    residual.dispose();
  });
});
