/**
 * The cost of one Inception module (GoogLeNet, Szegedy et al. 2014): four branches on the same
 * input, concatenated along the channels. Naive: 1×1, 3×3 and 5×5 convolutions and a 3×3 max
 * pool, all on the full input. With reductions: 1×1 convolutions shrink the channels before the
 * 3×3 and 5×5 convolutions and after the pool. Every convolution keeps H×W ("same" padding).
 * Plain arithmetic on convMacs/convParams; no tfjs.
 */
import { convMacs, convParams, type ConvLayer } from './convArithmetic';

export interface InceptionModuleSpec {
  h: number;
  w: number;
  /** Input channels. */
  cin: number;
  /** 1×1 branch. */
  c1: number;
  /** 3×3 reduce (1×1) and 3×3 output channels. */
  c3r: number;
  c3: number;
  /** 5×5 reduce (1×1) and 5×5 output channels. */
  c5r: number;
  c5: number;
  /** 1×1 projection after the pool. */
  proj: number;
  /** true: the v1 module with 1×1 reductions; false: the naive module. */
  reduce: boolean;
}

export type BranchId = 'b1' | 'b3' | 'b5' | 'pool';

export interface ModuleLayer {
  kind: 'conv' | 'pool';
  /** Square kernel side. */
  k: number;
  cin: number;
  cout: number;
  macs: number;
  /** Weights and biases. */
  params: number;
}

export interface BranchCost {
  id: BranchId;
  layers: ModuleLayer[];
  macs: number;
  params: number;
  /** Channels this branch contributes to the concatenation. */
  out: number;
}

export interface ModuleCost {
  branches: BranchCost[];
  macs: number;
  params: number;
  /** Output shape [H, W, C] after the concatenation. */
  outShape: [number, number, number];
}

function convLayer(h: number, w: number, k: number, cin: number, cout: number): ModuleLayer {
  const layer: ConvLayer = { inH: h, inW: w, cin, cout, kh: k, kw: k, stride: 1, padding: (k - 1) / 2 };
  return { kind: 'conv', k, cin, cout, macs: convMacs(layer), params: convParams(layer) };
}

function branch(id: BranchId, layers: ModuleLayer[]): BranchCost {
  return {
    id,
    layers,
    macs: layers.reduce((a, l) => a + l.macs, 0),
    params: layers.reduce((a, l) => a + l.params, 0),
    out: layers[layers.length - 1].cout,
  };
}

/** Per-branch and total multiply-accumulates and parameters of one module (bias additions and
 * the pool's comparisons are not multiplies). Inputs are assumed valid whole numbers ≥ 1. */
export function inceptionModuleCost(s: InceptionModuleSpec): ModuleCost {
  const c = (k: number, cin: number, cout: number) => convLayer(s.h, s.w, k, cin, cout);
  const pool: ModuleLayer = { kind: 'pool', k: 3, cin: s.cin, cout: s.cin, macs: 0, params: 0 };
  const branches = s.reduce
    ? [
        branch('b1', [c(1, s.cin, s.c1)]),
        branch('b3', [c(1, s.cin, s.c3r), c(3, s.c3r, s.c3)]),
        branch('b5', [c(1, s.cin, s.c5r), c(5, s.c5r, s.c5)]),
        branch('pool', [pool, c(1, s.cin, s.proj)]),
      ]
    : [
        branch('b1', [c(1, s.cin, s.c1)]),
        branch('b3', [c(3, s.cin, s.c3)]),
        branch('b5', [c(5, s.cin, s.c5)]),
        branch('pool', [pool]),
      ];
  return {
    branches,
    macs: branches.reduce((a, b) => a + b.macs, 0),
    params: branches.reduce((a, b) => a + b.params, 0),
    outShape: [s.h, s.w, branches.reduce((a, b) => a + b.out, 0)],
  };
}

export interface Factorisation {
  n: number;
  /** Weights per input-output channel pair of one n×n kernel. */
  full: number;
  /** 1×n followed by n×1 (Inception v3). */
  asymmetric: number;
  asymmetricSaving: number;
  /** A stack of 3×3 layers with the same receptive field, (n − 1)/2 of them; null for even n. */
  stacked3: { layers: number; weights: number; saving: number } | null;
}

/** Weights per channel pair when an n×n convolution is factorised (same channels in and out). */
export function factorise(n: number): Factorisation {
  const full = n * n;
  const asymmetric = 2 * n;
  const layers = (n - 1) / 2;
  const stacked3 = n % 2 === 1 && n >= 3 ? { layers, weights: 9 * layers, saving: 1 - (9 * layers) / full } : null;
  return { n, full, asymmetric, asymmetricSaving: 1 - asymmetric / full, stacked3 };
}
