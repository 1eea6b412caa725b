/**
 * The live table of the sandbox: for every block, the output shape, parameters, multiply-
 * accumulates and receptive field, plus the layers the sandbox adds by itself (a flatten before
 * the first dense layer, and the 10-way output). The first block that does not fit stops the
 * table with the reason; the network is then not trained. Plain arithmetic, no tfjs.
 */
import type { FeatureShape, LayerSpec, NetworkSpec } from '../compute/training/spec';
import { blockErrors, type Block } from './blocks';

export const INPUT: [number, number, number] = [28, 28, 1];
export const CLASSES = 10;
/** Above these a run of a few epochs on 6,000 images would take minutes in a browser tab. */
export const MAX_PARAMS = 1_000_000;
export const MAX_MACS = 25_000_000;

export interface ReceptiveFieldCell {
  /** Input pixels one output cell sees along each side. */
  size: number;
  /** Input pixels between neighbouring output cells (the product of the strides so far). */
  jump: number;
  /** After flatten, GAP or dense every unit sees the whole image. */
  whole: boolean;
}

export interface Row {
  /** Index of the block in the student's list, or null for a layer the sandbox adds. */
  block: number | null;
  /** What the sandbox added: a flatten before a dense layer, or the 10-class output. */
  implied?: 'flatten' | 'output';
  type: LayerSpec['type'];
  output: FeatureShape;
  params: number;
  macs: number;
  rf: ReceptiveFieldCell;
}

export interface Problem {
  /** The block at fault, or null when the whole network is (too big). */
  block: number | null;
  message: string;
}

export interface Analysis {
  rows: Row[];
  params: number;
  macs: number;
  /** The first problem; rows stop there. */
  problem: Problem | null;
  /** The network the trainer builds, when there is no problem. */
  spec: NetworkSpec | null;
}

const sameOut = (n: number, s: number) => Math.ceil(n / s);
const validOut = (n: number, k: number, s: number) => Math.floor((n - k) / s) + 1;
const fmt = (n: number) => n.toLocaleString('en-US');
const shapeText = (s: FeatureShape) => s.join('×');

export function describeShape(s: FeatureShape): string {
  return shapeText(s);
}

