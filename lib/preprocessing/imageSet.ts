/**
 * A small procedural RGB image set (16×16 pixels, values 0–255, seeded) standing in for a
 * training set of photographs. Two kinds: landscapes (sky above, ground below: the mean image
 * keeps that layout) and centred objects (a disc in the middle: the mean image is a blob).
 */
import { normal, subSeed, uniform } from './random';

export interface RgbImage {
  width: number;
  height: number;
  /** Row-major, three values per pixel (R, G, B), whole numbers 0–255. */
  data: Uint8ClampedArray;
}

export const IMAGE_SIDE = 16;
export const IMAGE_SETS = ['landscapes', 'objects'] as const;
export type ImageSetName = (typeof IMAGE_SETS)[number];

type Rgb = [number, number, number];
const lerp = (a: Rgb, b: Rgb, t: number): Rgb => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
const scale = (a: Rgb, f: number): Rgb => [a[0] * f, a[1] * f, a[2] * f];

/** A saturated colour of hue h in [0, 1) (HSV with S = 0.8, V = 0.95). */
function hue(h: number): Rgb {
  const v = 242;
  const lo = v * 0.2;
  const k = (n: number) => (n + h * 6) % 6;
  const f = (n: number) => v - (v - lo) * Math.max(0, Math.min(k(n), 4 - k(n), 1));
  return [f(5), f(3), f(1)];
}

type Painter = (x: number, y: number) => Rgb;

function landscape(u: () => number): Painter {
  const horizon = 6 + Math.floor(u() * 5);
  const skyTop: Rgb = [50 + u() * 40, 100 + u() * 50, 190 + u() * 50];
  const skyLow: Rgb = [170 + u() * 40, 195 + u() * 30, 230 + u() * 20];
  const grounds: Rgb[] = [[70, 150, 60], [190, 160, 100], [115, 90, 60], [60, 120, 70]];
  const ground = grounds[Math.floor(u() * grounds.length)];
  const sun = u() < 0.6 ? { x: 2 + u() * 11, y: 1 + u() * Math.max(0, horizon - 4), r: 1.5 + u() } : null;
  return (x, y) => {
    if (sun && Math.hypot(x - sun.x, y - sun.y) <= sun.r) return [255, 225, 90];
    if (y < horizon) return lerp(skyTop, skyLow, y / Math.max(1, horizon - 1));
    return scale(ground, 1 - 0.35 * ((y - horizon) / Math.max(1, IMAGE_SIDE - 1 - horizon)));
  };
}

function centredObject(u: () => number): Painter {
  const grey = 60 + u() * 150;
  const background: Rgb = [grey + u() * 30 - 15, grey + u() * 30 - 15, grey + u() * 30 - 15];
  const colour = hue(u());
  const cx = 7.5 + (u() - 0.5) * 2;
  const cy = 7.5 + (u() - 0.5) * 2;
  const r = 4 + u() * 2;
  return (x, y) => (Math.hypot(x - cx, y - cy) <= r ? colour : background);
}

/** One image of a set; `index` picks its own random stream. */
export function makeImage(set: ImageSetName, seed: number, index: number): RgbImage {
  const u = uniform(subSeed(seed, 100 + index));
  const noise = normal(subSeed(seed, 5000 + index));
  const paint = set === 'landscapes' ? landscape(u) : centredObject(u);
  const data = new Uint8ClampedArray(IMAGE_SIDE * IMAGE_SIDE * 3);
  for (let y = 0; y < IMAGE_SIDE; y++) {
    for (let x = 0; x < IMAGE_SIDE; x++) {
      const c = paint(x, y);
      const o = (y * IMAGE_SIDE + x) * 3;
      // Uint8ClampedArray rounds and clips to 0–255, as a saved photograph would.
      for (let k = 0; k < 3; k++) data[o + k] = c[k] + 8 * noise();
    }
  }
  return { width: IMAGE_SIDE, height: IMAGE_SIDE, data };
}

export function imageSet(set: ImageSetName, count: number, seed: number): RgbImage[] {
  return Array.from({ length: count }, (_, i) => makeImage(set, seed, i));
}

/** An image from the same source that is not in the training set (a "test photo"). */
export const heldOutImage = (set: ImageSetName, seed: number) => makeImage(set, seed, 1_000_000);
