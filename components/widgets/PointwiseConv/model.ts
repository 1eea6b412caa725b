/** PointwiseConv's example numbers, keys and formula. Pure; no React, no tfjs. */
import { convParams } from '@/lib/nn/convArithmetic';
import { seededValues } from '@/lib/random/prng';
import type { PointwiseState } from './state';

export interface PointwiseExample {
  input: number[];
  inputShape: [number, number, number];
  /** [outputs, C] */
  weights: number[];
  bias: number[];
}

export function pointwiseExample({ c, h, w, outputs, seed }: PointwiseState): PointwiseExample {
  return {
    input: seededValues(seed, c * h * w, -1, 1),
    inputShape: [c, h, w],
    weights: seededValues(seed + 10_000, outputs * c, -1, 1),
    bias: seededValues(seed + 20_000, outputs, -0.5, 0.5),
  };
}

/** The channel vector under pixel p of a [C, H, W] image. */
export const channelVector = (input: readonly number[], [c, h, w]: readonly number[], p: number) =>
  Array.from({ length: c }, (_, ch) => input[ch * h * w + p]);

/** Parameters of C → O 1×1 kernels with biases (lib/nn). */
export const pointwiseParams = (c: number, outputs: number) => convParams({ inH: 1, inW: 1, cin: c, cout: outputs, kh: 1, kw: 1, stride: 1, padding: 0 });

/** The pixel after an arrow key (or Home, End) on an h × w image, or null. */
export function pixelByKey(key: string, p: number, h: number, w: number): number | null {
  const r = Math.floor(p / w);
  const c = p % w;
  switch (key) {
    case 'ArrowLeft':
      return r * w + Math.max(0, c - 1);
    case 'ArrowRight':
      return r * w + Math.min(w - 1, c + 1);
    case 'ArrowUp':
      return Math.max(0, r - 1) * w + c;
    case 'ArrowDown':
      return Math.min(h - 1, r + 1) * w + c;
    case 'Home':
      return 0;
    case 'End':
      return h * w - 1;
    default:
      return null;
  }
}

const num = (v: number, digits: number) => {
  const r = Number(v.toFixed(digits));
  return (r === 0 ? 0 : r).toFixed(digits);
};
const column = (values: readonly number[], digits: number) => `\\begin{bmatrix} ${values.map((v) => num(v, digits)).join(' \\\\ ')} \\end{bmatrix}`;

/** W x + b = y for one pixel, in TeX, with the numbers shown. */
export function pixelTex(weights: readonly number[], outputs: number, x: readonly number[], bias: readonly number[], y: readonly number[]): string {
  const c = x.length;
  const rows = Array.from({ length: outputs }, (_, o) => weights.slice(o * c, (o + 1) * c).map((v) => num(v, 1)).join(' & ')).join(' \\\\ ');
  return `\\begin{bmatrix} ${rows} \\end{bmatrix} ${column(x, 1)} + ${column(bias, 1)} = ${column(y, 3)}`;
}
