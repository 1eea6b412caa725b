/**
 * What every visualisation needs to know about a network described as data: which layers give
 * feature maps, which is the last convolution, where a unit's receptive field lies on the image
 * (through the course's one receptive-field formula, lib/nn/receptiveField), and how a 28×28
 * grey image must look to fit it. Plain arithmetic: no TensorFlow.js, so widget state and
 * graders can use it.
 */
import { inferShapes, type LayerSpec, type NetworkSpec } from '../training/spec';
import { receptiveField, receptiveRegion, type ReceptiveFieldLayer } from '../../nn/receptiveField';

/** A grey image in Fashion-MNIST's convention: row-major, 0 = background, 1 = brightest ink. */
export interface GreyImage {
  pixels: Float32Array;
  height: number;
  width: number;
}

/** A rectangle of image cells, inclusive, clipped to the image. */
export interface PixelBox {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface MapLayer {
  index: number;
  type: LayerSpec['type'];
  /** [height, width, channels]. */
  shape: [number, number, number];
}

/** Throws a readable Error for a spec whose shapes do not fit; returns each layer's output shape. */
export function layerShapes(spec: NetworkSpec) {
  const shapes = inferShapes(spec);
  if (!shapes.ok) throw new Error(shapes.error);
  return shapes.layers;
}

/** The layers whose output is a feature map [h, w, c], in order. */
export function mapLayers(spec: NetworkSpec): MapLayer[] {
  return layerShapes(spec).flatMap((l) => (l.output.length === 3 ? [{ index: l.index, type: l.type, shape: l.output }] : []));
}

const CONV_TYPES: ReadonlySet<LayerSpec['type']> = new Set(['conv', 'depthwiseSeparable', 'residual']);

/**
 * The maps Grad-CAM and Deep Dream look at by default: the last convolution's output, or its
 * activation when one follows it directly (the rectified maps are what the next layers read).
 */
export function lastConvMaps(spec: NetworkSpec): number {
  const maps = mapLayers(spec);
  const conv = maps.filter((m) => CONV_TYPES.has(m.type)).at(-1);
  if (!conv) throw new Error('The network has no convolution layer.');
  const next = spec.layers[conv.index + 1];
  return next?.type === 'activation' ? conv.index + 1 : conv.index;
}

/** TensorFlow's 'same' padding before the first row: half the total, rounded down. */
function samePadBefore(n: number, k: number, s: number): number {
  const out = Math.ceil(n / s);
  return Math.floor(Math.max((out - 1) * s + k - n, 0) / 2);
}

/**
 * The layers of `spec.layers[0..upTo]` as a chain for the receptive-field formula, or null when
 * one of them mixes every position (global pooling, squeeze-and-excitation).
 */
export function fieldChain(spec: NetworkSpec, upTo: number): ReceptiveFieldLayer[] | null {
  const chain: ReceptiveFieldLayer[] = [];
  let side = spec.input[0];
  for (const layer of spec.layers.slice(0, upTo + 1)) {
    const same = (k: number, s: number) => ({ kernel: k, stride: s, padding: samePadBefore(side, k, s) });
    switch (layer.type) {
      case 'conv': {
        const s = layer.stride ?? 1;
        chain.push((layer.padding ?? 'same') === 'same' ? same(layer.kernel, s) : { kernel: layer.kernel, stride: s });
        side = (layer.padding ?? 'same') === 'same' ? Math.ceil(side / s) : Math.floor((side - layer.kernel) / s) + 1;
        break;
      }
      case 'depthwiseSeparable':
        chain.push(same(layer.kernel, layer.stride ?? 1));
        side = Math.ceil(side / (layer.stride ?? 1));
        break;
      case 'residual':
        chain.push(same(3, layer.stride ?? 1));
        side = Math.ceil(side / (layer.stride ?? 1));
        chain.push(same(3, 1));
        break;
      case 'spatialAttention':
        chain.push(same(layer.kernel, 1));
        break;
      case 'pool': {
        const s = layer.stride ?? layer.size;
        chain.push({ kernel: layer.size, stride: s });
        side = Math.floor((side - layer.size) / s) + 1;
        break;
      }
      case 'globalAvgPool':
      case 'squeezeExcite':
      case 'flatten':
      case 'dense':
        return null;
      default:
        break; // batch norm, activations, dropout: one cell in, one cell out
    }
  }
  return chain;
}

/** The image cells that unit (y, x) of layer `layer` sees, clipped to the image (the whole image after a global layer). */
export function unitField(spec: NetworkSpec, layer: number, y: number, x: number): PixelBox {
  const [h, w] = spec.input;
  const chain = fieldChain(spec, layer);
  if (!chain) return { top: 0, left: 0, bottom: h - 1, right: w - 1 };
  const rf = receptiveField(chain);
  const rows = receptiveRegion(rf, y);
  const cols = receptiveRegion(rf, x);
  return { top: Math.max(0, rows.start), left: Math.max(0, cols.start), bottom: Math.min(h - 1, rows.end), right: Math.min(w - 1, cols.end) };
}

/** Checks that a grey image fits the network's input. */
export function checkImage(spec: NetworkSpec, image: GreyImage): void {
  const [h, w, c] = spec.input;
  if (c !== 1) throw new Error(`These views take one grey image; the network wants ${c} channels.`);
  if (image.height !== h || image.width !== w) throw new Error(`The network takes ${h}×${w} images, not ${image.height}×${image.width}.`);
}

/** Checks a layer index and a channel of a map layer; returns the layer's shape. */
export function checkMapUnit(spec: NetworkSpec, layer: number, channel: number): [number, number, number] {
  const found = mapLayers(spec).find((m) => m.index === layer);
  if (!found) throw new Error(`Layer ${layer + 1} does not give feature maps.`);
  if (!Number.isInteger(channel) || channel < 0 || channel >= found.shape[2]) {
    throw new Error(`Layer ${layer + 1} has channels 0 to ${found.shape[2] - 1}, not ${channel}.`);
  }
  return found.shape;
}

/** Square positions along one side of an occlusion map: every square lies inside the image. */
export function occlusionPositions(side: number, size: number, stride: number): number {
  return Math.floor((side - Math.max(size, 1)) / stride) + 1;
}
