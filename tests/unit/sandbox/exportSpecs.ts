import type { NetworkSpec } from '@/lib/compute/training/spec';

/** Every layer type the sandbox can build, with uneven 'same' padding (stride 2) on purpose. */
export const EVERY_LAYER: NetworkSpec = {
  input: [28, 28, 1],
  layers: [
    { type: 'conv', filters: 3, kernel: 3, stride: 2 },
    { type: 'batchNorm' },
    { type: 'activation', fn: 'leakyRelu' },
    { type: 'depthwiseSeparable', filters: 4, kernel: 3 },
    { type: 'residual', filters: 6, stride: 2 },
    { type: 'squeezeExcite', reduction: 2 },
    { type: 'spatialAttention', kernel: 3 },
    { type: 'activation', fn: 'elu' },
    { type: 'pool', mode: 'avg', size: 2 },
    { type: 'conv', filters: 5, kernel: 2, padding: 'valid' },
    { type: 'activation', fn: 'sigmoid' },
    { type: 'flatten' },
    { type: 'batchNorm' },
    { type: 'dropout', rate: 0.2 },
    { type: 'dense', units: 8 },
    { type: 'activation', fn: 'tanh' },
    { type: 'dense', units: 10 },
  ],
};

/** A residual block without projection, a max pool whose stride differs from its size, a plain mask, a GAP head. */
export const GAP_NET: NetworkSpec = {
  input: [12, 12, 1],
  layers: [
    { type: 'conv', filters: 4, kernel: 5 },
    { type: 'activation', fn: 'relu' },
    { type: 'residual', filters: 4 },
    { type: 'pool', mode: 'max', size: 3, stride: 1 },
    { type: 'spatialAttention', kernel: 1, residual: false },
    { type: 'conv', filters: 6, kernel: 3, stride: 3, padding: 'same' },
    { type: 'globalAvgPool' },
    { type: 'dense', units: 10 },
  ],
};
