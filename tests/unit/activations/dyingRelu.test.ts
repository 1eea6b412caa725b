/**
 * The small layer's hand-written backward pass against TensorFlow.js autodiff of the same loss
 * (the course's golden-tested ReLU; tfjs's leakyRelu), and the behaviour the lesson claims:
 * a dead ReLU unit has exactly zero gradient and never moves; leaky units can come back.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { activation, ready, tf } from '@/lib/compute';
import {
  BATCH, MAX_STEPS, READOUT, UNITS, disturb, gradients, makeTask, offUnits, outputs, preActivations, trajectory, type Layer,
} from '@/lib/activations/dyingRelu';

beforeAll(ready);

/** Loss and gradients by tfjs autodiff: y = READOUT · Σ f(X Wᵀ + b), MSE against targets. */
function tfGradients(layer: Layer, inputs: Float64Array, targets: Float64Array, slope: number) {
  return tf.tidy(() => {
    const X = tf.tensor2d(Array.from(inputs), [BATCH, 2]);
    const t = tf.tensor1d(Array.from(targets));
    const f = (w: tf.Tensor, b: tf.Tensor) => {
      const z = tf.add(tf.matMul(X, w as tf.Tensor2D, false, true), b);
      // tfjs's own ops: the course's leaky_relu uses tf.where, which tfjs cannot differentiate through.
      const h = slope === 0 ? activation('relu', z) : tf.leakyRelu(z, slope);
      return tf.mean(tf.square(tf.sub(tf.mul(tf.sum(h, 1), READOUT), t)));
    };
    const w = tf.tensor2d(Array.from(layer.w), [UNITS, 2]);
    const b = tf.tensor1d(Array.from(layer.b));
    const { value, grads } = tf.valueAndGrads(f)([w, b]);
    return { loss: value.dataSync()[0], w: Array.from(grads[0].dataSync()), b: Array.from(grads[1].dataSync()) };
  });
}

const task = makeTask(16);

describe('dying ReLU layer', () => {
  for (const slope of [0, 0.1]) {
    it(`backward pass matches tfjs autodiff (slope ${slope}), before and after a disturbance`, () => {
      const targets = outputs(task.start, task.inputs, slope).map((y, n) => y - 0.3 * Math.sin(n));
      for (const layer of [task.start, disturb(task, { kind: 'step', rate: 1 }, slope)]) {
        const mine = gradients(layer, task.inputs, targets, slope);
        const ref = tfGradients(layer, task.inputs, targets, slope);
        expect(mine.loss).toBeCloseTo(ref.loss, 4);
        mine.w.forEach((g, i) => expect(g).toBeCloseTo(ref.w[i], 4));
        mine.b.forEach((g, i) => expect(g).toBeCloseTo(ref.b[i], 4));
      }
    });
  }

  it('the same seed gives the same layer; another seed another one', () => {
    expect(makeTask(16)).toEqual(task);
    expect(makeTask(17).start.w).not.toEqual(task.start.w);
  });

  it('a bias shift switches off exactly the units whose largest w·x stays below −shift', () => {
    for (const shift of [-1, -2, -3]) {
      const layer = disturb(task, { kind: 'shift', shift }, 0);
      const expected = Array.from({ length: UNITS }, (_, j) => {
        let top = -Infinity;
        for (let n = 0; n < BATCH; n++) top = Math.max(top, task.start.w[2 * j] * task.inputs[2 * n] + task.start.w[2 * j + 1] * task.inputs[2 * n + 1]);
        return top + task.start.b[j] + shift <= 0;
      });
      expect(offUnits(layer, task.inputs)).toEqual(expected);
    }
  });

  it('a dead ReLU unit gets exactly zero gradient and keeps its weights through all of training', () => {
    const t = trajectory(task, { kind: 'step', rate: 3 }, 0, MAX_STEPS);
    const dead = offUnits(t.layers[0], task.inputs);
    expect(dead.filter(Boolean).length).toBeGreaterThan(0);
    const g = gradients(t.layers[0], task.inputs, outputs(task.start, task.inputs, 0), 0);
    const last = t.layers[MAX_STEPS];
    dead.forEach((d, j) => {
      if (!d) return;
      expect([g.w[2 * j], g.w[2 * j + 1], g.b[j]]).toEqual([0, 0, 0]);
      expect([last.w[2 * j], last.w[2 * j + 1], last.b[j]]).toEqual([t.layers[0].w[2 * j], t.layers[0].w[2 * j + 1], t.layers[0].b[j]]);
    });
    // So the count of dead units can never fall.
    t.off.forEach((c, i) => i > 0 && expect(c).toBeGreaterThanOrEqual(t.off[i - 1]));
  });

  it('a switched-off leaky unit still gets a gradient, and some come back', () => {
    const t = trajectory(task, { kind: 'step', rate: 3 }, 0.1, MAX_STEPS);
    const off = offUnits(t.layers[0], task.inputs);
    const g = gradients(t.layers[0], task.inputs, outputs(task.start, task.inputs, 0.1), 0.1);
    off.forEach((o, j) => o && expect(Math.abs(g.b[j])).toBeGreaterThan(0));
    expect(t.off[MAX_STEPS]).toBeLessThan(t.off[0]);
    expect(t.loss[MAX_STEPS]).toBeLessThan(t.loss[0] / 100);
  });

  it('pre-activations are w·x + b for every input and unit', () => {
    const z = preActivations(task.start, task.inputs);
    const n = 5;
    const j = 7;
    expect(z[n * UNITS + j]).toBeCloseTo(task.start.w[2 * j] * task.inputs[2 * n] + task.start.w[2 * j + 1] * task.inputs[2 * n + 1] + task.start.b[j], 12);
  });
});
