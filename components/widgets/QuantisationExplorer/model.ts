/** QuantisationExplorer's pure logic: sizes of the model and one kernel's grid. No React. */
import { fakeQuantise, gridValues, type Granularity } from '@/lib/compression/quantise';
import { floatBytes, quantisedBytes, type TensorCount } from '@/lib/compression/sizes';
import { histogram, maxAbs } from '@/lib/compression/histogram';

export interface KernelShape {
  name: string;
  size: number;
  channels: number;
}

/** Every tensor of the model as the size arithmetic sees it: kernels quantised, the rest in float. */
export function tensorCounts(weights: Map<string, Float32Array>, kernels: KernelShape[], granularity: Granularity): TensorCount[] {
  const byName = new Map(kernels.map((k) => [k.name, k]));
  return [...weights].map(([name, w]) => {
    const k = byName.get(name);
    return { size: w.length, scales: k ? (granularity === 'channel' ? k.channels : 1) : 0 };
  });
}

export function modelSizes(weights: Map<string, Float32Array>, kernels: KernelShape[], granularity: Granularity, bits: number) {
  const counts = tensorCounts(weights, kernels, granularity);
  return { float: floatBytes(counts), quantised: quantisedBytes(counts, bits), counts };
}

/** The values of one output channel of a kernel (every `channels`-th value). */
export function channelValues(w: Float32Array, channels: number, channel: number): Float32Array {
  return Float32Array.from({ length: w.length / channels }, (_, i) => w[i * channels + channel]);
}

/** The histogram, grid and worst rounding error of the weights one scale covers. */
export function kernelGrid(values: Float32Array, bits: number) {
  const { weights, scales } = fakeQuantise(values, bits);
  let err = 0;
  values.forEach((v, i) => (err = Math.max(err, Math.abs(v - weights[i]))));
  const range = maxAbs([values]) * 1.04 || 1;
  return { hist: histogram([values], 48, range), grid: gridValues(scales[0], bits), scale: scales[0], err };
}
