/**
 * Convolution over any number of spatial axes: 1-D (a sequence), 2-D (an image), 3-D (a volume
 * or a clip of video frames). Plain TypeScript on flat row-major arrays, in PyTorch's layouts
 * (x [N, C, ...spatial], w [O, C, ...kernel]), so that the golden vectors for conv1d and conv3d
 * check it directly. Shapes come from convOutputSize, the one formula, applied axis by axis.
 */
import { convOutputSize } from './convArithmetic';

export interface ConvNdSettings {
  /** One entry per spatial axis. */
  stride: readonly number[];
  padding: readonly number[];
  dilation?: readonly number[];
}

export interface ConvNdShape {
  /** [C, ...spatial] of the input, [O, ...spatial] of the output, [O, C, ...kernel] of the weights. */
  input: number[];
  kernel: number[];
  output: number[];
  /** Weights (plus one bias per output channel) and multiply-accumulates per example. */
  params: number;
  macs: number;
}

const product = (xs: readonly number[]) => xs.reduce((a, b) => a * b, 1);

/**
 * The shapes of one convolution: input [C, ...size], `outChannels` kernels of `kernel` each.
 * A string says why there is no output (a wrong count of settings, a kernel larger than the input).
 */
export function convNdShape(input: readonly number[], outChannels: number, kernel: readonly number[], settings: ConvNdSettings): ConvNdShape | string {
  const [channels, ...size] = input;
  const axes = size.length;
  if (axes < 1) return 'The input needs channels and at least one spatial axis.';
  for (const [name, list] of [['kernel', kernel], ['stride', settings.stride], ['padding', settings.padding], ['dilation', settings.dilation ?? size.map(() => 1)]] as const) {
    if (list.length !== axes) return `The ${name} needs one entry per spatial axis (${axes}), got ${list.length}.`;
  }
  if (!Number.isInteger(channels) || channels < 1 || !Number.isInteger(outChannels) || outChannels < 1) return 'The channel counts must be whole numbers of at least 1.';
  const out: number[] = [];
  for (let a = 0; a < axes; a++) {
    const r = convOutputSize({ n: size[a], f: kernel[a], p: settings.padding[a], s: settings.stride[a], d: settings.dilation?.[a] ?? 1 });
    if (!r.ok) return r.error;
    out.push(r.size);
  }
  const weights = outChannels * channels * product(kernel);
  return {
    input: [channels, ...size],
    kernel: [outChannels, channels, ...kernel],
    output: [outChannels, ...out],
    params: weights + outChannels,
    macs: outChannels * product(out) * channels * product(kernel),
  };
}

export interface ConvNdTensors {
  x: { shape: readonly number[]; data: ArrayLike<number> };
  w: { shape: readonly number[]; data: ArrayLike<number> };
  b?: { data: ArrayLike<number> };
}

interface Plan {
  n: number;
  c: number;
  o: number;
  inSize: number[];
  kSize: number[];
  outSize: number[];
  stride: number[];
  padding: number[];
  dilation: number[];
}

function plan({ x, w }: ConvNdTensors, s: ConvNdSettings): Plan {
  const [n, c, ...inSize] = x.shape;
  const [o, wc, ...kSize] = w.shape;
  if (wc !== c) throw new Error(`The weights expect ${wc} input channels, the input has ${c}.`);
  const shape = convNdShape([c, ...inSize], o, kSize, s);
  if (typeof shape === 'string') throw new Error(shape);
  return { n, c, o, inSize, kSize, outSize: shape.output.slice(1), stride: [...s.stride], padding: [...s.padding], dilation: [...(s.dilation ?? inSize.map(() => 1))] };
}

/** Every (output position, kernel offset) pair that reads inside the input: visit(outIndex, kernelIndex, inIndex). */
function forEachTap(p: Plan, visit: (out: number, k: number, inp: number) => void) {
  const axes = p.inSize.length;
  const outCount = product(p.outSize);
  const kCount = product(p.kSize);
  const oPos = new Array<number>(axes);
  const kPos = new Array<number>(axes);
  for (let out = 0; out < outCount; out++) {
    let rest = out;
    for (let a = axes - 1; a >= 0; a--) {
      oPos[a] = rest % p.outSize[a];
      rest = Math.floor(rest / p.outSize[a]);
    }
    for (let k = 0; k < kCount; k++) {
      let kr = k;
      for (let a = axes - 1; a >= 0; a--) {
        kPos[a] = kr % p.kSize[a];
        kr = Math.floor(kr / p.kSize[a]);
      }
      let inp = 0;
      let inside = true;
      for (let a = 0; a < axes; a++) {
        const i = oPos[a] * p.stride[a] - p.padding[a] + kPos[a] * p.dilation[a];
        if (i < 0 || i >= p.inSize[a]) {
          inside = false;
          break;
        }
        inp = inp * p.inSize[a] + i;
      }
      if (inside) visit(out, k, inp);
    }
  }
}

/** y[n, o, ...] = b[o] + Σ over c and the kernel of w[o, c, k] · x[n, c, at + k] (zero padding). */
export function convNd(t: ConvNdTensors, s: ConvNdSettings): { shape: number[]; data: Float64Array } {
  const p = plan(t, s);
  const [inCount, kCount, outCount] = [product(p.inSize), product(p.kSize), product(p.outSize)];
  const y = new Float64Array(p.n * p.o * outCount);
  for (let n = 0; n < p.n; n++) {
    for (let o = 0; o < p.o; o++) {
      const yBase = (n * p.o + o) * outCount;
      if (t.b) for (let i = 0; i < outCount; i++) y[yBase + i] = t.b.data[o];
      for (let c = 0; c < p.c; c++) {
        const xBase = (n * p.c + c) * inCount;
        const wBase = (o * p.c + c) * kCount;
        forEachTap(p, (out, k, inp) => {
          y[yBase + out] += t.w.data[wBase + k] * t.x.data[xBase + inp];
        });
      }
    }
  }
  return { shape: [p.n, p.o, ...p.outSize], data: y };
}

/** Gradients of sum(y · gy) with respect to x, w and b: the same taps read the other way round. */
export function convNdGradients(t: ConvNdTensors, gy: ArrayLike<number>, s: ConvNdSettings) {
  const p = plan(t, s);
  const [inCount, kCount, outCount] = [product(p.inSize), product(p.kSize), product(p.outSize)];
  const dx = new Float64Array(p.n * p.c * inCount);
  const dw = new Float64Array(p.o * p.c * kCount);
  const db = new Float64Array(p.o);
  for (let n = 0; n < p.n; n++) {
    for (let o = 0; o < p.o; o++) {
      const gBase = (n * p.o + o) * outCount;
      for (let i = 0; i < outCount; i++) db[o] += gy[gBase + i];
      for (let c = 0; c < p.c; c++) {
        const xBase = (n * p.c + c) * inCount;
        const wBase = (o * p.c + c) * kCount;
        forEachTap(p, (out, k, inp) => {
          const g = gy[gBase + out];
          dx[xBase + inp] += t.w.data[wBase + k] * g;
          dw[wBase + k] += t.x.data[xBase + inp] * g;
        });
      }
    }
  }
  return { dx: { shape: [...t.x.shape], data: dx }, dw: { shape: [...t.w.shape], data: dw }, db: { shape: [p.o], data: db } };
}
