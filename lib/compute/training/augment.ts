/**
 * Data augmentation for batches of grey images [N, H, W, 1] in [0, 1]: random horizontal and
 * vertical flips, rotation about the centre, shift (a random crop of the zero-padded image),
 * brightness and contrast, Gaussian noise. Every random choice is drawn in plain JavaScript from
 * a seed (so the same seed gives the same images on every backend), then applied with ops the
 * WASM backend has: one `tf.image.transform` (kernel Transform) does flip + rotation + shift.
 * Augmentation happens before the forward pass, outside the gradient, so no gradient kernel is
 * needed. `makeAugment(settings)` is the `augment` hook of classifierTrainer.
 */
import { tf } from '../tf';
import { mulberry32, normalDraws, streamSeed } from '../../random/prng';
import { AUGMENT_LIMITS } from './augmentLimits';

export interface AugmentSettings {
  /** Mirror left–right with probability ½. */
  flipH: boolean;
  /** Mirror top–bottom with probability ½ (wrong for most photographs and for clothes). */
  flipV: boolean;
  /** Largest rotation in degrees; each image turns by a uniform angle in [−rotation, rotation]. */
  rotation: number;
  /** Largest shift in pixels; each image moves by a whole number in [−shift, shift] on each axis. */
  shift: number;
  /** Largest brightness change; each image gets a uniform offset in [−brightness, brightness]. */
  brightness: number;
  /** Largest contrast change; each image's contrast is scaled by a uniform factor in [1 − contrast, 1 + contrast]. */
  contrast: number;
  /** Standard deviation of the Gaussian noise added to every pixel (pixels run from 0 to 1). */
  noise: number;
}

export const NO_AUGMENTATION: AugmentSettings = { flipH: false, flipV: false, rotation: 0, shift: 0, brightness: 0, contrast: 0, noise: 0 };

/** What was drawn for one image. */
export interface ImageDraw {
  flipH: boolean;
  flipV: boolean;
  /** Degrees, positive = counter-clockwise as seen on screen. */
  angle: number;
  dx: number;
  dy: number;
  brightness: number;
  contrast: number;
}

export const IDENTITY_DRAW: ImageDraw = { flipH: false, flipV: false, angle: 0, dx: 0, dy: 0, brightness: 0, contrast: 1 };

/** Limits a reader (or a link) may set. */
export { AUGMENT_LIMITS };

/** The first setting outside its limits, in words, or null. */
export function augmentSettingsError(s: AugmentSettings): string | null {
  for (const [key, [min, max]] of Object.entries(AUGMENT_LIMITS) as [keyof typeof AUGMENT_LIMITS, readonly [number, number]][]) {
    const v = s[key];
    if (!Number.isFinite(v) || v < min || v > max) return `${key} must be between ${min} and ${max} (it is ${v}).`;
  }
  if (!Number.isInteger(s.shift)) return `shift must be a whole number of pixels (it is ${s.shift}).`;
  return null;
}

/** The random choices for `count` images, from `seed`: the same seed always gives the same draws. */
export function drawAugmentations(s: AugmentSettings, count: number, seed: number): ImageDraw[] {
  const u = mulberry32(seed);
  const sym = (max: number) => (max === 0 ? 0 : (2 * u() - 1) * max);
  return Array.from({ length: count }, () => {
    // Always consume the same number of draws per image, so changing one setting does not
    // reshuffle the others.
    const fh = u() < 0.5;
    const fv = u() < 0.5;
    const angle = sym(s.rotation);
    const dx = Math.min(s.shift, Math.floor(u() * (2 * s.shift + 1)) - s.shift);
    const dy = Math.min(s.shift, Math.floor(u() * (2 * s.shift + 1)) - s.shift);
    const brightness = sym(s.brightness);
    const contrast = 1 + sym(s.contrast);
    return { flipH: s.flipH && fh, flipV: s.flipV && fv, angle, dx, dy, brightness, contrast };
  });
}

/**
 * The projective rows [a0 a1 a2 b0 b1 b2 c0 c1] of tf.image.transform, one per image: each maps
 * an OUTPUT pixel (x, y) back to the input pixel it reads. The forward change is flip, then
 * rotation about the centre, then shift, so the input point is c + S·R(−θ)·(p − d − c).
 */
export function transformRows(draws: ImageDraw[], height: number, width: number): Float32Array {
  const out = new Float32Array(draws.length * 8);
  const cx = (width - 1) / 2;
  const cy = (height - 1) / 2;
  draws.forEach((d, i) => {
    // y points down on screen, so a counter-clockwise turn on screen is −θ in these axes.
    const t = (-d.angle * Math.PI) / 180;
    const cos = d.angle === 0 ? 1 : Math.cos(t);
    const sin = d.angle === 0 ? 0 : Math.sin(t);
    const sx = d.flipH ? -1 : 1;
    const sy = d.flipV ? -1 : 1;
    // M = S · R(−t), R(−t) = [[cos, sin], [−sin, cos]]
    const m00 = sx * cos;
    const m01 = sx * sin;
    const m10 = -sy * sin;
    const m11 = sy * cos;
    const px = d.dx + cx;
    const py = d.dy + cy;
    out.set([m00, m01, cx - (m00 * px + m01 * py), m10, m11, cy - (m10 * px + m11 * py), 0, 0], i * 8);
  });
  return out;
}

