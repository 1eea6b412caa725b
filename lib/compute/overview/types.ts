/**
 * What the NetworkOverview shows, as plain data (no tensors, no React): every layer's output for
 * one image, read back from the tensors of one forward pass, and, for any one unit, where its
 * value came from. The widget draws these; the unit tests check that every explanation adds up
 * to the value in the map.
 *
 * Refinements made while implementing (lib/compute/overview/, names and shapes kept):
 * - conv: the trace holds only the unit's output channel (`trace.outChannels` is 1; `outChannel`
 *   names it in the layer). `pads` says the zeros TensorFlow put on each side. When they are the
 *   same on every side the trace pads by itself (`trace.padding`, `selfPadded: false`); when
 *   TensorFlow pads unevenly ('same' with an even kernel or a stride, where the extra row goes
 *   below and the extra column right) the input is padded first (`selfPadded: true`,
 *   `trace.padding` 0, trace row r is map row r − pads.top).
 * - activation: `fn` is the spec's ActivationFn (leakyRelu's slope is LEAKY_SLOPE, 0.01).
 * - softmax: `shift` is the largest logit, subtracted before exponentiating (numerically
 *   stable); `exps` are exp(logit − shift), so probability = exps[i] / sum.
 * - composite: a part may name its `channel`. Part labels and formulas are stable keys for the
 *   widget's strings, not prose (see explainComposite.ts for each block's parts).
 * - A flat layer counts as one cell (0, 0) with its units as channels, as UnitRef does, so a
 *   CellBox on it is that cell and feedingBox's `channels` lists unit indices.
 */
import type { ActivationFn, FeatureShape, LayerSpec, NetworkSpec } from '../training/spec';
import type { ConvTrace } from '../types';
import type { PoolTrace } from '../poolTrace';

/**
 * One unit. `layer` is -1 for the input image, i for `spec.layers[i]`, and `spec.layers.length`
 * for the softmax. Map layers ([h, w, c]): a channel and a position. Flat layers ([n]): `channel`
 * is the unit's index and `y = x = 0`.
 */
export interface UnitRef {
  layer: number;
  channel: number;
  y: number;
  x: number;
}

export interface OverviewLayer {
  /** -1 input, i = spec.layers[i], spec.layers.length = softmax. */
  index: number;
  kind: 'input' | LayerSpec['type'] | 'softmax';
  /** Column heading made from the spec (e.g. "conv 3×3 · 16"), never a literal per network. */
  label: string;
  shape: FeatureShape;
  /** Trainable parameters of the layer, from inferShapes. */
  params: number;
  /** The layer's output for this image: HWC order for maps, [n] for flat layers. */
  values: Float32Array;
  /** Smallest and largest value: the one colour scale every channel of the layer shares. */
  range: [number, number];
}

export interface OverviewPass {
  spec: NetworkSpec;
  /** Input, every spec layer in order, then the softmax. */
  layers: OverviewLayer[];
  probabilities: Float32Array;
  predicted: number;
}

/** A rectangle of cells, inclusive, in a layer's (or the input's) grid; may reach into padding. */
export interface CellBox {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Why a unit has its value. Every variant carries `value`, the number in the map. */
export type UnitExplanation =
  | { kind: 'input'; value: number }
  /** One output cell of a convolution: the layer's trace, pointed at this unit's window. */
  | {
    kind: 'conv'; value: number; trace: ConvTrace; outChannel: number; position: number;
    pads: { top: number; bottom: number; left: number; right: number }; selfPadded: boolean;
  }
  | { kind: 'pool'; value: number; mode: 'max' | 'avg'; trace: PoolTrace; position: number; window: number[]; picked: number | null }
  | { kind: 'activation'; value: number; fn: ActivationFn; input: number }
  /** Batch norm at inference: (x − mean) / sqrt(var + eps) · gamma + beta. */
  | { kind: 'batchNorm'; value: number; input: number; mean: number; variance: number; eps: number; gamma: number; beta: number }
  | { kind: 'identity'; value: number; input: number; why: 'dropout' | 'flatten'; from: UnitRef }
  | { kind: 'globalAvgPool'; value: number; inputs: number; sum: number }
  /** A dense unit: bias plus the largest contributions w·x (and the rest summed). */
  | { kind: 'dense'; value: number; bias: number; top: { from: number; weight: number; input: number; product: number }[]; rest: number; count: number }
  | { kind: 'softmax'; value: number; logits: number[]; shift: number; exps: number[]; sum: number; classIndex: number }
  /** Composite blocks (residual, depthwise-separable, squeeze-excite, spatial attention): their named parts, which add or multiply to the value. */
  | { kind: 'composite'; value: number; layerType: LayerSpec['type']; parts: CompositePart[]; formula: string };

export interface CompositePart {
  label: string;
  value: number;
  channel?: number;
}
