/**
 * Receptive field of a chain of convolution / pooling layers along one axis, with the closed
 * forms of Araujo, Norris and Sim, "Computing Receptive Fields of Convolutional Neural
 * Networks" (Distill, 2019). Plain arithmetic, no tfjs.
 *
 * With layers l = 1..L, effective kernel k'_l = d_l (k_l - 1) + 1 and S_l = s_1 ··· s_(l-1):
 *   size              r = 1 + Σ (k'_l - 1) S_l
 *   effective stride  S = s_1 ··· s_L
 *   effective padding P = Σ p_l S_l
 * Output position u sees the input cells u·S − P … u·S − P + r − 1 (negative = padding).
 */

export interface ReceptiveFieldLayer {
  kernel: number;
  stride?: number;
  /** Padding on the leading side (the side that shifts the window); defaults to 0. */
  padding?: number;
  dilation?: number;
}

export interface ReceptiveField {
  size: number;
  effectiveStride: number;
  effectivePadding: number;
}

function checkLayer(layer: ReceptiveFieldLayer, index: number): Required<ReceptiveFieldLayer> {
  const full = { stride: 1, padding: 0, dilation: 1, ...layer };
  for (const [name, v, min] of [
    ['kernel', full.kernel, 1], ['stride', full.stride, 1], ['padding', full.padding, 0], ['dilation', full.dilation, 1],
  ] as const) {
    if (!Number.isInteger(v) || v < min) {
      throw new Error(`Layer ${index + 1}: the ${name} must be a whole number of at least ${min} (got ${v}).`);
    }
  }
  return full;
}

/** The receptive field seen from after each layer of the chain, in order. */
export function receptiveFieldsByLayer(layers: readonly ReceptiveFieldLayer[]): ReceptiveField[] {
  const out: ReceptiveField[] = [];
  let size = 1;
  let stride = 1; // product of the strides of the layers before the current one
  let padding = 0;
  layers.forEach((raw, i) => {
    const l = checkLayer(raw, i);
    size += (l.dilation * (l.kernel - 1)) * stride;
    padding += l.padding * stride;
    stride *= l.stride;
    out.push({ size, effectiveStride: stride, effectivePadding: padding });
  });
  return out;
}

/** The receptive field of one output cell of the whole chain (an empty chain sees one cell). */
export function receptiveField(layers: readonly ReceptiveFieldLayer[]): ReceptiveField {
  return receptiveFieldsByLayer(layers).at(-1) ?? { size: 1, effectiveStride: 1, effectivePadding: 0 };
}

/** First and last input index (inclusive) seen by output index u; outside [0, n) is padding. */
export function receptiveRegion(rf: ReceptiveField, u: number): { start: number; end: number } {
  const start = u * rf.effectiveStride - rf.effectivePadding;
  return { start, end: start + rf.size - 1 };
}
