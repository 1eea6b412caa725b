/**
 * Dying ReLU on a small layer: 16 units on 2-D inputs, h = f(W x + b), read out as
 * y = 0.25 · Σ h (a fixed readout, so only W and b learn). The targets are what the layer itself
 * computed before it was disturbed, so its loss starts at 0 and training tries to get back there.
 * One disturbance (a large learning-rate step on a batch with a large error, or a shift of every
 * bias) switches units off; then plain gradient descent runs on the right targets.
 * Plain arithmetic (a hand-written backward pass, checked against tfjs autodiff in the tests).
 */
import { seededNormal } from './random';

export const UNITS = 16;
export const BATCH = 64;
export const INPUT_DIM = 2;
export const READOUT = 0.25;
/** The bad batch's targets sit this far below the layer's outputs: a large error. */
export const BAD_BATCH_ERROR = 3;
/** Learning rate of the training that follows the disturbance. */
export const TRAIN_RATE = 0.2;
export const MAX_STEPS = 500;

export interface Layer {
  /** UNITS × 2 weights, row by row. */
  w: Float64Array;
  /** UNITS biases. */
  b: Float64Array;
}

export interface Task {
  /** BATCH × 2 inputs, row by row. */
  inputs: Float64Array;
  /** The undisturbed layer: weights N(0, 1), biases 0.5 + 0.5·N(0, 1). */
  start: Layer;
}

export type Kick = { kind: 'step'; rate: number } | { kind: 'shift'; shift: number };

/** Leaky ReLU with slope `slope` below 0; slope 0 is ReLU. */
export const leaky = (z: number, slope: number) => (z > 0 ? z : slope * z);
/** Its derivative, 0 at z = 0 for ReLU as in PyTorch. */
export const leakySlope = (z: number, slope: number) => (z > 0 ? 1 : slope);

export function makeTask(seed: number): Task {
  const normal = seededNormal(seed);
  const inputs = new Float64Array(BATCH * INPUT_DIM).map(() => normal());
  const w = new Float64Array(UNITS * INPUT_DIM).map(() => normal());
  const b = new Float64Array(UNITS).map(() => 0.5 + 0.5 * normal());
  return { inputs, start: { w, b } };
}

/** z[n][j] = w_j · x_n + b_j, as BATCH × UNITS. */
export function preActivations(layer: Layer, inputs: Float64Array): Float64Array {
  const z = new Float64Array(BATCH * UNITS);
  for (let n = 0; n < BATCH; n++) {
    const x0 = inputs[2 * n];
    const x1 = inputs[2 * n + 1];
    for (let j = 0; j < UNITS; j++) z[n * UNITS + j] = layer.w[2 * j] * x0 + layer.w[2 * j + 1] * x1 + layer.b[j];
  }
  return z;
}

export function outputs(layer: Layer, inputs: Float64Array, slope: number): Float64Array {
  const z = preActivations(layer, inputs);
  const y = new Float64Array(BATCH);
  for (let n = 0; n < BATCH; n++) {
    let s = 0;
    for (let j = 0; j < UNITS; j++) s += leaky(z[n * UNITS + j], slope);
    y[n] = READOUT * s;
  }
  return y;
}

export interface Gradients {
  loss: number;
  w: Float64Array;
  b: Float64Array;
  /** Units off for every input (see offUnits), from the same forward pass. */
  offCount: number;
}

