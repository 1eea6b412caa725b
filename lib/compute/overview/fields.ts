/**
 * What a unit looks at: the cells of the layer below that feed it (highlighted when the reader
 * hovers a unit) and its receptive field on the input image (outlined there), the latter from the
 * course's one formula in lib/nn/receptiveField. Plain arithmetic on the spec, no tfjs. Boxes
 * are not clipped: a row or column outside the map is padding (clipBox trims one to the map).
 */
import { receptiveField, receptiveRegion, type ReceptiveFieldLayer } from '../../nn/receptiveField';
import { inferShapes, type FeatureShape, type LayerSpec, type LayerShape, type NetworkSpec } from '../training/spec';
import { windowPads } from './explainWindows';
import type { CellBox, UnitRef } from './types';

export interface FeedingCells {
  /** The layer fed from: unit.layer − 1 (-1 is the input image). */
  layer: number;
  box: CellBox;
  channels: 'all' | number[];
}

const cell = (y: number, x: number): CellBox => ({ top: y, left: x, bottom: y, right: x });
const whole = (shape: FeatureShape): CellBox => (shape.length === 3 ? { top: 0, left: 0, bottom: shape[0] - 1, right: shape[1] - 1 } : cell(0, 0));

export function clipBox(box: CellBox, height: number, width: number): CellBox {
  return { top: Math.max(0, box.top), left: Math.max(0, box.left), bottom: Math.min(height - 1, box.bottom), right: Math.min(width - 1, box.right) };
}

/** Output shapes of the spec's layers, and the shape each layer reads, or null if it does not fit. */
function shapesOf(spec: NetworkSpec): { layers: LayerShape[]; inputOf: (i: number) => FeatureShape } | null {
  const shapes = inferShapes(spec);
  if (!shapes.ok) return null;
  return { layers: shapes.layers, inputOf: (i) => (i === 0 ? spec.input : shapes.layers[i - 1].output) };
}

function validUnit(spec: NetworkSpec, layers: LayerShape[], unit: UnitRef): boolean {
  const last = layers.at(-1)?.output ?? spec.input;
  const shape: FeatureShape | undefined =
    unit.layer === -1 ? spec.input : unit.layer === spec.layers.length ? [last.reduce((a, b) => a * b, 1)] : layers[unit.layer]?.output;
  if (!shape) return false;
  const [h, w, c] = shape.length === 3 ? shape : [1, 1, shape[0]];
  const ok = (v: number, n: number) => Number.isInteger(v) && v >= 0 && v < n;
  return ok(unit.channel, c) && ok(unit.y, h) && ok(unit.x, w);
}

/**
 * The window a sliding layer reads along both axes, as receptive-field layers (rows, columns):
 * its kernels, strides and the padding TensorFlow puts before the first row / column. Layers that
 * keep each cell where it is give none; layers that mix the whole map give null.
 */
function windowLayers(layer: LayerSpec, input: FeatureShape): [ReceptiveFieldLayer[], ReceptiveFieldLayer[]] | null {
  const [h, w] = input.length === 3 ? input : [1, 1];
  const sliding = (k: number, s: number, padding: 'same' | 'valid'): [ReceptiveFieldLayer[], ReceptiveFieldLayer[]] => {
    const pads = windowPads(h, w, k, s, padding);
    return [[{ kernel: k, stride: s, padding: pads.top }], [{ kernel: k, stride: s, padding: pads.left }]];
  };
  switch (layer.type) {
    case 'conv': return sliding(layer.kernel, layer.stride ?? 1, layer.padding ?? 'same');
    case 'depthwiseSeparable': return sliding(layer.kernel, layer.stride ?? 1, 'same');
    case 'pool': return sliding(layer.size, layer.stride ?? layer.size, 'valid');
    case 'spatialAttention': return sliding(layer.kernel, 1, 'same');
    case 'residual': {
      // conv 3×3 (with the block's stride), then conv 3×3 stride 1; the shortcut sees less.
      const [rows, cols] = sliding(3, layer.stride ?? 1, 'same');
      return [[...rows, { kernel: 3, stride: 1, padding: 1 }], [...cols, { kernel: 3, stride: 1, padding: 1 }]];
    }
    case 'batchNorm':
    case 'activation':
    case 'dropout':
      return [[], []];
    case 'flatten':
    case 'globalAvgPool':
    case 'dense':
    case 'squeezeExcite': // the gate of each channel is the squeeze of the whole map
      return null;
  }
}

function region(rows: ReceptiveFieldLayer[], cols: ReceptiveFieldLayer[], y: number, x: number): CellBox {
  const r = receptiveRegion(receptiveField(rows), y);
  const c = receptiveRegion(receptiveField(cols), x);
  return { top: r.start, bottom: r.end, left: c.start, right: c.end };
}

/** The cells of layer unit.layer − 1 that feed `unit`; null for the input image or a unit not in the spec. */
export function feedingBox(spec: NetworkSpec, unit: UnitRef): FeedingCells | null {
  const shapes = shapesOf(spec);
  if (!shapes || unit.layer === -1 || !validUnit(spec, shapes.layers, unit)) return null;
  const below = unit.layer - 1;
  if (unit.layer === spec.layers.length) return { layer: below, box: whole(shapes.inputOf(unit.layer)), channels: 'all' };
  const layer = spec.layers[unit.layer];
  const input = shapes.inputOf(unit.layer);
  switch (layer.type) {
    case 'pool': {
      const [[rows], [cols]] = windowLayers(layer, input) as [ReceptiveFieldLayer[], ReceptiveFieldLayer[]];
      return { layer: below, box: region([rows], [cols], unit.y, unit.x), channels: [unit.channel] };
    }
    case 'batchNorm':
    case 'activation':
    case 'dropout':
      return { layer: below, box: cell(unit.y, unit.x), channels: [unit.channel] };
    case 'flatten': {
      if (input.length === 1) return { layer: below, box: cell(0, 0), channels: [unit.channel] };
      const [, w, c] = input;
      const at = Math.floor(unit.channel / c);
      return { layer: below, box: cell(Math.floor(at / w), at % w), channels: [unit.channel % c] };
    }
    case 'globalAvgPool':
      return { layer: below, box: whole(input), channels: [unit.channel] };
    case 'dense':
    case 'squeezeExcite':
      return { layer: below, box: whole(input), channels: 'all' };
    case 'conv':
    case 'depthwiseSeparable':
    case 'residual':
    case 'spatialAttention': {
      const [rows, cols] = windowLayers(layer, input) as [ReceptiveFieldLayer[], ReceptiveFieldLayer[]];
      return { layer: below, box: region(rows, cols, unit.y, unit.x), channels: 'all' };
    }
  }
}

/** The input cells `unit`'s value depends on (the whole image once a layer mixes the whole map). */
export function inputField(spec: NetworkSpec, unit: UnitRef): CellBox | null {
  const shapes = shapesOf(spec);
  if (!shapes || !validUnit(spec, shapes.layers, unit)) return null;
  if (unit.layer === -1) return cell(unit.y, unit.x);
  const rows: ReceptiveFieldLayer[] = [];
  const cols: ReceptiveFieldLayer[] = [];
  for (let i = 0; i <= Math.min(unit.layer, spec.layers.length - 1); i++) {
    const window = windowLayers(spec.layers[i], shapes.inputOf(i));
    if (!window) return whole(spec.input);
    rows.push(...window[0]);
    cols.push(...window[1]);
  }
  if (unit.layer === spec.layers.length) return whole(spec.input);
  return region(rows, cols, unit.y, unit.x);
}
