/**
 * AlexNet's two-GPU layout (Krizhevsky et al. 2012, fig. 2) read from lib/nn/alexnet2012: each
 * layer's half on each GPU, and whether it reads both GPUs' maps (conv3 and the fully connected
 * layers) or only its own (the grouped conv2, conv4 and conv5). Then a layout: the two GPUs as two
 * columns going down the page, layer names between them, and where a layer reads both halves,
 * both sources joining one bar that feeds both targets.
 */
import { ALEXNET_GPUS, alexnet2012 } from '@/lib/nn/alexnet2012';
import { analyseGraph, type LayerRow, type NodeSpec, type Shape } from '@/lib/nn/catalogue';
import { shapeLabel } from '@/lib/nn/layerStack';
import { convParams } from '@/lib/nn/convArithmetic';
import { boxSize } from './parts/Box';
import { FONT, LINE, SMALL, textWidth } from './parts/style';

export interface TowerLayer {
  name: string;
  /** '11×11/4', 'fc'; with ', pool' when a max pool follows. */
  detail: string;
  /** What one GPU holds of the output ('55×55×48'), or the whole output for the last layer. */
  perGpu: string;
  /** Reads the maps of both GPUs (conv3, fc6 …), not only its own. */
  cross: boolean;
  /** The last layer is one, not split. */
  single: boolean;
  params: number;
  /** What the layer would have without the split into groups. */
  ungrouped: number;
}

export interface Towers {
  input: string;
  gpus: number;
  layers: TowerLayer[];
}

const flat = (nodes: readonly NodeSpec[]): NodeSpec[] => nodes.flatMap((n) => (n.kind === 'block' ? flat(n.nodes) : [n]));
const half = (s: Shape, gpus: number): Shape => (s.length === 3 ? [s[0] / gpus, s[1], s[2]] : [s[0] / gpus]);

export function alexnetTowers(size = 227): { ok: true; towers: Towers } | { ok: false; error: string } {
  if (!Number.isInteger(size) || size < 1) return { ok: false, error: `size must be a whole number of at least 1 (got ${size}).` };
  const spec = alexnet2012();
  const r = analyseGraph(spec, [3, size, size]);
  if (!r.ok) return { ok: false, error: r.error };
  const byName = new Map<string, LayerRow>(r.rows.map((row) => [row.name.split('.').pop() ?? row.name, row]));
  const layers: TowerLayer[] = [];
  const specs = flat(spec.nodes);
  const weights = specs.filter((n) => n.kind === 'conv' || n.kind === 'fc');
  for (const [i, n] of specs.entries()) {
    if (n.kind !== 'conv' && n.kind !== 'fc') continue;
    const row = byName.get(n.name)!;
    const single = n === weights[weights.length - 1];
    const pooled = specs.slice(i + 1).find((m) => m.kind === 'conv' || m.kind === 'fc' || m.kind === 'pool')?.kind === 'pool';
    const detail = n.kind === 'conv' ? `${n.kernel[0]}×${n.kernel[1]}${n.stride > 1 ? `/${n.stride}` : ''}` : 'fc';
    layers.push({
      name: n.name,
      detail: pooled ? `${detail}, pool` : detail,
      perGpu: shapeLabel(single ? row.outShape : half(row.outShape, ALEXNET_GPUS)),
      // The first layer reads the image on both GPUs; after it, an ungrouped layer reads both halves.
      cross: layers.length > 0 && (n.kind === 'fc' || n.groups === 1),
      single,
      params: row.params,
      ungrouped: n.kind === 'conv' ? convParams({ kh: n.kernel[0], kw: n.kernel[1], cin: row.inShape[0], cout: n.cout, bias: n.bias, inH: row.inShape[1] ?? 0, inW: row.inShape[2] ?? 0, stride: n.stride, padding: 0 }) : row.params,
    });
  }
  return { ok: true, towers: { input: `image ${shapeLabel(r.input)}`, gpus: ALEXNET_GPUS, layers } };
}

type P = readonly [number, number];

export interface TowerBox {
  x: number;
  y: number;
  w: number;
  h: number;
  text: string;
  kind: 'learns' | 'data';
}

export interface TowerLayout {
  width: number;
  height: number;
  heads: { x: number; y: number; text: string }[];
  boxes: TowerBox[];
  names: { x: number; y: number; name: string; detail: string }[];
  /** Within one GPU, and from the image (muted): lines into a bar, arrows. */
  ownLines: P[][];
  ownArrows: P[][];
  /** Where a layer reads both GPUs' maps (accent): lines into a bar, arrows out of it. */
  crossLines: P[][];
  crossArrows: P[][];
}

const MARGIN = 6;
const GAP = 30;
const HEAD = 24;

export function layoutTowers(t: Towers, gpuLabel: (g: number) => string): TowerLayout {
  const boxW = Math.max(...t.layers.map((l) => boxSize({ lines: [l.perGpu] }).w), textWidth(gpuLabel(1), FONT) + 8);
  const midW = Math.max(...t.layers.map((l) => Math.max(textWidth(l.name, FONT), textWidth(l.detail, SMALL)))) + 34;
  const boxH = boxSize({ lines: ['x'] }).h;
  const rowH = Math.max(boxH, 2 * LINE + 2);
  const xA = MARGIN + boxW / 2;
  const xM = MARGIN + boxW + midW / 2;
  const xB = MARGIN + boxW + midW + boxW / 2;
  const width = 2 * MARGIN + 2 * boxW + midW;
  const out: TowerLayout = { width, height: 0, heads: [], boxes: [], names: [], ownLines: [], ownArrows: [], crossLines: [], crossArrows: [] };
  out.heads.push({ x: xA, y: MARGIN + 8, text: gpuLabel(1) }, { x: xB, y: MARGIN + 8, text: gpuLabel(2) });
  const inputW = boxSize({ lines: [t.input] }).w;
  const y = MARGIN + HEAD;
  out.boxes.push({ x: xM - inputW / 2, y, w: inputW, h: boxH, text: t.input, kind: 'data' });
  let sources: number[] = [xM];
  let bottom = y + boxH;
  for (const l of t.layers) {
    const top = bottom + GAP;
    const cy = top + rowH / 2;
    const xs = l.single ? [xM] : [xA, xB];
    const bar = bottom + GAP / 2;
    const fromImage = sources.length === 1 && !l.single;
    if (l.cross || fromImage || l.single) {
      const lines = out[l.cross || l.single ? 'crossLines' : 'ownLines'];
      const arrows = out[l.cross || l.single ? 'crossArrows' : 'ownArrows'];
      for (const sx of sources) lines.push([[sx, bottom], [sx, bar]]);
      const all = [...sources, ...xs];
      lines.push([[Math.min(...all), bar], [Math.max(...all), bar]]);
      for (const tx of xs) arrows.push([[tx, bar], [tx, cy - boxH / 2]]);
    } else {
      xs.forEach((tx, i) => out.ownArrows.push([[sources[i], bottom], [tx, cy - boxH / 2]]));
    }
    for (const x of xs) out.boxes.push({ x: x - boxW / 2, y: cy - boxH / 2, w: boxW, h: boxH, text: l.perGpu, kind: 'learns' });
    if (l.single) out.names.push({ x: xM + boxW / 2 + 8, y: cy, name: l.name, detail: l.detail });
    else out.names.push({ x: xM, y: cy, name: l.name, detail: l.detail });
    sources = xs;
    bottom = cy + boxH / 2;
  }
  out.height = bottom + MARGIN;
  return out;
}
