/** Small networks with weights set by hand, for checking the visualisations against formulas. */
import { buildNetwork, type Network } from '@/lib/compute/training/network';
import type { NetworkSpec } from '@/lib/compute/training/spec';
import type { GreyImage } from '@/lib/compute/visualise';

/** Deterministic values in about [−1, 1] that no formula here would get right by accident. */
export const wave = (n: number, f: number, phase = 0) => Float32Array.from({ length: n }, (_, i) => Math.sin(i * f + phase));

/** A network of `spec` whose every weight is a wave (different per weight), so results are not symmetric. */
export function handNetwork(spec: NetworkSpec): Network {
  const net = buildNetwork(spec, 1);
  const weights = new Map<string, Float32Array>();
  net.params.forEach((p, k) => weights.set(p.name, wave(p.variable.size, 0.77 + 0.13 * k, k)));
  net.setWeights(weights);
  return net;
}

export const greyImage = (side: number, f = 0.61): GreyImage => ({
  pixels: wave(side * side, f).map((v) => (v + 1) / 2),
  height: side,
  width: side,
});
