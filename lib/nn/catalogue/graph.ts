/**
 * Networks as data: the layers and blocks a network is made of, and what analysing one gives back.
 * Plain TypeScript, no tfjs. Shapes are channels first, without the batch axis: [C, H, W] for a
 * feature map, [N] for a flat vector (as in ../layerStack).
 */
import type { Shape } from '../layerStack';
import type { ReceptiveField } from '../receptiveField';

export type { FeatureShape, Shape, VectorShape } from '../layerStack';
export type { ReceptiveField } from '../receptiveField';

/**
 * Zero padding: the same on every side, per axis ([rows, columns]), per side (Keras' explicit
 * ZeroPadding2D), or 'same' as TensorFlow computes it (output = ceil(input / stride), the odd
 * extra row or column at the bottom or right).
 */
export type Padding =
  | number
  | readonly [rows: number, columns: number]
  | { top: number; bottom: number; left: number; right: number }
  | 'same';

export interface ConvSpec {
  kind: 'conv';
  name: string;
  /** Input channels the layer was defined for (PyTorch's in_channels); checked when given. */
  cin?: number;
  cout: number;
  /** [height, width]: 3×3, or 1×7 and 7×1 in Inception v3. */
  kernel: readonly [number, number];
  stride: number;
  padding: Padding;
  dilation: number;
  /** 1 for an ordinary convolution, the channel count for a depthwise one. */
  groups: number;
  bias: boolean;
}

export interface PoolSpec {
  kind: 'pool';
  name: string;
  mode: 'max' | 'avg';
  kernel: number;
  stride: number;
  padding: Padding;
  /** PyTorch's ceil_mode (Caffe's rounding): a last, partial window is kept. */
  ceil: boolean;
}

/** PyTorch's AdaptiveAvgPool2d / AdaptiveMaxPool2d to a fixed output size. */
export interface AdaptivePoolSpec {
  kind: 'adaptivePool';
  name: string;
  mode: 'max' | 'avg';
  size: readonly [number, number];
}

/** Pooling over the whole map: [C, 1, 1] with keepDims, [C] without (Keras' GlobalAveragePooling2D). */
export interface GlobalPoolSpec {
  kind: 'globalPool';
  name: string;
  mode: 'max' | 'avg';
  keepDims: boolean;
}

/** Batch normalisation: γ and β per channel are trainable; the running statistics are not counted. */
export interface BatchNormSpec {
  kind: 'bn';
  name: string;
  channels?: number;
}

export type ActivationFn = 'relu' | 'relu6' | 'sigmoid' | 'tanh' | 'hardswish' | 'softmax';

export interface ActivationSpec {
  kind: 'act';
  name: string;
  fn: ActivationFn;
}

/** A fully connected layer on a flat vector. */
export interface LinearSpec {
  kind: 'fc';
  name: string;
  /** Input size the layer was defined for (PyTorch's in_features); checked when given. */
  inputs?: number;
  units: number;
  bias: boolean;
}

export interface DropoutSpec {
  kind: 'dropout';
  name: string;
  rate: number;
}

export interface FlattenSpec {
  kind: 'flatten';
  name: string;
}

/** One of `parts` equal slices of the channels (ShuffleNet v2's channel split). */
export interface ChunkSpec {
  kind: 'chunk';
  name: string;
  parts: number;
  index: number;
}

/** Channel shuffle: channels regrouped so the next grouped layer mixes all groups. */
export interface ShuffleSpec {
  kind: 'shuffle';
  name: string;
  groups: number;
}

export type LayerSpec =
  | ConvSpec
  | PoolSpec
  | AdaptivePoolSpec
  | GlobalPoolSpec
  | BatchNormSpec
  | ActivationSpec
  | LinearSpec
  | DropoutSpec
  | FlattenSpec
  | ChunkSpec
  | ShuffleSpec;

export type LayerKind = LayerSpec['kind'];

/** How parallel paths are joined: residual sum, channel concatenation, or a per-channel gate. */
export type MergeOp = 'add' | 'concat' | 'multiply';

/** What a block is, for a reader: the UI can name and expand it. */
export type BlockType =
  | 'sequence'
  | 'stage'
  | 'conv-bn-act'
  | 'classifier'
  | 'nin'
  | 'basic'
  | 'bottleneck'
  | 'inception'
  | 'fire'
  | 'inverted residual'
  | 'depthwise separable'
  | 'shuffle unit'
  | 'squeeze-excite'
  | 'xception';

