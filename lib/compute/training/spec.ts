/**
 * A small CNN described as data: a list of layers, each a plain JSON object, so a network can be
 * kept in a widget's state, put in a link and checked before any tensor exists. Shapes are
 * inferred here without TensorFlow.js; a layer that does not fit says why and where.
 */

export type Padding = 'same' | 'valid';
export type ActivationFn = 'relu' | 'leakyRelu' | 'elu' | 'sigmoid' | 'tanh';

export type LayerSpec =
  | { type: 'conv'; filters: number; kernel: number; stride?: number; padding?: Padding }
  | { type: 'depthwiseSeparable'; filters: number; kernel: number; stride?: number }
  | { type: 'pool'; mode: 'max' | 'avg'; size: number; stride?: number }
  | { type: 'batchNorm' }
  | { type: 'activation'; fn: ActivationFn }
  | { type: 'dropout'; rate: number }
  | { type: 'residual'; filters: number; stride?: number }
  | { type: 'globalAvgPool' }
  | { type: 'flatten' }
  | { type: 'dense'; units: number }
  /** Squeeze-and-excitation: GAP → dense C/r → ReLU → dense C → sigmoid → scale each channel. */
  | { type: 'squeezeExcite'; reduction: number }
  /**
   * Spatial attention mask: M = sigmoid(conv k×k, C → 1), output (1 + M)·x (residual attention,
   * the default) or M·x (`residual: false`).
   */
  | { type: 'spatialAttention'; kernel: number; residual?: boolean };

export interface NetworkSpec {
  /** Input [height, width, channels]. */
  input: [number, number, number];
  layers: LayerSpec[];
}

/** Feature shape without the batch: [h, w, c] for maps, [n] after flatten / GAP / dense. */
export type FeatureShape = [number, number, number] | [number];

export interface LayerShape {
  index: number;
  type: LayerSpec['type'];
  output: FeatureShape;
  params: number;
}

export type ShapeResult = { ok: true; layers: LayerShape[]; output: FeatureShape; params: number } | { ok: false; index: number; error: string };

const MAX_UNITS = 4096;

/** Batch norm's epsilon and running-statistics momentum (PyTorch's convention), and leaky ReLU's slope. */
export const BN_EPS = 1e-5;
export const BN_MOMENTUM = 0.1;
export const LEAKY_SLOPE = 0.01;

/**
 * TensorFlow's 'same' padding along one axis: cells before and after. When the total is odd the
 * extra cell goes after (PyTorch pads evenly, so exporters and explanations spell this out).
 */
export function samePads(size: number, k: number, s: number): [number, number] {
  const total = Math.max((Math.ceil(size / s) - 1) * s + k - size, 0);
  return [Math.floor(total / 2), total - Math.floor(total / 2)];
}

function outSize(n: number, k: number, s: number, padding: Padding): number {
  return padding === 'same' ? Math.ceil(n / s) : Math.floor((n - k) / s) + 1;
}

const isWhole = (n: unknown, min: number, max: number): n is number => Number.isInteger(n) && (n as number) >= min && (n as number) <= max;

/** Units of a squeeze-and-excitation bottleneck: C / r rounded down, at least one. */
export function squeezeUnits(channels: number, reduction: number): number {
  return Math.max(1, Math.floor(channels / reduction));
}

