/**
 * Depthwise separable convolution against a standard one (MobileNet, Howard et al. 2017), and the
 * cost of MobileNet v2's inverted residual block. Plain arithmetic: multiplies and weights, no
 * biases (both networks follow every convolution with batch norm). Stride 1 and 'same' padding:
 * every layer keeps the D_F × D_F map.
 */

export interface SeparableInput {
  /** Side of the (square) feature map, D_F. */
  df: number;
  /** Input channels, M. */
  m: number;
  /** Output channels, N. */
  n: number;
  /** Kernel side, D_k. */
  dk: number;
}

export interface LayerCost {
  mults: number;
  params: number;
}

export interface SeparableCost {
  standard: LayerCost;
  depthwise: LayerCost;
  pointwise: LayerCost;
  separable: LayerCost;
  /** (depthwise + pointwise) / standard, from the counts. */
  ratio: number;
  /** The paper's closed form 1/N + 1/D_k². */
  formula: number;
}

export function separableCost({ df, m, n, dk }: SeparableInput): SeparableCost {
  const area = df * df;
  const k2 = dk * dk;
  const standard = { params: k2 * m * n, mults: k2 * m * n * area };
  const depthwise = { params: k2 * m, mults: k2 * m * area };
  const pointwise = { params: m * n, mults: m * n * area };
  const separable = { params: depthwise.params + pointwise.params, mults: depthwise.mults + pointwise.mults };
  return { standard, depthwise, pointwise, separable, ratio: separable.mults / standard.mults, formula: 1 / n + 1 / k2 };
}

export interface InvertedResidualInput {
  df: number;
  /** Input channels of the block. */
  cin: number;
  /** Output channels of the block. */
  cout: number;
  /** Expansion factor t (MobileNet v2 uses 6 in most blocks). */
  t: number;
  dk: number;
}

export interface InvertedResidualCost {
  hidden: number;
  expand: LayerCost;
  depthwise: LayerCost;
  project: LayerCost;
  total: LayerCost;
  /** A standard D_k × D_k convolution from cin to cout on the same map, for scale. */
  standard: LayerCost;
}

/** 1×1 expand to t·cin channels (ReLU6), depthwise D_k×D_k (ReLU6), linear 1×1 project to cout. */
export function invertedResidualCost({ df, cin, cout, t, dk }: InvertedResidualInput): InvertedResidualCost {
  const area = df * df;
  const hidden = cin * t;
  const expand = t === 1 ? { params: 0, mults: 0 } : { params: cin * hidden, mults: cin * hidden * area };
  const depthwise = { params: dk * dk * hidden, mults: dk * dk * hidden * area };
  const project = { params: hidden * cout, mults: hidden * cout * area };
  const total = {
    params: expand.params + depthwise.params + project.params,
    mults: expand.mults + depthwise.mults + project.mults,
  };
  return { hidden, expand, depthwise, project, total, standard: { params: dk * dk * cin * cout, mults: dk * dk * cin * cout * area } };
}
