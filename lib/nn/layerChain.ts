/**
 * A chain of square convolution and pooling layers on a square input, as the
 * receptive-field lesson edits it: the side of every feature map, the receptive field of every
 * layer (Araujo, Norris and Sim's closed forms in ./receptiveField), the input region one output
 * unit sees in every map, and what each layer's weights cost. Plain arithmetic, no tfjs.
 */
import { convOutputSize, convParams, fcParams } from './convArithmetic';
import { receptiveField, receptiveRegion, type ReceptiveField, type ReceptiveFieldLayer } from './receptiveField';

export type ChainLayerKind = 'conv' | 'max' | 'avg';

export interface ChainLayer {
  kind: ChainLayerKind;
  kernel: number;
  stride: number;
  /** Zeros (for max pooling, -inf) added on every side. */
  padding: number;
  /** Spread of the kernel's taps; pooling layers always use 1. */
  dilation: number;
}

export interface ChainMap {
  /** 0 is the input; map l is the output of layer l. */
  index: number;
  side: number;
  /** The receptive field of one unit of this map, measured on the input. */
  field: ReceptiveField;
}

export type ChainResult =
  | { ok: true; maps: ChainMap[] }
  /** `maps` holds the input and the layers before the one that failed (index `failedAt`, 0-based). */
  | { ok: false; error: string; failedAt: number; maps: ChainMap[] };

export const toFieldLayer = (l: ChainLayer): ReceptiveFieldLayer => ({
  kernel: l.kernel,
  stride: l.stride,
  padding: l.padding,
  dilation: l.kind === 'conv' ? l.dilation : 1,
});

/** Why a layer cannot be used as written (a non-whole setting, a pooling pad over half its window), or null. */
export function layerProblem(l: ChainLayer): string | null {
  for (const [name, v, min] of [['kernel', l.kernel, 1], ['stride', l.stride, 1], ['padding', l.padding, 0], ['dilation', l.dilation, 1]] as const) {
    if (!Number.isInteger(v) || v < min) return `the ${name} must be a whole number of at least ${min} (got ${v})`;
  }
  if (l.kind !== 'conv' && l.padding > l.kernel / 2) {
    return `a ${l.kernel}×${l.kernel} pooling window takes at most ${Math.floor(l.kernel / 2)} cell${Math.floor(l.kernel / 2) === 1 ? '' : 's'} of padding (got ${l.padding}); more would give windows made only of padding`;
  }
  return null;
}

/** Walk the chain from an input of side `side`; stops at the first layer that does not fit. */
export function walkChain(side: number, layers: readonly ChainLayer[]): ChainResult {
  const maps: ChainMap[] = [{ index: 0, side, field: receptiveField([]) }];
  let n = side;
  for (const [i, l] of layers.entries()) {
    const bad = layerProblem(l);
    if (bad) return { ok: false, error: `Layer ${i + 1}: ${bad}.`, failedAt: i, maps };
    const out = convOutputSize({ n, f: l.kernel, p: l.padding, s: l.stride, d: l.kind === 'conv' ? l.dilation : 1 });
    if (!out.ok) return { ok: false, error: `Layer ${i + 1} does not fit its ${n}×${n} input: ${out.error.charAt(0).toLowerCase()}${out.error.slice(1)}`, failedAt: i, maps };
    n = out.size;
    maps.push({ index: i + 1, side: n, field: receptiveField(layers.slice(0, i + 1).map(toFieldLayer)) });
  }
  return { ok: true, maps };
}

export interface Region {
  /** First and last row and column, inclusive; outside [0, side) is padding. */
  r0: number;
  r1: number;
  c0: number;
  c1: number;
}

/**
 * The cells of map `m` that output unit (row, col) of the last map depends on: the receptive
 * field of the layers after map m, placed at the unit. Map 0 gives the region on the input.
 */
export function regionInMap(layers: readonly ChainLayer[], m: number, row: number, col: number): Region {
  const rf = receptiveField(layers.slice(m).map(toFieldLayer));
  const r = receptiveRegion(rf, row);
  const c = receptiveRegion(rf, col);
  return { r0: r.start, r1: r.end, c0: c.start, c1: c.end };
}

/** The part of a region that lies on a map of side n (may be empty if it is all padding). */
export function clipRegion(r: Region, n: number): Region {
  return { r0: Math.max(0, r.r0), r1: Math.min(n - 1, r.r1), c0: Math.max(0, r.c0), c1: Math.min(n - 1, r.c1) };
}

export interface LayerCost {
  index: number;
  /** Weights of the convolution, one kernel shared by every position (biases not counted). */
  shared: number;
  /** Each output position with its own kernel: shared × positions. */
  local: number;
  /** Every input value connected to every output value. */
  full: number;
}

/**
 * Weights (biases left out, so the counts are the notes' 9C²-style figures) of every conv layer,
 * each with `channels` channels in and out, as in VGG. Pooling layers have none.
 */
export function chainCosts(side: number, layers: readonly ChainLayer[], channels: number): LayerCost[] {
  const walked = walkChain(side, layers);
  if (!walked.ok) return [];
  return layers.flatMap((l, i) => {
    if (l.kind !== 'conv') return [];
    const cin = channels;
    const inSide = walked.maps[i].side;
    const outSide = walked.maps[i + 1].side;
    const shared = convParams({ inH: inSide, inW: inSide, cin, cout: channels, kh: l.kernel, kw: l.kernel, stride: l.stride, padding: l.padding, bias: false });
    return [{
      index: i,
      shared,
      local: shared * outSide * outSide,
      full: fcParams(inSide * inSide * cin, outSide * outSide * channels, false),
    }];
  });
}
