/**
 * A reader playing with a widget must not grow the number of live tensors: drive widget-sized
 * computations many times and count.
 */
import { beforeAll, expect, it } from 'vitest';
import {
  activationDerivative, batchNormTrain, batchNormTrainGradients, conv2d, conv2dGradients, convolutionTrace,
  crossEntropy, crossEntropyGradient, maxPool2dGradient, ready, residualBlockWithGradients, tf,
  tripletMarginLossGradients, type ConvSpec,
} from '@/lib/compute';

beforeAll(ready);

const ROUNDS = 60;

const ramp = (n: number, scale = 1) => Float32Array.from({ length: n }, (_, i) => Math.sin(i * 0.37) * scale);

const mnistSized: ConvSpec = {
  input: ramp(28 * 28), inputShape: [1, 28, 28],
  kernels: ramp(9), kernelShape: [1, 1, 3, 3],
  stride: 1, padding: 1, dilation: 1,
};
const rgbSized: ConvSpec = {
  input: ramp(3 * 16 * 16), inputShape: [3, 16, 16],
  kernels: ramp(4 * 3 * 9), kernelShape: [4, 3, 3, 3], bias: [0.1, -0.2, 0.3, 0],
  stride: 2, padding: 1, dilation: 1,
};

/**
 * Results are returned to the caller and disposed, as a widget would after drawing them. Every
 * input made here goes through `keep`, so whatever is left over was leaked by the compute layer.
 */
function opsWithGradients(): tf.Tensor[] {
  const made: tf.Tensor[] = [];
  const keep = <T extends tf.Tensor>(t: T): T => (made.push(t), t);
  const x = keep(tf.tensor4d(ramp(2 * 3 * 8 * 8), [2, 3, 8, 8]));
  const w = keep(tf.tensor4d(ramp(4 * 3 * 9, 0.5), [4, 3, 3, 3]));
  const b = keep(tf.tensor1d([0, 1, 2, 3]));
  const opts = { padding: 1, dilation: 2, stride: 2 };
  const y = conv2d(x, w, b, opts);
  const g = conv2dGradients(x, w, b, keep(tf.onesLike(y)), opts);
  const pool = maxPool2dGradient(x, keep(tf.ones([2, 3, 4, 4])) as tf.Tensor4D, { kernel: 2 });
  const gamma = keep(tf.ones([3])) as tf.Tensor1D;
  const beta = keep(tf.zeros([3])) as tf.Tensor1D;
  const bn = batchNormTrain(x, gamma, beta, beta, gamma);
  const bnGrads = batchNormTrainGradients(x, gamma, beta, keep(tf.onesLike(x)));
  const logits = keep(tf.tensor2d(ramp(12, 3), [3, 4]));
  const target = keep(tf.tensor1d([0, 3, 1], 'int32'));
  const res = residualBlockWithGradients(
    keep(tf.tensor4d(ramp(2 * 25), [1, 2, 5, 5])), keep(tf.tensor4d(ramp(36), [2, 2, 3, 3])), keep(tf.tensor4d(ramp(36, 2), [2, 2, 3, 3])),
  );
  const emb = keep(tf.tensor2d(ramp(6), [2, 3]));
  const trip = tripletMarginLossGradients(emb, keep(tf.add(emb, 0.5)), keep(tf.sub(emb, 0.1)));
  const results = [
    y, g.dx, g.dw, g.db!, pool, bn.y, bn.batchMean, bn.batchVar, bn.runningMean, bn.runningVar, bnGrads.dx, bnGrads.dgamma,
    bnGrads.dbeta, crossEntropy(logits, target), crossEntropyGradient(logits, target), activationDerivative('elu', x, { alpha: 0.5 }),
    res.y, res.dx, res.plainY, res.plainDx, trip.danchor, trip.dpositive, trip.dnegative,
  ];
  return [...made, ...results];
}

it(`convolution traces and ops with gradients, ${ROUNDS} times each, leave no tensor behind`, () => {
  const before = tf.memory().numTensors;
  for (let round = 0; round < ROUNDS; round++) {
    const a = convolutionTrace({ ...mnistSized, stride: 1 + (round % 2) });
    const b = convolutionTrace(rgbSized);
    expect(a.output.length + b.output.length).toBeGreaterThan(0);
    tf.dispose(tf.tidy(() => opsWithGradients()));
  }
  // A widget that forgets tf.tidy but disposes what it receives must not leak either.
  for (let round = 0; round < 5; round++) tf.dispose(opsWithGradients());
  expect(tf.memory().numTensors).toBe(before);
});

it('a refused spec leaves no tensor behind', () => {
  const before = tf.memory().numTensors;
  for (let round = 0; round < ROUNDS; round++) {
    expect(() => convolutionTrace({ ...mnistSized, kernels: ramp(9 * 9), kernelShape: [1, 1, 9, 9], padding: 0, dilation: 4 })).toThrow();
  }
  expect(tf.memory().numTensors).toBe(before);
});
