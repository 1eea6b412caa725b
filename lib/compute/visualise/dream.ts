/**
 * Activation maximisation and Deep Dream: gradient ascent on the image itself. Starting from
 * seeded noise (or from an image, in dream mode), each step nudges every pixel in the direction
 * that raises the objective: one channel's mean activation, one class's score (its logit), or, in
 * dream mode, the energy (mean square) of a whole layer, which amplifies whatever that layer
 * already sees. Two regularisers keep the result image-like rather than high-frequency noise:
 * jitter (the gradient is taken on a randomly shifted copy) and an occasional Gaussian blur.
 * It runs in chunks on the shared loop, so the page stays live and the reader can stop it.
 */
import { tf } from '../tf';
import type { Network } from '../training/network';
import { createLoop, type LoopState } from '../training/loop';
import { mulberry32 } from '../../random/prng';
import { checkImage, checkMapUnit, mapLayers, type GreyImage } from './layers';

export type DreamObjective =
  | { kind: 'channel'; layer: number; channel: number }
  | { kind: 'class'; target: number }
  | { kind: 'dream'; layer: number };

export interface DreamOptions {
  objective: DreamObjective;
  /** Start from seeded noise, or (dream mode) from an image. */
  start: { kind: 'noise'; seed: number } | { kind: 'image'; image: GreyImage };
  steps: number;
  /** Each step moves the pixels by stepSize × gradient / mean |gradient|. */
  stepSize: number;
  /** Largest random shift, in pixels, of the copy the gradient is taken on (0: none). */
  jitter: number;
  /** Blur every this many steps (0: never), with a Gaussian of this σ in pixels. */
  blurEvery: number;
  blurSigma: number;
  /** Seeds the jitter. */
  seed: number;
}

export interface DreamProgress {
  step: number;
  total: number;
  /** The objective on the current (unshifted) image. */
  value: number;
  /** The current image, [h][w] in 0–1. */
  image: Float32Array;
}

export interface DreamRun {
  /** Runs to the end or until stopped; resolves with the last progress. */
  start(): Promise<DreamProgress>;
  stop(): void;
  readonly state: LoopState;
}

/** The objective as a scalar tensor of image batch x [1, h, w, 1]. */
export function objectiveOf(network: Network, objective: DreamObjective): (x: tf.Tensor) => tf.Scalar {
  const { spec } = network;
  switch (objective.kind) {
    case 'channel': {
      const [h, w] = checkMapUnit(spec, objective.layer, objective.channel);
      return (x) => tf.mean(tf.slice(network.applyLayers(x, 0, objective.layer + 1) as tf.Tensor4D, [0, 0, 0, objective.channel], [1, h, w, 1]));
    }
    case 'class': {
      const last = spec.layers.at(-1);
      if (last?.type !== 'dense' || !Number.isInteger(objective.target) || objective.target < 0 || objective.target >= last.units) throw new Error(`There is no class ${objective.target} to excite.`);
      return (x) => tf.reshape(tf.slice(network.applyLayers(x, 0) as tf.Tensor2D, [0, objective.target], [1, 1]), []);
    }
    case 'dream':
      if (!mapLayers(spec).some((m) => m.index === objective.layer)) throw new Error(`Layer ${objective.layer + 1} does not give feature maps.`);
      return (x) => tf.mean(tf.square(network.applyLayers(x, 0, objective.layer + 1)));
  }
}

/** x shifted down by dy and right by dx, wrapping round (so nothing is lost). */
function roll(x: tf.Tensor4D, dy: number, dx: number): tf.Tensor4D {
  const [, h, w] = x.shape;
  const along = (t: tf.Tensor4D, d: number, n: number, axis: 1 | 2) => {
    const s = ((d % n) + n) % n;
    if (s === 0) return t;
    const begin = [0, 0, 0, 0];
    begin[axis] = n - s;
    const size = [-1, -1, -1, -1];
    size[axis] = n - s;
    return tf.concat([tf.slice(t, begin, [-1, -1, -1, -1]), tf.slice(t, [0, 0, 0, 0], size)], axis) as tf.Tensor4D;
  };
  return along(along(x, dy, h, 1), dx, w, 2);
}

