/**
 * The course's shared trained classifier (public/models/fashion-cnn.weights) and one shipped test
 * image, read at build time, so two lesson pictures show a real network looking at a real
 * picture. The forward pass is plain arithmetic over the file's own spec (conv, ReLU, max pool,
 * flatten, dense, dropout as the identity), in TensorFlow.js's layouts (HWC maps, HWIO kernels,
 * [in, out] dense kernels); a unit test checks it against the tfjs network of lib/compute.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { decodeWeights } from '@/lib/compute/training/weightsFile';
import type { LayerSpec, NetworkSpec } from '@/lib/compute/training/spec';
import { softenedProbabilities } from '@/lib/compression/distillation';

const MODEL = 'public/models/fashion-cnn.weights';
const DATA = 'public/data/fashion-mnist';
/** The class whose first test image the pictures show. */
export const PICTURE_CLASS = 6; // a shirt: the network is sure, but not certain, so every bar shows

/** A stack of maps: values in HWC order. */
export interface Maps {
  h: number;
  w: number;
  c: number;
  values: Float32Array;
}

export interface CourseModel {
  spec: NetworkSpec;
  weights: Map<string, Float32Array>;
  /** 28 × 28 grey pixels in [0, 1], the way the network was trained. */
  image: Float32Array;
  label: number;
}

let cached: CourseModel | null = null;

export function courseModel(root = process.cwd()): CourseModel {
  if (cached) return cached;
  const { header, weights } = decodeWeights(new Uint8Array(fs.readFileSync(path.join(root, MODEL))));
  const labels = zlib.inflateSync(fs.readFileSync(path.join(root, DATA, 'test-labels.u8.deflate')));
  const images = zlib.inflateSync(fs.readFileSync(path.join(root, DATA, 'test-images.u8.deflate')));
  const index = labels.indexOf(PICTURE_CLASS);
  const [h, w] = header.spec.input;
  const image = Float32Array.from(images.subarray(index * h * w, (index + 1) * h * w), (v) => v / 255);
  cached = { spec: header.spec, weights, image, label: PICTURE_CLASS };
  return cached;
}

function weight(weights: Map<string, Float32Array>, name: string): Float32Array {
  const w = weights.get(name);
  if (!w) throw new Error(`The course model has no weight ${name}.`);
  return w;
}

/** k × k convolution, stride 1, zero 'same' padding (or 'valid'), plus bias. */
export function conv(x: Maps, kernel: Float32Array, bias: Float32Array, k: number, padding: 'same' | 'valid' = 'same'): Maps {
  const cout = bias.length;
  const pad = padding === 'same' ? Math.floor((k - 1) / 2) : 0;
  const h = padding === 'same' ? x.h : x.h - k + 1;
  const w = padding === 'same' ? x.w : x.w - k + 1;
  const out = new Float32Array(h * w * cout);
  for (let i = 0; i < h; i++) {
    for (let j = 0; j < w; j++) {
      const o = (i * w + j) * cout;
      for (let co = 0; co < cout; co++) out[o + co] = bias[co];
      for (let ky = 0; ky < k; ky++) {
        const y = i + ky - pad;
        if (y < 0 || y >= x.h) continue;
        for (let kx = 0; kx < k; kx++) {
          const xx = j + kx - pad;
          if (xx < 0 || xx >= x.w) continue;
          for (let ci = 0; ci < x.c; ci++) {
            const v = x.values[(y * x.w + xx) * x.c + ci];
            if (v === 0) continue;
            const base = ((ky * k + kx) * x.c + ci) * cout;
            for (let co = 0; co < cout; co++) out[o + co] += v * kernel[base + co];
          }
        }
      }
    }
  }
  return { h, w, c: cout, values: out };
}

/** size × size max pooling with stride `size`, no padding (the trainer's 'valid'). */
export function maxPool(x: Maps, size: number): Maps {
  const h = Math.floor(x.h / size);
  const w = Math.floor(x.w / size);
  const out = new Float32Array(h * w * x.c).fill(-Infinity);
  for (let i = 0; i < h; i++)
    for (let j = 0; j < w; j++)
      for (let dy = 0; dy < size; dy++)
        for (let dx = 0; dx < size; dx++)
          for (let c = 0; c < x.c; c++) {
            const v = x.values[((i * size + dy) * x.w + j * size + dx) * x.c + c];
            const o = (i * w + j) * x.c + c;
            if (v > out[o]) out[o] = v;
          }
  return { h, w, c: x.c, values: out };
}

function dense(x: Float32Array, kernel: Float32Array, bias: Float32Array): Float32Array {
  const out = Float32Array.from(bias);
  for (let i = 0; i < x.length; i++) {
    if (x[i] === 0) continue;
    for (let o = 0; o < out.length; o++) out[o] += x[i] * kernel[i * out.length + o];
  }
  return out;
}

function layerForward(layer: LayerSpec, i: number, x: Maps, weights: Map<string, Float32Array>): Maps {
  switch (layer.type) {
    case 'conv':
      if ((layer.stride ?? 1) !== 1) throw new Error('The pictures draw stride-1 convolutions only.');
      return conv(x, weight(weights, `${i}.kernel`), weight(weights, `${i}.bias`), layer.kernel, layer.padding ?? 'same');
    case 'activation':
      if (layer.fn !== 'relu') throw new Error(`The pictures draw ReLU only, not ${layer.fn}.`);
      return { ...x, values: x.values.map((v) => Math.max(0, v)) };
    case 'pool':
      if (layer.mode !== 'max' || (layer.stride ?? layer.size) !== layer.size) throw new Error('The pictures draw non-overlapping max pooling only.');
      return maxPool(x, layer.size);
    case 'flatten':
      return { h: 1, w: 1, c: x.values.length, values: x.values };
    case 'dense':
      return { h: 1, w: 1, c: layer.units, values: dense(x.values, weight(weights, `${i}.kernel`), weight(weights, `${i}.bias`)) };
    case 'dropout':
      return x; // inference: dropout passes everything through
    default:
      throw new Error(`The pictures cannot run a ${layer.type} layer.`);
  }
}

/** Every layer's output for one image (inference), then the softmax probabilities. */
export function forwardPass(model: CourseModel, image: Float32Array = model.image): { outputs: Maps[]; probabilities: number[] } {
  const [h, w, c] = model.spec.input;
  let x: Maps = { h, w, c, values: image };
  const outputs = model.spec.layers.map((layer, i) => (x = layerForward(layer, i, x, model.weights)));
  return { outputs, probabilities: softenedProbabilities(x.values, 1) };
}

/** One channel of a map stack, row-major. */
export function channel(m: Maps, c: number): Float32Array {
  return Float32Array.from({ length: m.h * m.w }, (_, p) => m.values[p * m.c + c]);
}

/** The mean of each 2 × 2 block: a 28 × 28 image drawn as 14 × 14 cells. */
export function halve(values: ArrayLike<number>, side: number): Float32Array {
  const s = side / 2;
  return Float32Array.from({ length: s * s }, (_, p) => {
    const [i, j] = [Math.floor(p / s) * 2, (p % s) * 2];
    return (values[i * side + j] + values[i * side + j + 1] + values[(i + 1) * side + j] + values[(i + 1) * side + j + 1]) / 4;
  });
}
