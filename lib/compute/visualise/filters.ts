/**
 * What the first layer learned, read straight from its kernels (ZFNet's Fig. 2, layer 1): each
 * filter is a small image in input space, since the first layer looks at pixels directly.
 */
import type { Network } from '../training/network';

export interface FirstLayerFilters {
  /** Index of the layer in spec.layers. */
  layer: number;
  kernel: number;
  /** Input channels each filter spans. */
  channels: number;
  /** Each filter's weights, [channel][row][column]. */
  filters: Float32Array[];
  bias: Float32Array;
  /** The largest |weight| of the layer: one symmetric colour scale for every filter. */
  maxAbs: number;
}

/** The weights of a layer by name (`<layer>.<what>`), as plain numbers. */
export function weightOf(network: Network, name: string): { values: Float32Array; shape: number[] } {
  const p = network.params.find((q) => q.name === name);
  if (!p) throw new Error(`The network has no weight named ${name}.`);
  return { values: Float32Array.from(p.variable.dataSync() as Float32Array), shape: p.variable.shape };
}

export function firstLayerFilters(network: Network): FirstLayerFilters {
  const layer = network.spec.layers.findIndex((l) => l.type !== 'batchNorm');
  if (network.spec.layers[layer]?.type !== 'conv') throw new Error('The first layer of this network is not a plain convolution, so its filters are not images.');
  const { values, shape } = weightOf(network, `${layer}.kernel`); // HWIO [k, k, c, f]
  const [k, , c, f] = shape;
  const filters = Array.from({ length: f }, (_, o) => {
    const out = new Float32Array(c * k * k);
    for (let ch = 0; ch < c; ch++) {
      for (let r = 0; r < k; r++) for (let col = 0; col < k; col++) out[(ch * k + r) * k + col] = values[((r * k + col) * c + ch) * f + o];
    }
    return out;
  });
  const maxAbs = values.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
  return { layer, kernel: k, channels: c, filters, bias: weightOf(network, `${layer}.bias`).values, maxAbs };
}