/** Walks the blocks once, computing each row or stopping at the first that does not fit. */
export function analyse(blocks: readonly Block[]): Analysis {
  const rows: Row[] = [];
  const layers: LayerSpec[] = [];
  let shape: FeatureShape = INPUT;
  let rf: ReceptiveFieldCell = { size: 1, jump: 1, whole: false };
  let params = 0;
  let macs = 0;
  /** The block that made the data flat (for the message of a conv after it). */
  let flattenedBy: number | null = null;

  const push = (row: Row, layer: LayerSpec): Problem | null => {
    rows.push(row);
    layers.push(layer);
    params += row.params;
    macs += row.macs;
    const where = row.block === null ? 'the output layer' : `layer ${row.block + 1}`;
    if (params > MAX_PARAMS) return { block: row.block, message: `With ${where} the network has ${fmt(params)} parameters; the sandbox allows at most ${fmt(MAX_PARAMS)}, so that a few epochs train in a browser in minutes, not hours. Use fewer filters or units, or pool before the dense layer.` };
    if (macs > MAX_MACS) return { block: row.block, message: `With ${where} one image costs ${fmt(macs)} multiply-accumulates; the sandbox allows at most ${fmt(MAX_MACS)} per image, so that training stays fast enough to watch. Use fewer filters, or a stride or pooling earlier.` };
    return null;
  };
  const flatRf = (): ReceptiveFieldCell => ({ size: Math.max(rf.size, INPUT[0]), jump: rf.jump, whole: true });
  const flattenRow = (block: number | null, implied?: 'flatten'): [Row, LayerSpec] => {
    const out: FeatureShape = [shape.reduce((a, b) => a * b, 1)];
    return [{ block, implied, type: 'flatten', output: out, params: 0, macs: 0, rf: flatRf() }, { type: 'flatten' }];
  };
  const fail = (block: number | null, message: string): Analysis => ({ rows, params, macs, problem: { block, message }, spec: null });

  for (const [i, b] of blocks.entries()) {
    const name = `Layer ${i + 1}`;
    const errors = Object.values(blockErrors(b));
    if (errors.length) return fail(i, `${name}: ${errors[0]}`);
    const map = shape.length === 3 ? (shape as [number, number, number]) : null;
    const needsMap = () => fail(i, `${name} needs a feature map (height × width × channels), but ${flattenedBy === null ? 'the data is already flat' : `layer ${flattenedBy + 1} already made the data flat`}. Move it above that layer.`);
    let row: Row;
    let layer: LayerSpec;
    switch (b.type) {
      case 'conv':
      case 'depthwiseSeparable': {
        if (!map) return needsMap();
        const [h, w, c] = map;
        const valid = b.type === 'conv' && b.padding === 'valid';
        if (valid && (b.kernel > h || b.kernel > w)) return fail(i, `${name}: a ${b.kernel}×${b.kernel} kernel does not fit in the ${h}×${w} map it receives without padding. Choose a kernel of at most ${Math.min(h, w)}, or padding "same".`);
        const out: [number, number, number] = valid ? [validOut(h, b.kernel, b.stride), validOut(w, b.kernel, b.stride), b.filters] : [sameOut(h, b.stride), sameOut(w, b.stride), b.filters];
        const [ho, wo] = out;
        const k2 = b.kernel * b.kernel;
        if (b.type === 'conv') {
          row = { block: i, type: b.type, output: out, params: k2 * c * b.filters + b.filters, macs: ho * wo * k2 * c * b.filters, rf: grow(rf, b.kernel, b.stride) };
          layer = { type: 'conv', filters: b.filters, kernel: b.kernel, stride: b.stride, padding: b.padding };
        } else {
          row = { block: i, type: b.type, output: out, params: k2 * c + c * b.filters + b.filters, macs: ho * wo * (k2 * c + c * b.filters), rf: grow(rf, b.kernel, b.stride) };
          layer = { type: 'depthwiseSeparable', filters: b.filters, kernel: b.kernel, stride: b.stride };
        }
        break;
      }
      case 'residual': {
        if (!map) return needsMap();
        const [h, w, c] = map;
        const f = b.filters;
        const ho = sameOut(h, b.stride);
        const wo = sameOut(w, b.stride);
        const projection = b.stride !== 1 || c !== f;
        // conv 3×3 (stride s) → BN → ReLU → conv 3×3 → BN, plus a 1×1 projection when the shape changes.
        const p = 9 * c * f + f * 2 + 9 * f * f + f * 2 + (projection ? c * f : 0);
        const m = ho * wo * (9 * c * f + 9 * f * f + (projection ? c * f : 0));
        row = { block: i, type: 'residual', output: [ho, wo, f], params: p, macs: m, rf: grow(grow(rf, 3, b.stride), 3, 1) };
        layer = { type: 'residual', filters: f, stride: b.stride };
        break;
      }
      case 'pool': {
        if (!map) return needsMap();
        const [h, w, c] = map;
        if (b.size > h || b.size > w) return fail(i, `${name}: a ${b.size}×${b.size} window does not fit in the ${h}×${w} map it receives. Use a window of at most ${Math.min(h, w)}, or remove a pooling or stride above it.`);
        row = { block: i, type: 'pool', output: [validOut(h, b.size, b.stride), validOut(w, b.size, b.stride), c], params: 0, macs: 0, rf: grow(rf, b.size, b.stride) };
        layer = { type: 'pool', mode: b.mode, size: b.size, stride: b.stride };
        break;
      }
      case 'batchNorm':
        row = { block: i, type: 'batchNorm', output: shape, params: 2 * shape[shape.length - 1], macs: 0, rf };
        layer = { type: 'batchNorm' };
        break;
      case 'activation':
        row = { block: i, type: 'activation', output: shape, params: 0, macs: 0, rf };
        layer = { type: 'activation', fn: b.fn };
        break;
      case 'dropout':
        row = { block: i, type: 'dropout', output: shape, params: 0, macs: 0, rf };
        layer = { type: 'dropout', rate: b.rate };
        break;
      case 'globalAvgPool':
        if (!map) return needsMap();
        row = { block: i, type: 'globalAvgPool', output: [map[2]], params: 0, macs: 0, rf: flatRf() };
        layer = { type: 'globalAvgPool' };
        flattenedBy = i;
        break;
      case 'flatten':
        [row, layer] = flattenRow(i);
        flattenedBy = i;
        break;
      case 'dense': {
        if (map) {
          const [fr, fl] = flattenRow(null, 'flatten');
          const p = push(fr, fl);
          if (p) return fail(p.block, p.message);
          shape = fr.output;
          rf = fr.rf;
          flattenedBy = i;
        }
        const n = shape[0];
        row = { block: i, type: 'dense', output: [b.units], params: n * b.units + b.units, macs: n * b.units, rf: flatRf() };
        layer = { type: 'dense', units: b.units };
        break;
      }
    }
    const p = push(row, layer);
    if (p) return fail(p.block, p.message);
    shape = row.output;
    rf = row.rf;
  }
  if (shape.length === 3) {
    const [fr, fl] = flattenRow(null, 'flatten');
    const p = push(fr, fl);
    if (p) return fail(p.block, p.message);
    shape = fr.output;
    rf = fr.rf;
  }
  const n = shape[0];
  const p = push({ block: null, implied: 'output', type: 'dense', output: [CLASSES], params: n * CLASSES + CLASSES, macs: n * CLASSES, rf: flatRf() }, { type: 'dense', units: CLASSES });
  if (p) return fail(p.block, p.message);
  return { rows, params, macs, problem: null, spec: { input: INPUT, layers } };
}

function grow(rf: ReceptiveFieldCell, kernel: number, stride: number): ReceptiveFieldCell {
  return { size: rf.size + (kernel - 1) * rf.jump, jump: rf.jump * stride, whole: false };
}

/** Index of the first conv-like block (conv, depthwise separable or residual), whose filters see the image. */
export function firstConvBlock(blocks: readonly Block[]): number {
  return blocks.findIndex((b) => b.type === 'conv' || b.type === 'depthwiseSeparable' || b.type === 'residual');
}
