// The lesson pictures compute a few things in plain arithmetic at build time (no TensorFlow.js on
// the course map); here each is checked against the golden-tested tfjs compute layer.
import { describe, expect, it } from 'vitest';
import { tf, ready } from '@/lib/compute/tf';
import { activation } from '@/lib/compute/activations';
import { maxPool2d, avgPool2d } from '@/lib/compute/pooling';
import { batchNormTrain } from '@/lib/compute/batchNorm';
import { buildNetwork } from '@/lib/compute/training/network';
import { BN_EPS, FASHION_CNN } from '@/lib/compute/training/spec';
import { FASHION_CLASSES } from '@/lib/data/fashionMnist';
import { channel, courseModel, forwardPass, halve } from '@/components/course/lessonPictures/courseModel';
import { activationData } from '@/components/course/lessonPictures/curves';
import { POOLING, poolingData } from '@/components/course/lessonPictures/grids';
import { batchNormData } from '@/components/course/lessonPictures/distributions';
import { visualisingData, whatIsACnnData } from '@/components/course/lessonPictures/model';

const close = (a: ArrayLike<number>, b: ArrayLike<number>, digits: number) => {
  expect(a.length).toBe(b.length);
  Array.from(a).forEach((v, i) => expect(v).toBeCloseTo(b[i], digits));
};

describe('pictures against the compute layer', () => {
  it('pooling: the drawn maxima are tfjs max pooling of the drawn map', async () => {
    await ready();
    const { n, f, input, output } = poolingData();
    const ref = tf.tidy(() => maxPool2d(tf.tensor4d(input, [1, 1, n, n]), { kernel: f }).dataSync());
    close(output, ref, 6);
    expect(POOLING.n / POOLING.f).toBe(Math.sqrt(output.length));
  });

  it('activations: the drawn curves are ReLU, sigmoid and tanh of the compute layer', async () => {
    await ready();
    const d = activationData();
    for (const name of ['relu', 'sigmoid', 'tanh'] as const) {
      const ref = tf.tidy(() => activation(name, tf.tensor1d(d.xs)).dataSync());
      close(d[name], ref, 5);
    }
  });

  it('batch norm: the drawn normalised batch is the compute layer\'s batch norm (γ = 1, β = 0)', async () => {
    await ready();
    const { raw, normalised } = batchNormData();
    const ref = tf.tidy(() => {
      const x = tf.tensor2d(raw, [raw.length, 1]);
      const r = batchNormTrain(x, tf.ones([1]), tf.zeros([1]), tf.zeros([1]), tf.ones([1]), { eps: BN_EPS });
      return r.y.dataSync();
    });
    close(normalised, ref, 4);
  });

  it('the course model: the plain forward pass gives the tfjs network\'s layer outputs and probabilities', async () => {
    await ready();
    const model = courseModel();
    expect(model.spec).toEqual(FASHION_CNN);
    const net = buildNetwork(model.spec, 0);
    net.setWeights(model.weights);
    const x = tf.tensor4d(model.image, [1, 28, 28, 1]);
    const acts = net.activations(x);
    const { outputs, probabilities } = forwardPass(model);
    outputs.forEach((o, i) => close(o.values, acts[i].dataSync(), 4));
    const ref = tf.tidy(() => tf.softmax(net.apply(x, { training: false })).dataSync());
    close(probabilities, ref, 5);
    acts.forEach((t) => t.dispose());
    x.dispose();
    net.dispose();
  });

  it('what a CNN is: the image is the test image at half size, and the network gets its class right', async () => {
    await ready();
    const model = courseModel();
    const d = whatIsACnnData();
    const ref = tf.tidy(() => avgPool2d(tf.tensor4d(model.image, [1, 1, 28, 28]), { kernel: 2 }).dataSync());
    close(d.image, ref, 6);
    close(halve(model.image, 28), d.image, 6);
    expect(FASHION_CLASSES[d.predicted]).toBe(FASHION_CLASSES[model.label]);
    expect(d.probabilities.reduce((a, b) => a + b)).toBeCloseTo(1, 6);
    for (const m of d.stage.maps) expect(Math.max(...m)).toBeCloseTo(1, 6);
  });

  it('visualising: the filters are the first layer\'s kernels and the heat map its pooled response', () => {
    const model = courseModel();
    const { k, filters, chosen, heat } = visualisingData();
    const kernel = model.weights.get('0.kernel')!;
    expect(filters).toHaveLength(16);
    filters.forEach((f, i) => close(f, Array.from({ length: k * k }, (_, p) => kernel[p * 16 + i]), 7));
    const pooled = channel(forwardPass(model).outputs[2], chosen);
    const top = Math.max(...pooled);
    close(heat, Array.from(pooled, (v) => v / top), 6);
  });
});
