/**
 * What both exporters need from a NetworkSpec: every layer with the shape that enters it and the
 * shape and parameters that leave it (from inferShapes, the course's one shape calculator), and
 * TensorFlow's 'same' padding written out per side, because PyTorch and Keras only agree with
 * TensorFlow.js when the padding is explicit.
 */
import { inferShapes, samePads, type FeatureShape, type LayerSpec, type NetworkSpec } from '../../compute/training/spec';

export interface WalkedLayer {
  index: number;
  layer: LayerSpec;
  input: FeatureShape;
  output: FeatureShape;
  params: number;
}

export type Walk = { ok: true; layers: WalkedLayer[]; params: number } | { ok: false; error: string };

export function walkSpec(spec: NetworkSpec): Walk {
  const shapes = inferShapes(spec);
  if (!shapes.ok) return { ok: false, error: shapes.error };
  let input: FeatureShape = spec.input;
  const layers = shapes.layers.map((s, i) => {
    const walked = { index: i, layer: spec.layers[i], input, output: s.output, params: s.params };
    input = s.output;
    return walked;
  });
  return { ok: true, layers, params: shapes.params };
}

/** [top, bottom, left, right] for a k×k window over an h×w map. */
export function samePadding2d(h: number, w: number, kernel: number, stride: number): [number, number, number, number] {
  return [...samePads(h, kernel, stride), ...samePads(w, kernel, stride)];
}

export const isMap = (s: FeatureShape): s is [number, number, number] => s.length === 3;

/** "[16, 28, 28]"-style text in the target framework's axis order. */
export function shapeText(s: FeatureShape, order: 'chw' | 'hwc'): string {
  if (!isMap(s)) return `[${s[0]}]`;
  return order === 'chw' ? `[${s[2]}, ${s[0]}, ${s[1]}]` : `[${s[0]}, ${s[1]}, ${s[2]}]`;
}