/** A normalised Gaussian kernel [k, k, 1, 1] with k = 2⌈2σ⌉ + 1. */
function gaussian(sigma: number): tf.Tensor4D {
  const r = Math.max(1, Math.ceil(2 * sigma));
  const taps = Array.from({ length: 2 * r + 1 }, (_, i) => Math.exp(-((i - r) ** 2) / (2 * sigma * sigma)));
  const total = taps.reduce((a, b) => a + b, 0) ** 2;
  return tf.tensor4d(taps.flatMap((a) => taps.map((b) => (a * b) / total)), [2 * r + 1, 2 * r + 1, 1, 1]);
}

function checkOptions(network: Network, o: DreamOptions): void {
  const whole = (v: number, min: number, max: number) => Number.isInteger(v) && v >= min && v <= max;
  if (!whole(o.steps, 1, 10000)) throw new Error(`The number of steps must be a whole number from 1 to 10000 (got ${o.steps}).`);
  if (!(o.stepSize > 0 && o.stepSize <= 1)) throw new Error(`The step size must be above 0 and at most 1 (got ${o.stepSize}).`);
  if (!whole(o.jitter, 0, 8)) throw new Error(`The jitter must be a whole number of pixels from 0 to 8 (got ${o.jitter}).`);
  if (!whole(o.blurEvery, 0, 1000) || !(o.blurSigma > 0 && o.blurSigma <= 4)) throw new Error('The blur needs a whole number of steps (0 for never) and a σ above 0 and at most 4.');
  if (o.start.kind === 'image') checkImage(network.spec, o.start.image);
}

/** The starting image [1, h, w, 1]: the given one, or seeded noise around mid-grey. */
function startImage(network: Network, o: DreamOptions): tf.Tensor4D {
  const [h, w] = network.spec.input;
  if (o.start.kind === 'image') return tf.tensor4d(o.start.image.pixels, [1, h, w, 1]);
  const next = mulberry32(o.start.seed);
  return tf.tensor4d(Float32Array.from({ length: h * w }, () => 0.4 + 0.2 * next()), [1, h, w, 1]);
}

export function createDream(network: Network, options: DreamOptions, onProgress?: (p: DreamProgress) => void): DreamRun {
  checkOptions(network, options);
  const f = objectiveOf(network, options.objective);
  const grad = tf.grad(f);
  const next = mulberry32(options.seed);
  const shift = () => Math.floor(next() * (2 * options.jitter + 1)) - options.jitter;
  // Tensors are made when the run starts and freed when it ends, so a run never started holds none.
  let image: tf.Tensor4D | null = null;
  let blur: tf.Tensor4D | null = null;
  let last: DreamProgress | null = null;
  let failure: unknown;
  const report = (x: tf.Tensor4D, step: number): DreamProgress => ({
    step, total: options.steps, value: tf.tidy(() => f(x).dataSync()[0]), image: Float32Array.from(x.dataSync()),
  });
  const ascend = (x: tf.Tensor4D, k: number) =>
    tf.tidy(() => {
      const [dy, dx] = [shift(), shift()];
      const g = roll(grad(roll(x, dy, dx)) as tf.Tensor4D, -dy, -dx);
      const scale = tf.add(tf.mean(tf.abs(g)), 1e-8);
      const moved = tf.clipByValue(tf.add(x, tf.mul(tf.div(g, scale), options.stepSize)), 0, 1) as tf.Tensor4D;
      return blur && (k + 1) % options.blurEvery === 0 ? tf.conv2d(moved, blur, 1, 'same') : moved;
    });
  const loop = createLoop({
    step: (k) => {
      if (k >= options.steps || !image) return false;
      const updated = ascend(image, k);
      image.dispose();
      image = updated;
      last = report(image, k + 1);
      onProgress?.(last);
      return true;
    },
    onState: (state, error) => {
      if (state === 'failed') failure = error;
    },
  });
  return {
    async start() {
      if (loop.state !== 'idle') throw new Error('This run has already started; make a new one.');
      image = startImage(network, options);
      blur = options.blurEvery > 0 ? gaussian(options.blurSigma) : null;
      try {
        last = report(image, 0);
        onProgress?.(last);
        await loop.start();
      } finally {
        image?.dispose();
        blur?.dispose();
        image = blur = null;
      }
      if (failure !== undefined) throw failure instanceof Error ? failure : new Error(String(failure));
      return last;
    },
    stop: () => loop.stop(),
    get state() {
      return loop.state;
    },
  };
}