/** One of a block's parallel paths; no layers means the identity (a plain skip connection). */
export interface PathSpec {
  /** Prefix of its layers' names (e.g. 'downsample'); without one they are named under the block. */
  name?: string;
  nodes: readonly NodeSpec[];
}

/**
 * A named group of layers: `nodes` in order, then (optionally) a fork into parallel `paths` that
 * all start from the same input and are merged, then the `after` layers. A residual block is
 * `paths: [body, shortcut]` merged by 'add' with a ReLU after; an Inception module is four paths
 * merged by 'concat'; a Fire module is a squeeze in `nodes` and two expand paths.
 */
export interface BlockSpec {
  kind: 'block';
  name: string;
  type: BlockType;
  nodes: readonly NodeSpec[];
  fork?: { merge: MergeOp; paths: readonly PathSpec[] };
  after?: readonly NodeSpec[];
}

export type NodeSpec = LayerSpec | BlockSpec;

export interface NetworkSpec {
  id: string;
  title: string;
  /** Whose definition this is (torchvision, Keras, Dive into Deep Learning, the paper). */
  source: string;
  input: Shape;
  nodes: readonly NodeSpec[];
}

/**
 * The receptive field of one output value along each axis (Araujo, Norris and Sim, Distill 2019):
 * size, effective stride and effective padding, measured in input pixels. Where paths merge, the
 * path with the largest field is kept (as their library does); `aligned` is false once paths
 * were merged whose fields are not centred on the same input pixel or have different strides.
 * After global pooling or a fully connected layer every output sees the whole input.
 */
export type Field =
  | { kind: 'local'; h: ReceptiveField; w: ReceptiveField; aligned: boolean }
  | { kind: 'global'; reason: string };

/** One row of a layer table: a layer, or the merge of a block's paths. */
export interface LayerRow {
  node: 'layer';
  /** Full dotted name, e.g. 'layer3.1.conv2' or 'inception4a.concat'. */
  name: string;
  kind: LayerKind | MergeOp;
  /** Short description: 'conv 3×3/2, 128', 'max pool 3×3/2', 'concat'. */
  label: string;
  /** The innermost block it belongs to, or null at the top level. */
  block: string | null;
  /** Nesting depth: 0 at the top level. */
  depth: number;
  inShape: Shape;
  outShape: Shape;
  params: number;
  macs: number;
  /** Values in the output. */
  values: number;
  /**
   * Values this layer adds to activation memory: its output, or 0 for layers that work in place
   * or only re-view their input (activations, dropout, flatten, channel split, a residual add done
   * in place as `out += identity`, a pooling that leaves its input unchanged).
   */
  memory: number;
  field: Field;
}

export interface Totals {
  params: number;
  macs: number;
  /** Activation memory in values (sum of the rows' `memory`). */
  memory: number;
}

export interface PathResult {
  name?: string;
  nodes: NodeResult[];
  outShape: Shape;
  field: Field;
}

/** A block with its inner layers, paths and merge, and its totals: an expandable row. */
export interface BlockResult extends Totals {
  node: 'block';
  name: string;
  type: BlockType;
  block: string | null;
  depth: number;
  inShape: Shape;
  outShape: Shape;
  field: Field;
  nodes: NodeResult[];
  paths?: PathResult[];
  merge?: LayerRow;
  after: NodeResult[];
}

export type NodeResult = LayerRow | BlockResult;

export interface NetworkSummary {
  params: number;
  macs: number;
  /** The input plus every stored layer output (values per example, forward pass). */
  activations: number;
  /** Convolution and fully connected layers. */
  weightLayers: number;
}

export interface NetworkAnalysis {
  id: string;
  title: string;
  source: string;
  input: Shape;
  output: Shape;
  /** Every layer and merge in execution order (paths in order, then their merge). */
  rows: LayerRow[];
  /** The same rows grouped in their blocks. */
  tree: NodeResult[];
  totals: NetworkSummary;
  /**
   * The receptive field of the network: that of the last layer whose outputs still see a part
   * of the input (the end-point before global pooling or the classifier), as Distill reports it.
   */
  field: { at: string; h: ReceptiveField; w: ReceptiveField; aligned: boolean } | null;
}

export type AnalysisResult =
  | ({ ok: true } & NetworkAnalysis)
  /** `layer` is the full name of the layer or merge that failed; `rows` those before it. */
  | { ok: false; error: string; layer: string; rows: LayerRow[] };
