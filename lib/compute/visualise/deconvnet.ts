/**
 * ZFNet's deconvnet (Zeiler and Fergus 2013): keep one unit of a layer, set every other unit of
 * that layer to zero, and run the network backwards to the pixels. Each max pooling is undone by
 * unpooling with the switches the forward pass recorded, each ReLU by a ReLU, and each
 * convolution by a transposed convolution with the same kernels. What comes out is the pattern
 * in the image that the unit responded to.
 */
import { tf } from '../tf';
import { imageTensor } from './input';
import type { Network } from '../training/network';
import { convTranspose2d, maxUnpool2d } from '../transpose';
import { maxPool2dWithSwitches } from '../pooling';
import { nchwToNhwc, nhwcToNchw } from '../layout';
import { weightOf } from './filters';
import { checkImage, checkMapUnit, unitField, type GreyImage, type PixelBox } from './layers';

export interface DeconvUnit {
  layer: number;
  channel: number;
  /** The unit's position; by default the channel's strongest unit on this image. */
  y?: number;
  x?: number;
}

export interface DeconvProjection {
  y: number;
  x: number;
  /** The unit's activation, the one value kept. */
  value: number;
  /** The projection in pixel space, [h][w]. */
  projection: Float32Array;
  maxAbs: number;
  field: PixelBox;
}

/** A transposed 'same' or 'valid' convolution back to an input of side h × w (tfjs pads 'same' unevenly: more at the end). */
function deconvolve(signal: tf.Tensor4D, kernel: tf.Tensor4D, stride: number, same: boolean, [h, w]: [number, number]): tf.Tensor4D {
  const k = kernel.shape[2];
  const full = convTranspose2d(signal, kernel, undefined, { stride });
  const before = (n: number, out: number) => (same ? Math.floor(Math.max((out - 1) * stride + k - n, 0) / 2) : 0);
  const [top, left] = [before(h, signal.shape[2]), before(w, signal.shape[3])];
  const [, , fh, fw] = full.shape;
  const grown = tf.pad(full, [[0, 0], [0, 0], [0, Math.max(0, top + h - fh)], [0, Math.max(0, left + w - fw)]]);
  return tf.slice(grown, [0, 0, top, left], [-1, -1, h, w]);
}

export function deconvnet(network: Network, image: GreyImage, unit: DeconvUnit): DeconvProjection {
  const { spec } = network;
  checkImage(spec, image);
  const [mh, mw, mc] = checkMapUnit(spec, unit.layer, unit.channel);
  for (const layer of spec.layers.slice(0, unit.layer + 1)) {
    const ok = layer.type === 'conv' || layer.type === 'batchNorm' || layer.type === 'dropout' || (layer.type === 'pool' && layer.mode === 'max') || (layer.type === 'activation' && layer.fn === 'relu');
    if (!ok) throw new Error(`The deconvnet runs back through convolutions, ReLUs and max pooling; this network has a ${layer.type === 'activation' ? layer.fn : layer.type} layer on the way.`);
  }
  const result = tf.tidy(() => {
    const x = imageTensor(image);
    const acts: tf.Tensor4D[] = []; // every layer's output up to the unit's, for the switches
    for (let i = 0; i <= unit.layer; i++) acts.push(network.applyLayers(acts[i - 1] ?? x, i, i + 1) as tf.Tensor4D);
    const maps = acts[unit.layer].dataSync();
    let [uy, ux] = [unit.y ?? -1, unit.x ?? -1];
    if (unit.y === undefined || unit.x === undefined) {
      let best = 0;
      for (let p = 1; p < mh * mw; p++) if (maps[p * mc + unit.channel] > maps[best * mc + unit.channel]) best = p;
      [uy, ux] = [Math.floor(best / mw), best % mw];
    }
    if (!Number.isInteger(uy) || !Number.isInteger(ux) || uy < 0 || ux < 0 || uy >= mh || ux >= mw) throw new Error(`Layer ${unit.layer + 1}'s maps are ${mh}×${mw}; there is no unit at (${uy}, ${ux}).`);
    const value = maps[(uy * mw + ux) * mc + unit.channel];
    const kept = new Float32Array(mc * mh * mw);
    kept[(unit.channel * mh + uy) * mw + ux] = value;
    let signal = tf.tensor4d(kept, [1, mc, mh, mw]);
    for (let i = unit.layer; i >= 0; i--) {
      const layer = spec.layers[i];
      const input = nhwcToNchw(i === 0 ? x : acts[i - 1]);
      const [, , h, w] = input.shape;
      if (layer.type === 'activation') signal = tf.relu(signal);
      else if (layer.type === 'pool') {
        const { switches } = maxPool2dWithSwitches(input, { kernel: layer.size, stride: layer.stride ?? layer.size });
        signal = maxUnpool2d(signal, switches, [h, w]);
      } else if (layer.type === 'conv') {
        const { values, shape } = weightOf(network, `${i}.kernel`); // HWIO: as a transposed conv's [C, O, kh, kw], [O, I, kh, kw]
        const kernel = tf.transpose(tf.tensor4d(values, shape as [number, number, number, number]), [3, 2, 0, 1]) as tf.Tensor4D;
        signal = deconvolve(signal, kernel, layer.stride ?? 1, (layer.padding ?? 'same') === 'same', [h, w]);
      }
      // Batch norm and dropout (an identity at inference) pass the signal on unchanged.
    }
    const projection = nchwToNhwc(signal).dataSync() as Float32Array;
    return { y: uy, x: ux, value, projection };
  });
  const maxAbs = result.projection.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
  return { ...result, maxAbs, field: unitField(spec, unit.layer, result.y, result.x) };
}