/** Mean squared error against `targets`, and its gradient with respect to W and b. */
export function gradients(layer: Layer, inputs: Float64Array, targets: Float64Array, slope: number): Gradients {
  const { w, b } = layer;
  const gw = new Float64Array(UNITS * INPUT_DIM);
  const gb = new Float64Array(UNITS);
  const on = new Uint8Array(UNITS);
  const z = new Float64Array(UNITS);
  let loss = 0;
  for (let n = 0; n < BATCH; n++) {
    const x0 = inputs[2 * n];
    const x1 = inputs[2 * n + 1];
    let y = 0;
    for (let j = 0; j < UNITS; j++) {
      z[j] = w[2 * j] * x0 + w[2 * j + 1] * x1 + b[j];
      y += READOUT * leaky(z[j], slope);
    }
    const e = y - targets[n];
    loss += (e * e) / BATCH;
    const dy = (2 * e) / BATCH;
    for (let j = 0; j < UNITS; j++) {
      if (z[j] > 0) on[j] = 1;
      const dz = dy * READOUT * leakySlope(z[j], slope);
      gb[j] += dz;
      gw[2 * j] += dz * x0;
      gw[2 * j + 1] += dz * x1;
    }
  }
  return { loss, w: gw, b: gb, offCount: UNITS - on.reduce((a, v) => a + v, 0) };
}

export const sgdStep = (layer: Layer, g: Gradients, rate: number): Layer => ({
  w: layer.w.map((v, i) => v - rate * g.w[i]),
  b: layer.b.map((v, i) => v - rate * g.b[i]),
});

/**
 * A unit is off when its pre-activation is ≤ 0 for every input of the batch. For ReLU that means
 * zero output and zero gradient for the whole batch: the unit is dead. A leaky unit that is off
 * still passes `slope` times the gradient.
 */
export function offUnits(layer: Layer, inputs: Float64Array): boolean[] {
  const z = preActivations(layer, inputs);
  return Array.from({ length: UNITS }, (_, j) => {
    for (let n = 0; n < BATCH; n++) if (z[n * UNITS + j] > 0) return false;
    return true;
  });
}

/** How many inputs of the batch switch each unit on (z > 0). */
export function activeCounts(layer: Layer, inputs: Float64Array): number[] {
  const z = preActivations(layer, inputs);
  return Array.from({ length: UNITS }, (_, j) => {
    let c = 0;
    for (let n = 0; n < BATCH; n++) if (z[n * UNITS + j] > 0) c++;
    return c;
  });
}

/** The disturbed layer: one step of gradient descent towards targets BAD_BATCH_ERROR too low, or a shift of every bias. */
export function disturb(task: Task, kick: Kick, slope: number): Layer {
  if (kick.kind === 'shift') return { w: task.start.w.slice(), b: task.start.b.map((v) => v + kick.shift) };
  const targets = outputs(task.start, task.inputs, slope).map((y) => y - BAD_BATCH_ERROR);
  return sgdStep(task.start, gradients(task.start, task.inputs, targets, slope), kick.rate);
}

export interface Trajectory {
  /** The layer after the disturbance (index 0) and after each training step. */
  layers: Layer[];
  /** Units off for every input, at each index. */
  off: number[];
  /** Loss on the right targets, at each index. */
  loss: number[];
}

/** Disturb, then train `steps` steps at TRAIN_RATE on the undisturbed layer's own outputs. */
export function trajectory(task: Task, kick: Kick, slope: number, steps: number): Trajectory {
  const targets = outputs(task.start, task.inputs, slope);
  let layer = disturb(task, kick, slope);
  const layers: Layer[] = [];
  const off: number[] = [];
  const loss: number[] = [];
  for (let t = 0; ; t++) {
    const g = gradients(layer, task.inputs, targets, slope);
    layers.push(layer);
    off.push(g.offCount);
    loss.push(g.loss);
    if (t === steps) break;
    layer = sgdStep(layer, g, TRAIN_RATE);
  }
  return { layers, off, loss };
}

/** Each unit's gradient size ‖(∂L/∂w_j, ∂L/∂b_j)‖ on the right targets. */
export function unitGradientNorms(task: Task, layer: Layer, slope: number): number[] {
  const targets = outputs(task.start, task.inputs, slope);
  const g = gradients(layer, task.inputs, targets, slope);
  return Array.from({ length: UNITS }, (_, j) => Math.hypot(g.w[2 * j], g.w[2 * j + 1], g.b[j]));
}