const isGeometric = (d: ImageDraw) => d.flipH || d.flipV || d.angle !== 0 || d.dx !== 0 || d.dy !== 0;

/** Flip, rotation and shift of each image (bilinear sampling; outside the image reads 0 = background). */
export function geometric(x: tf.Tensor4D, draws: ImageDraw[]): tf.Tensor4D {
  if (draws.length !== x.shape[0]) throw new Error(`${draws.length} draws for ${x.shape[0]} images.`);
  if (!draws.some(isGeometric)) return tf.clone(x);
  const rows = transformRows(draws, x.shape[1], x.shape[2]);
  return tf.tidy(() => {
    // tfjs-backend-cpu's Transform kernel returns after the first image of a batch (its
    // `return` sits inside the batch loop), so on the CPU backend each image goes alone.
    if (tf.getBackend() === 'cpu' && draws.length > 1) {
      return tf.concat(tf.unstack(x).map((img, i) => tf.image.transform(tf.expandDims(img, 0) as tf.Tensor4D, tf.tensor2d(rows.subarray(i * 8, i * 8 + 8), [1, 8]), 'bilinear', 'constant', 0)));
    }
    return tf.image.transform(x, tf.tensor2d(rows, [draws.length, 8]), 'bilinear', 'constant', 0);
  });
}

/** Per image: (x − mean)·contrast + mean + brightness, clipped to [0, 1]. */
export function brightnessContrast(x: tf.Tensor4D, draws: ImageDraw[]): tf.Tensor4D {
  return tf.tidy(() => {
    const n = x.shape[0];
    const c = tf.tensor4d(Float32Array.from(draws, (d) => d.contrast), [n, 1, 1, 1]);
    const b = tf.tensor4d(Float32Array.from(draws, (d) => d.brightness), [n, 1, 1, 1]);
    const mean = tf.mean(x, [1, 2, 3], true);
    return tf.clipByValue(tf.add(tf.add(tf.mul(tf.sub(x, mean), c), mean), b), 0, 1) as tf.Tensor4D;
  });
}

/** Adds Gaussian noise of standard deviation `std` (seeded), clipped to [0, 1]. */
export function addNoise(x: tf.Tensor4D, std: number, seed: number): tf.Tensor4D {
  if (std === 0) return tf.clone(x);
  const draw = normalDraws(mulberry32(seed));
  const values = new Float32Array(x.size);
  for (let i = 0; i < values.length; i++) values[i] = draw() * std;
  return tf.tidy(() => tf.clipByValue(tf.add(x, tf.tensor4d(values, x.shape)), 0, 1) as tf.Tensor4D);
}

/** Every image mirrored left–right. */
export const flipHorizontal = (x: tf.Tensor4D) => geometric(x, Array.from({ length: x.shape[0] }, () => ({ ...IDENTITY_DRAW, flipH: true })));

/** Every image mirrored top–bottom. */
export const flipVertical = (x: tf.Tensor4D) => geometric(x, Array.from({ length: x.shape[0] }, () => ({ ...IDENTITY_DRAW, flipV: true })));

/** Every image turned by `degrees` about its centre. */
export const rotate = (x: tf.Tensor4D, degrees: number) => geometric(x, Array.from({ length: x.shape[0] }, () => ({ ...IDENTITY_DRAW, angle: degrees })));

/** Every image moved by (dx, dy) pixels, the uncovered border filled with 0. */
export const shift = (x: tf.Tensor4D, dx: number, dy: number) => geometric(x, Array.from({ length: x.shape[0] }, () => ({ ...IDENTITY_DRAW, dx, dy })));

/** The draws augmentBatch makes for a batch of `count` images with `seed` (to describe them). */
export const batchDraws = (s: AugmentSettings, count: number, seed: number) => drawAugmentations(s, count, streamSeed(seed, 0));

/** The augmented batch for `seed`: geometry, then brightness and contrast, then noise. */
export function augmentBatch(x: tf.Tensor4D, s: AugmentSettings, seed: number): tf.Tensor4D {
  const draws = batchDraws(s, x.shape[0], seed);
  return tf.tidy(() => {
    let y = geometric(x, draws);
    if (s.brightness > 0 || s.contrast > 0) y = brightnessContrast(y, draws);
    if (s.noise > 0) y = addNoise(y, s.noise, streamSeed(seed, 1));
    return y;
  });
}

/** classifierTrainer's `augment` hook for these settings (null when nothing is switched on). */
export function makeAugment(s: AugmentSettings): ((x: tf.Tensor4D, seed: number) => tf.Tensor4D) | undefined {
  const off = !s.flipH && !s.flipV && s.rotation === 0 && s.shift === 0 && s.brightness === 0 && s.contrast === 0 && s.noise === 0;
  return off ? undefined : (x, seed) => augmentBatch(x, s, seed);
}
