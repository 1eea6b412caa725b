/**
 * One forward pass of a network on one image, every layer read back: what the overview draws.
 * The input is layer -1 and the softmax of the last layer is appended, so the widget walks one
 * list from pixels to probabilities. No tensor outlives the call.
 */
import { tf } from '../tf';
import { softmax } from '../softmax';
import { inferShapes } from '../training/spec';
import type { Network } from '../training/network';
import { inputLabel, layerLabel, softmaxLabel } from './labels';
import type { OverviewLayer, OverviewPass } from './types';

function range(values: Float32Array): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return values.length ? [lo, hi] : [0, 0];
}

/** `image`: H·W·C values (row-major, channels last) in [0, 1], as the trainer feeds them. */
export function overviewPass(network: Network, image: Float32Array): OverviewPass {
  const spec = network.spec;
  const shapes = inferShapes(spec);
  if (!shapes.ok) throw new Error(shapes.error);
  const [h, w, c] = spec.input;
  if (image.length !== h * w * c) throw new Error(`The image should hold ${h}×${w}×${c} = ${h * w * c} values (got ${image.length}).`);
  for (let i = 0; i < image.length; i++) {
    if (!Number.isFinite(image[i])) throw new Error(`The image holds a value that is not a finite number (${image[i]} at index ${i}).`);
  }

  const outs = tf.tidy(() => network.activations(tf.tensor4d(image, [1, h, w, c])));
  let maps: Float32Array[];
  let probabilities: Float32Array;
  try {
    maps = outs.map((t) => Float32Array.from(t.dataSync() as Float32Array));
    const last = maps[maps.length - 1] ?? image;
    const probs = tf.tidy(() => softmax(tf.tensor1d(last)));
    probabilities = Float32Array.from(probs.dataSync() as Float32Array);
    probs.dispose();
  } finally {
    // Dropout at inference hands its input on: the same tensor may be listed twice; disposing twice is harmless.
    tf.dispose(outs);
  }

  const layers: OverviewLayer[] = [
    { index: -1, kind: 'input', label: inputLabel(spec.input), shape: spec.input, params: 0, values: Float32Array.from(image), range: range(image) },
    ...spec.layers.map((layer, i): OverviewLayer => ({
      index: i,
      kind: layer.type,
      label: layerLabel(layer),
      shape: shapes.layers[i].output,
      params: shapes.layers[i].params,
      values: maps[i],
      range: range(maps[i]),
    })),
    {
      index: spec.layers.length,
      kind: 'softmax',
      label: softmaxLabel(probabilities.length),
      shape: [probabilities.length],
      params: 0,
      values: probabilities,
      range: range(probabilities),
    },
  ];
  let predicted = 0;
  for (let k = 1; k < probabilities.length; k++) if (probabilities[k] > probabilities[predicted]) predicted = k;
  return { spec, layers, probabilities, predicted };
}