/** Output shape and parameter count of every layer, or the first layer that does not fit. */
export function inferShapes(spec: NetworkSpec): ShapeResult {
  let shape: FeatureShape = spec.input;
  if (!spec.input.every((d) => isWhole(d, 1, 256))) return { ok: false, index: -1, error: 'The input must be [height, width, channels] with each between 1 and 256.' };
  const layers: LayerShape[] = [];
  let total = 0;
  for (const [index, layer] of spec.layers.entries()) {
    const fail = (error: string): ShapeResult => ({ ok: false, index, error: `Layer ${index + 1} (${layer.type}): ${error}` });
    const map: [number, number, number] | null = shape.length === 3 ? shape : null;
    let params = 0;
    switch (layer.type) {
      case 'conv':
      case 'depthwiseSeparable':
      case 'residual': {
        if (!map) return fail('needs a feature map, but the layer before it already flattened the data.');
        if (!isWhole(layer.filters, 1, 512)) return fail('the number of filters must be a whole number from 1 to 512.');
        const k = layer.type === 'residual' ? 3 : layer.kernel;
        if (!isWhole(k, 1, 11)) return fail('the kernel size must be a whole number from 1 to 11.');
        const s = layer.stride ?? 1;
        if (!isWhole(s, 1, 4)) return fail('the stride must be 1, 2, 3 or 4.');
        const padding = layer.type === 'conv' ? (layer.padding ?? 'same') : 'same';
        const [h, w, c]: [number, number, number] = map;
        if (padding === 'valid' && (k > h || k > w)) return fail(`a ${k}×${k} kernel does not fit in the ${h}×${w} map without padding.`);
        const out: FeatureShape = [outSize(h, k, s, padding), outSize(w, k, s, padding), layer.filters];
        if (layer.type === 'conv') params = k * k * c * layer.filters + layer.filters;
        else if (layer.type === 'depthwiseSeparable') params = k * k * c + c * layer.filters + layer.filters;
        else {
          // conv3×3 → BN → ReLU → conv3×3 → BN, plus a 1×1 projection when the shape changes.
          params = 9 * c * layer.filters + 9 * layer.filters * layer.filters + 4 * layer.filters;
          if (s !== 1 || c !== layer.filters) params += c * layer.filters;
        }
        shape = out;
        break;
      }
      case 'pool': {
        if (!map) return fail('needs a feature map, but the data is already flat.');
        if (layer.mode !== 'max' && layer.mode !== 'avg') return fail('the pooling must be max or avg.');
        if (!isWhole(layer.size, 1, 8)) return fail('the window must be a whole number from 1 to 8.');
        const s = layer.stride ?? layer.size;
        if (!isWhole(s, 1, 8)) return fail('the stride must be a whole number from 1 to 8.');
        const [h, w, c]: [number, number, number] = map;
        if (layer.size > h || layer.size > w) return fail(`a ${layer.size}×${layer.size} window does not fit in the ${h}×${w} map.`);
        shape = [outSize(h, layer.size, s, 'valid'), outSize(w, layer.size, s, 'valid'), c];
        break;
      }
      case 'batchNorm':
        params = 2 * shape[shape.length - 1];
        break;
      case 'activation':
        if (!['relu', 'leakyRelu', 'elu', 'sigmoid', 'tanh'].includes(layer.fn)) return fail(`unknown activation "${String(layer.fn)}".`);
        break;
      case 'dropout':
        if (!(typeof layer.rate === 'number' && layer.rate >= 0 && layer.rate < 1)) return fail('the drop rate must be at least 0 and below 1.');
        break;
      case 'globalAvgPool':
        if (!map) return fail('needs a feature map, but the data is already flat.');
        shape = [map[2]];
        break;
      case 'flatten':
        shape = [shape.reduce((a, b) => a * b, 1)];
        break;
      case 'dense': {
        if (!isWhole(layer.units, 1, MAX_UNITS)) return fail(`the number of units must be a whole number from 1 to ${MAX_UNITS}.`);
        if (map) return fail('needs flat data: add a flatten or global average pooling layer before it.');
        params = shape[0] * layer.units + layer.units;
        shape = [layer.units];
        break;
      }
      case 'squeezeExcite': {
        if (!map) return fail('needs a feature map, but the data is already flat.');
        if (!isWhole(layer.reduction, 1, 64)) return fail('the reduction ratio must be a whole number from 1 to 64.');
        const c = map[2];
        if (layer.reduction > c) return fail(`a reduction of ${layer.reduction} leaves no units from ${c} channels; use at most ${c}.`);
        const hidden = squeezeUnits(c, layer.reduction);
        params = c * hidden + hidden + hidden * c + c;
        break;
      }
      case 'spatialAttention': {
        if (!map) return fail('needs a feature map, but the data is already flat.');
        if (!isWhole(layer.kernel, 1, 11) || layer.kernel % 2 === 0) return fail('the mask kernel must be an odd whole number from 1 to 11.');
        params = layer.kernel * layer.kernel * map[2] + 1;
        break;
      }
      default:
        return { ok: false, index, error: `Layer ${index + 1}: unknown layer type "${String((layer as { type: unknown }).type)}".` };
    }
    total += params;
    layers.push({ index, type: layer.type, output: shape, params });
  }
  return { ok: true, layers, output: shape, params: total };
}

/**
 * One stage of the course's small CNNs: a 3×3 convolution, ReLU, then 2×2 max pooling; `beforePool`
 * goes between the ReLU and the pooling (the attention lesson puts its SE block and mask there).
 */
export function convStage(filters: number, beforePool: LayerSpec[] = []): LayerSpec[] {
  return [{ type: 'conv', filters, kernel: 3 }, { type: 'activation', fn: 'relu' }, ...beforePool, { type: 'pool', mode: 'max', size: 2 }];
}

/**
 * The small CNN's trunk, written once: two stages (8 and 16 filters) and a flatten; 28×28×1 in,
 * 400 features out. SMALL_CNN, the overfitting lab's, the embedding and multi-task networks put
 * their heads on it, the attention network its SE block and mask (`beforeSecondPool`).
 */
export function smallCnnTrunk(beforeSecondPool: LayerSpec[] = []): LayerSpec[] {
  return [...convStage(8), ...convStage(16, beforeSecondPool), { type: 'flatten' }];
}

/** The default classifier for 28×28 grey images: small enough to train in seconds on a CPU. */
export const SMALL_CNN: NetworkSpec = { input: [28, 28, 1], layers: [...smallCnnTrunk(), { type: 'dense', units: 10 }] };

/** The course's shared pre-trained classifier (public/models/fashion-cnn.weights, made by scripts/models/train-fashion-cnn.ts). */
export const FASHION_CNN: NetworkSpec = {
  input: [28, 28, 1],
  layers: [
    ...convStage(16),
    ...convStage(32),
    { type: 'flatten' },
    { type: 'dense', units: 64 },
    { type: 'activation', fn: 'relu' },
    { type: 'dropout', rate: 0.3 },
    { type: 'dense', units: 10 },
  ],
};
