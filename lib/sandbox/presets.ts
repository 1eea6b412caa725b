/**
 * Starter networks, each small enough to train to well above chance in a run of one epoch on a
 * few thousand images. The sandbox appends the 10-way output layer itself.
 */
import type { Block } from './blocks';
import { DEFAULT_TRAINING, STATE_VERSION, type SandboxState } from './state';

export type PresetId = 'lenet' | 'vgg' | 'resnet' | 'mobilenet';

const relu: Block = { type: 'activation', fn: 'relu' };
const bn: Block = { type: 'batchNorm' };
const maxPool: Block = { type: 'pool', mode: 'max', size: 2, stride: 2 };
/** A convolution and its ReLU. */
const convRelu = (filters: number, kernel: number, padding: 'same' | 'valid' = 'same'): Block[] => [
  { type: 'conv', filters, kernel, stride: 1, padding },
  relu,
];

export const PRESETS: Record<PresetId, Block[]> = {
  // LeNet-5's shapes on 28×28: 6 and 16 filters of 5×5, then 120 and 84 units (ReLU and max pooling).
  lenet: [
    ...convRelu(6, 5),
    maxPool,
    ...convRelu(16, 5, 'valid'),
    maxPool,
    { type: 'flatten' },
    { type: 'dense', units: 120 },
    relu,
    { type: 'dense', units: 84 },
    relu,
  ],
  // Two stages of two 3×3 convolutions, each stage ending in max pooling; dropout before the head.
  vgg: [
    ...convRelu(8, 3),
    ...convRelu(8, 3),
    maxPool,
    ...convRelu(16, 3),
    ...convRelu(16, 3),
    maxPool,
    { type: 'flatten' },
    { type: 'dense', units: 64 },
    relu,
    { type: 'dropout', rate: 0.3 },
  ],
  // A stem, then two residual blocks (the second halves the map and doubles the channels), GAP.
  resnet: [
    { type: 'conv', filters: 16, kernel: 3, stride: 1, padding: 'same' },
    bn,
    relu,
    maxPool,
    { type: 'residual', filters: 16, stride: 1 },
    { type: 'residual', filters: 32, stride: 2 },
    { type: 'globalAvgPool' },
  ],
  // A strided stem, then depthwise separable convolutions with BN and ReLU, GAP.
  mobilenet: [
    { type: 'conv', filters: 16, kernel: 3, stride: 2, padding: 'same' },
    bn,
    relu,
    { type: 'depthwiseSeparable', filters: 32, kernel: 3, stride: 1 },
    bn,
    relu,
    { type: 'depthwiseSeparable', filters: 64, kernel: 3, stride: 2 },
    bn,
    relu,
    { type: 'depthwiseSeparable', filters: 64, kernel: 3, stride: 1 },
    bn,
    relu,
    { type: 'globalAvgPool' },
  ],
};

export const PRESET_IDS = Object.keys(PRESETS) as PresetId[];

export const DEFAULT_PRESET: PresetId = 'lenet';

/** A fresh state: a starter network with the default training settings. */
export function presetState(id: PresetId = DEFAULT_PRESET): SandboxState {
  return { version: STATE_VERSION, blocks: PRESETS[id].map((b) => ({ ...b })), training: { ...DEFAULT_TRAINING } };
}
