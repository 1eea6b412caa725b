/**
 * Names of the layers a reader can look into, made from the spec (never a literal per network):
 * "conv 2 · 32 maps 14×14". No React.
 */
import type { NetworkSpec } from '@/lib/compute/training/spec';
import { mapLayers, type MapLayer } from '@/lib/compute/visualise/layers';

const WORDS: Partial<Record<MapLayer['type'], string>> = {
  conv: 'conv', activation: 'ReLU', pool: 'pool', batchNorm: 'batch norm', depthwiseSeparable: 'separable conv', residual: 'residual block',
};

/** Each map layer with a numbered name: the n-th layer of its kind. */
export function namedMapLayers(spec: NetworkSpec): (MapLayer & { name: string })[] {
  const seen = new Map<string, number>();
  return mapLayers(spec).map((m) => {
    const word = m.type === 'activation' ? ((spec.layers[m.index] as { fn?: string }).fn === 'relu' ? 'ReLU' : 'activation') : (WORDS[m.type] ?? m.type);
    const n = (seen.get(word) ?? 0) + 1;
    seen.set(word, n);
    return { ...m, name: `${word} ${n} · ${m.shape[2]} maps ${m.shape[0]}×${m.shape[1]}` };
  });
}
