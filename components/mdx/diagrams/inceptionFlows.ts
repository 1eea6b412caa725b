/** Inception modules as flows, each layer's cost from lib/nn/inceptionModule (nothing counted here). */
import { inceptionModuleCost, type InceptionModuleSpec, type ModuleCost, type ModuleLayer } from '@/lib/nn/inceptionModule';
import { formatCompact } from '@/lib/format/numberFormat';
import type { FlowBox, FlowSpec } from './parts/flowLayout';

/** GoogLeNet's inception3a (Szegedy et al. 2014, table 1), the module the lesson costs. */
export const INCEPTION_3A: Omit<InceptionModuleSpec, 'reduce'> = { h: 28, w: 28, cin: 192, c1: 64, c3r: 96, c3: 128, c5r: 16, c5: 32, proj: 32 };

export const macsLabel = (n: number) => `${formatCompact(n)} MACs`;

function layerBox(l: ModuleLayer): FlowBox {
  if (l.kind === 'pool') return { lines: [`${l.k}×${l.k} max pool`], sub: ['stride 1'], kind: 'fixed', out: `${l.cout}` };
  return { lines: [`${l.k}×${l.k} conv, ${l.cout}`], sub: [macsLabel(l.macs)], kind: 'learns', out: `${l.cout}` };
}

export function inceptionFlow(spec: InceptionModuleSpec): { flow: FlowSpec; cost: ModuleCost } {
  const cost = inceptionModuleCost(spec);
  const [h, w, c] = cost.outShape;
  const flow: FlowSpec = {
    input: { lines: [`input ${spec.h}×${spec.w}×${spec.cin}`] },
    paths: cost.branches.map((b) => ({ boxes: b.layers.map(layerBox) })),
    merge: 'concat',
    output: { lines: [`output ${h}×${w}×${c}`] },
    spine: 'center',
  };
  // Only the last box of a branch says how many channels it hands to the concatenation.
  for (const p of flow.paths ?? []) (p.boxes as FlowBox[]).forEach((b, i, all) => { if (i < all.length - 1) all[i] = { ...b, out: undefined }; });
  return { flow, cost };
}
