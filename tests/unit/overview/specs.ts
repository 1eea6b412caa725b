/** Small networks that between them use every layer the trainer can build, in several settings. */
import type { LayerSpec, NetworkSpec } from '@/lib/compute/training/spec';

export const SPECS: Record<string, NetworkSpec> = {
  // The plain stack: BN, every pooling, flatten, dense, dropout.
  plain: {
    input: [8, 8, 2],
    layers: [
      { type: 'conv', filters: 4, kernel: 3 },
      { type: 'batchNorm' },
      { type: 'activation', fn: 'relu' },
      { type: 'pool', mode: 'max', size: 2 },
      { type: 'conv', filters: 3, kernel: 3, padding: 'valid' },
      { type: 'activation', fn: 'leakyRelu' },
      { type: 'pool', mode: 'avg', size: 2, stride: 1 },
      { type: 'flatten' },
      { type: 'dense', units: 6 },
      { type: 'batchNorm' },
      { type: 'activation', fn: 'elu' },
      { type: 'dropout', rate: 0.3 },
      { type: 'dense', units: 5 },
    ],
  },
  // A non-square input, and 'same' padding that TensorFlow puts unevenly (even kernels, strides).
  uneven: {
    input: [9, 8, 3],
    layers: [
      { type: 'conv', filters: 4, kernel: 2 },
      { type: 'conv', filters: 4, kernel: 3, stride: 2 },
      { type: 'activation', fn: 'sigmoid' },
      { type: 'conv', filters: 3, kernel: 4, stride: 2 },
      { type: 'activation', fn: 'tanh' },
      { type: 'conv', filters: 2, kernel: 2, stride: 2, padding: 'valid' },
      { type: 'globalAvgPool' },
      { type: 'dense', units: 4 },
    ],
  },
  // Overlapping max pooling (3×3, stride 2) on a strided valid convolution.
  overlapping: {
    input: [11, 11, 1],
    layers: [
      { type: 'conv', filters: 3, kernel: 3, stride: 2, padding: 'valid' },
      { type: 'pool', mode: 'max', size: 3, stride: 2 },
      { type: 'flatten' },
      { type: 'dense', units: 3 },
    ],
  },
  // The composite blocks.
  blocks: {
    input: [8, 8, 3],
    layers: [
      { type: 'residual', filters: 4 },
      { type: 'residual', filters: 4 },
      { type: 'squeezeExcite', reduction: 2 },
      { type: 'spatialAttention', kernel: 3 },
      { type: 'spatialAttention', kernel: 5, residual: false },
      { type: 'depthwiseSeparable', filters: 5, kernel: 3 },
      { type: 'residual', filters: 6, stride: 2 },
      { type: 'depthwiseSeparable', filters: 4, kernel: 3, stride: 2 },
      { type: 'globalAvgPool' },
      { type: 'dense', units: 3 },
    ],
  },
};

/** Every layer type; the Record makes TypeScript insist a new type is listed. */
export const LAYER_TYPES: Record<LayerSpec['type'], true> = {
  conv: true, depthwiseSeparable: true, pool: true, batchNorm: true, activation: true, dropout: true,
  residual: true, globalAvgPool: true, flatten: true, dense: true, squeezeExcite: true, spatialAttention: true,
};
