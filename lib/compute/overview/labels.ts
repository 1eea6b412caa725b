/**
 * Column headings for the overview, made from a layer's spec so that any network the trainer
 * builds gets them ("conv 3×3 · 16", "max pool 2×2", "ReLU", "dense · 64"). Short enough to sit
 * over a column of small maps.
 */
import type { ActivationFn, LayerSpec } from '../training/spec';

const ACTIVATION_NAMES: Record<ActivationFn, string> = {
  relu: 'ReLU',
  leakyRelu: 'leaky ReLU',
  elu: 'ELU',
  sigmoid: 'sigmoid',
  tanh: 'tanh',
};

const strided = (stride: number | undefined) => (stride && stride !== 1 ? ` /${stride}` : '');

export function layerLabel(layer: LayerSpec): string {
  switch (layer.type) {
    case 'conv':
      return `conv ${layer.kernel}×${layer.kernel}${strided(layer.stride)}${layer.padding === 'valid' ? ' valid' : ''} · ${layer.filters}`;
    case 'depthwiseSeparable':
      return `separable ${layer.kernel}×${layer.kernel}${strided(layer.stride)} · ${layer.filters}`;
    case 'residual':
      return `residual 3×3${strided(layer.stride)} · ${layer.filters}`;
    case 'pool':
      return `${layer.mode} pool ${layer.size}×${layer.size}${(layer.stride ?? layer.size) !== layer.size ? ` /${layer.stride}` : ''}`;
    case 'batchNorm':
      return 'batch norm';
    case 'activation':
      return ACTIVATION_NAMES[layer.fn];
    case 'dropout':
      return `dropout ${layer.rate}`;
    case 'globalAvgPool':
      return 'global avg pool';
    case 'flatten':
      return 'flatten';
    case 'dense':
      return `dense · ${layer.units}`;
    case 'squeezeExcite':
      return `squeeze-excite ÷${layer.reduction}`;
    case 'spatialAttention':
      return `spatial attention ${layer.kernel}×${layer.kernel}`;
  }
}

export const inputLabel = (shape: readonly number[]) => `input ${shape.join('×')}`;
export const softmaxLabel = (classes: number) => `softmax · ${classes}`;
