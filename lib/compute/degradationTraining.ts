/**
 * The degradation experiment in miniature: a plain and a residual stack of the same depth (the
 * layers of gradientFlow.ts, with a linear readout) trained with Adam on the same seeded regression
 * task, y = sin(2·x·u) for a fixed unit direction u. A trainer advances a few steps at a time so a
 * page can run it between frames.
 */
import { mulberry32, standardNormal, streamSeed } from '@/lib/random/prng';
import { flowForward, flowParameters, type GradientFlowSpec } from './gradientFlow';
import { tf } from './tf';

export const TRAIN_SAMPLES = 64;
export const TRAIN_LEARNING_RATE = 0.01;

export type TrainSpec = Omit<GradientFlowSpec, 'architecture' | 'batch'>;

/** Inputs (samples × width) and targets (samples), seeded. */
export function regressionTask(seed: number, width: number) {
  const u = mulberry32(streamSeed(seed, 1001));
  const x = Float32Array.from({ length: TRAIN_SAMPLES * width }, () => standardNormal(u));
  const dir = Float64Array.from({ length: width }, () => standardNormal(u));
  const len = Math.hypot(...dir);
  const y = Float32Array.from({ length: TRAIN_SAMPLES }, (_, n) => {
    let s = 0;
    for (let k = 0; k < width; k++) s += x[n * width + k] * dir[k];
    return Math.sin((2 * s) / len);
  });
  return { x, y };
}

export interface Trainer {
  /** Runs `steps` Adam steps on both networks; returns their losses (mean squared error) after each step. */
  step(steps: number): { plain: number[]; residual: number[] };
  /** Both networks' loss before any training. */
  initial: { plain: number; residual: number };
  dispose(): void;
}

export function degradationTrainer(spec: TrainSpec): Trainer {
  const p = flowParameters({ ...spec, batch: TRAIN_SAMPLES });
  const width = p.width;
  const task = regressionTask(spec.seed, width);
  const x = tf.tensor2d(task.x, [TRAIN_SAMPLES, width]);
  const y = tf.tensor2d(task.y, [TRAIN_SAMPLES, 1]);
  const make = (architecture: 'plain' | 'residual') => {
    // Both networks start from the same seeded weights and a zero readout, so from the same loss, mean(y²).
    const weights = p.weights.map((w) => tf.tidy(() => tf.variable(tf.tensor2d(Float32Array.from(w), [width, width])) as tf.Variable<tf.Rank.R2>));
    const readout = tf.tidy(() => tf.variable(tf.zeros([width, 1])) as tf.Variable<tf.Rank.R2>);
    const optimizer = tf.train.adam(TRAIN_LEARNING_RATE);
    const lossFn = () => tf.tidy(() => tf.mean(tf.square(tf.sub(tf.matMul(flowForward(x, weights, { ...spec, architecture }), readout), y))) as tf.Scalar);
    const current = () => tf.tidy(() => lossFn().dataSync()[0]);
    const step = () => {
      const loss = optimizer.minimize(lossFn, true, [...weights, readout]);
      const v = loss ? loss.dataSync()[0] : NaN;
      loss?.dispose();
      return v;
    };
    const dispose = () => {
      optimizer.dispose();
      weights.forEach((w) => w.dispose());
      readout.dispose();
    };
    return { step, current, dispose };
  };
  const plain = make('plain');
  const residual = make('residual');
  return {
    initial: { plain: plain.current(), residual: residual.current() },
    step(steps) {
      const out = { plain: [] as number[], residual: [] as number[] };
      for (let i = 0; i < steps; i++) {
        out.plain.push(plain.step());
        out.residual.push(residual.step());
      }
      return out;
    },
    dispose() {
      plain.dispose();
      residual.dispose();
      x.dispose();
      y.dispose();
    },
  };
}
