/**
 * The classic networks as the figures draw them, read from the catalogue's analysis (lib/nn):
 * LeNet-5 and VGG-16 as strips of the tensors they make, VGG-16's parameters by part, and NiN's
 * mlpconv block and global-average-pooling head as flows. Nothing here counts.
 */
import { analyseGraph, catalogue, sequence, type BlockResult, type LayerRow, type NetworkAnalysis, type Shape } from '@/lib/nn/catalogue';
import { shapeLabel } from '@/lib/nn/layerStack';
import type { Glyph, StripItem } from './parts/stripLayout';
import { analyseBlock } from './parts/fromBlock';

type Analysed = { ok: true; net: NetworkAnalysis } | { ok: false; error: string };

/** A catalogue network on an input of `size` × `size` (its own input when omitted). */
export function analyseAt(id: 'lenet5' | 'vgg16' | 'nin', size?: number): Analysed {
  const spec = catalogue[id];
  if (size !== undefined && (!Number.isInteger(size) || size < 1)) return { ok: false, error: `size must be a whole number of at least 1 (got ${size}).` };
  const input = (size === undefined ? spec.input : [spec.input[0], size, size]) as Shape;
  const r = analyseGraph(spec, input);
  return r.ok ? { ok: true, net: r } : { ok: false, error: r.error };
}

export const glyphOf = (s: Shape): Glyph => (s.length === 3 ? { kind: 'map', h: s[1], c: s[0] } : { kind: 'vector', n: s[0] });

const ACT: Record<string, string> = { sigmoid: 'sigmoid', relu: 'ReLU' };

/** LeCun et al.'s names for the layers of d2l's LeNet (C5 is their 5×5 convolution on a 5×5 map, a fully connected layer in all but name). */
export const LENET_NAMES: Record<string, string> = { conv1: 'C1', pool1: 'S2', conv2: 'C3', pool2: 'S4', flatten: 'flatten', fc1: 'C5', fc2: 'F6', fc3: 'output' };

/** One item per layer that changes the tensor; an activation joins the layer before it. */
export function lenetStrip(net: NetworkAnalysis): StripItem[] {
  const items: StripItem[] = [{ glyph: glyphOf(net.input), made: 'data', title: 'input', shape: shapeLabel(net.input) }];
  for (const row of net.rows) {
    const last = items[items.length - 1];
    if (row.kind === 'act') {
      items[items.length - 1] = { ...last, lines: [...(last.lines ?? []), ACT[row.label] ?? row.label] };
      continue;
    }
    items.push({
      glyph: glyphOf(row.outShape),
      made: row.params > 0 ? 'learns' : 'fixed',
      title: LENET_NAMES[row.name] ?? row.name,
      lines: row.kind === 'flatten' ? [] : [row.label],
      shape: shapeLabel(row.outShape),
    });
  }
  return items;
}

export interface VggStage {
  name: string;
  convs: number;
  channels: number;
  /** The maps the stage's convolutions work on, and what its pooling leaves. */
  convShape: Shape;
  outShape: Shape;
  params: number;
}

export interface VggParts {
  stages: VggStage[];
  fc: LayerRow[];
  convParams: number;
  fcParams: number;
  total: number;
  flat: Shape;
  /** What is flattened (after the last pooling and any adaptive pooling). */
  beforeFlat: Shape;
}

const rowsOf = (b: BlockResult): LayerRow[] => b.nodes.flatMap((n) => (n.node === 'layer' ? [n] : rowsOf(n)));

/** VGG's stages and head from the analysis: how many convolutions, at what size, and the parameters of each part. */
export function vggParts(net: NetworkAnalysis): VggParts {
  const blocks = net.tree.filter((n): n is BlockResult => n.node === 'block');
  const stages = blocks.filter((b) => b.type === 'stage').map((b) => {
    const convs = rowsOf(b).filter((r) => r.kind === 'conv');
    return { name: b.name, convs: convs.length, channels: convs[0].outShape[0], convShape: convs[0].outShape, outShape: b.outShape, params: b.params };
  });
  const head = blocks.find((b) => b.type === 'classifier');
  const fc = head ? rowsOf(head).filter((r) => r.kind === 'fc') : [];
  const flatten = net.rows.find((r) => r.kind === 'flatten');
  const flat = flatten?.outShape ?? [0];
  const beforeFlat = flatten?.inShape ?? [0];
  const convParams = stages.reduce((a, s) => a + s.params, 0);
  const fcParams = fc.reduce((a, r) => a + r.params, 0);
  return { stages, fc, convParams, fcParams, total: net.totals.params, flat, beforeFlat };
}

export function vggStrip(net: NetworkAnalysis, p: VggParts): StripItem[] {
  return [
    { glyph: glyphOf(net.input), made: 'data', title: 'input', shape: shapeLabel(net.input) },
    ...p.stages.map((s, i): StripItem => ({ glyph: glyphOf(s.convShape), made: 'learns', title: `stage ${i + 1}`, lines: [`${s.convs} × conv 3×3`], shape: shapeLabel(s.convShape) })),
    { glyph: glyphOf(p.flat), made: 'fixed', title: 'flatten', lines: [`of ${shapeLabel(p.beforeFlat)}`], shape: shapeLabel(p.flat) },
    ...p.fc.map((r): StripItem => ({ glyph: glyphOf(r.outShape), made: 'learns', title: r.name.split('.').pop() ?? r.name, lines: ['fc'], shape: shapeLabel(r.outShape) })),
  ];
}

/** NiN's first mlpconv block, and its head: the last block, global average pooling, flatten. */
export function ninParts(net: NetworkAnalysis): { ok: true; block: BlockResult; head: BlockResult } | { ok: false; error: string } {
  const blocks = net.tree.filter((n): n is BlockResult => n.node === 'block' && n.type === 'nin');
  const last = blocks[blocks.length - 1];
  if (!blocks.length) return { ok: false, error: 'the network has no mlpconv block.' };
  const nodes = catalogue.nin.nodes;
  const from = nodes.findIndex((n) => n.name === last.name);
  const head = analyseBlock(sequence('head', nodes.slice(from)), last.inShape);
  return head.ok ? { ok: true, block: blocks[0], head: head.block } : head;
}
