/** Constructors for layers, with the defaults PyTorch uses (stride 1, no padding, bias on). */
import type {
  ActivationFn,
  ActivationSpec,
  AdaptivePoolSpec,
  BatchNormSpec,
  ChunkSpec,
  ConvSpec,
  DropoutSpec,
  FlattenSpec,
  GlobalPoolSpec,
  LinearSpec,
  Padding,
  PoolSpec,
  ShuffleSpec,
} from './graph';

export interface ConvOptions {
  cin?: number;
  stride?: number;
  padding?: Padding;
  dilation?: number;
  groups?: number;
  bias?: boolean;
}

export function conv(name: string, cout: number, kernel: number | readonly [number, number], o: ConvOptions = {}): ConvSpec {
  return {
    kind: 'conv',
    name,
    ...(o.cin === undefined ? {} : { cin: o.cin }),
    cout,
    kernel: typeof kernel === 'number' ? [kernel, kernel] : kernel,
    stride: o.stride ?? 1,
    padding: o.padding ?? 0,
    dilation: o.dilation ?? 1,
    groups: o.groups ?? 1,
    bias: o.bias ?? true,
  };
}

/** A depthwise convolution: one kernel per channel (groups = channels). */
export function depthwise(name: string, channels: number, kernel: number, o: Omit<ConvOptions, 'cin' | 'groups'> = {}): ConvSpec {
  return conv(name, channels, kernel, { ...o, cin: channels, groups: channels });
}

export interface PoolOptions {
  stride?: number;
  padding?: Padding;
  ceil?: boolean;
}

function pool(mode: 'max' | 'avg', name: string, kernel: number, o: PoolOptions): PoolSpec {
  return { kind: 'pool', name, mode, kernel, stride: o.stride ?? kernel, padding: o.padding ?? 0, ceil: o.ceil ?? false };
}

/** Max pooling; the stride defaults to the window size, as in PyTorch. */
export const maxPool = (name: string, kernel: number, o: PoolOptions = {}): PoolSpec => pool('max', name, kernel, o);
export const avgPool = (name: string, kernel: number, o: PoolOptions = {}): PoolSpec => pool('avg', name, kernel, o);

export function adaptiveAvgPool(name: string, size: number | readonly [number, number]): AdaptivePoolSpec {
  return { kind: 'adaptivePool', name, mode: 'avg', size: typeof size === 'number' ? [size, size] : size };
}

export function globalAvgPool(name: string, keepDims = false): GlobalPoolSpec {
  return { kind: 'globalPool', name, mode: 'avg', keepDims };
}

export function bn(name: string, channels?: number): BatchNormSpec {
  return channels === undefined ? { kind: 'bn', name } : { kind: 'bn', name, channels };
}

export const act = (name: string, fn: ActivationFn): ActivationSpec => ({ kind: 'act', name, fn });
export const relu = (name = 'relu'): ActivationSpec => act(name, 'relu');
export const relu6 = (name = 'relu6'): ActivationSpec => act(name, 'relu6');
export const sigmoid = (name = 'sigmoid'): ActivationSpec => act(name, 'sigmoid');

/** A fully connected layer; `inputs` (PyTorch's in_features) is checked when given. */
export function fc(name: string, units: number, o: { inputs?: number; bias?: boolean } = {}): LinearSpec {
  return { kind: 'fc', name, ...(o.inputs === undefined ? {} : { inputs: o.inputs }), units, bias: o.bias ?? true };
}

export const dropout = (name: string, rate: number): DropoutSpec => ({ kind: 'dropout', name, rate });
export const flatten = (name = 'flatten'): FlattenSpec => ({ kind: 'flatten', name });
export const chunk = (name: string, parts: number, index: number): ChunkSpec => ({ kind: 'chunk', name, parts, index });
export const shuffle = (name: string, groups: number): ShuffleSpec => ({ kind: 'shuffle', name, groups });
