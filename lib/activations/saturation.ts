/**
 * Where an activation saturates. Definition used throughout the course: x is in a saturating
 * region when |f′(x)| is below SATURATION_FRACTION (5%) of the largest |f′| the function ever
 * reaches. There a gradient passing backwards through the unit keeps less than a twentieth of its
 * best-case size. Plain numbers: the slopes come from the tfjs compute layer.
 */
import type { MaxoutPieces } from './maxout';

export const SATURATION_FRACTION = 0.05;

export type CurveName = 'sigmoid' | 'tanh' | 'relu' | 'leaky_relu' | 'elu' | 'softplus' | 'softsign' | 'maxout';

/** Each function's name as the course writes it (ActivationExplorer shows it, its grader quotes it). */
export const CURVE_NAMES: Record<CurveName, string> = {
  sigmoid: 'Sigmoid',
  tanh: 'tanh',
  relu: 'ReLU',
  leaky_relu: 'Leaky ReLU',
  elu: 'ELU',
  softplus: 'Softplus',
  softsign: 'Softsign',
  maxout: 'Maxout',
};

export interface CurveParams {
  negativeSlope: number;
  alpha: number;
  pieces: MaxoutPieces;
}

/**
 * The supremum of |f′(x)| over all real x, from the closed forms: sigmoid′ peaks at 1/4 (x = 0);
 * tanh′ and softsign′ at 1 (x = 0); ReLU, softplus (as x → ∞) and the positive side of leaky ReLU
 * and ELU at 1; ELU′ = αeˣ approaches α from below on the negative side; Maxout's slopes are its
 * pieces' slopes.
 */
export function derivativeSup(name: CurveName, p: CurveParams): number {
  switch (name) {
    case 'sigmoid':
      return 0.25;
    case 'leaky_relu':
      return Math.max(1, Math.abs(p.negativeSlope));
    case 'elu':
      return Math.max(1, Math.abs(p.alpha));
    case 'maxout':
      return Math.max(...p.pieces.slopes.map(Math.abs));
    default:
      return 1;
  }
}

export interface SaturatingInterval {
  /** Ends of the interval inside the sampled range. */
  from: number;
  to: number;
  /** The interval reaches the left/right end of the sampled range and goes on past it. */
  openLeft: boolean;
  openRight: boolean;
  /** f′ is exactly 0 at every sample inside: no gradient at all (ReLU's negative side). */
  zero: boolean;
}

/**
 * The saturating intervals of a sampled derivative. Each boundary is refined by bisection on
 * `slopeAt` (the exact derivative), so it is accurate even where f′ jumps (ReLU at 0).
 * `xs` must be increasing.
 */
export function saturatingIntervals(
  xs: ArrayLike<number>,
  slopes: ArrayLike<number>,
  threshold: number,
  slopeAt: (x: number) => number,
): SaturatingInterval[] {
  const inside = (s: number) => Math.abs(s) < threshold;
  const boundary = (a: number, b: number) => {
    // a and b sit on opposite sides; keep that true while halving.
    const aIn = inside(slopeAt(a));
    for (let i = 0; i < 40 && b - a > 1e-9; i++) {
      const m = (a + b) / 2;
      if (inside(slopeAt(m)) === aIn) a = m;
      else b = m;
    }
    return (a + b) / 2;
  };
  const out: SaturatingInterval[] = [];
  const n = xs.length;
  let start = -1;
  let zero = true;
  for (let i = 0; i <= n; i++) {
    const isIn = i < n && inside(slopes[i]);
    if (isIn && start < 0) {
      start = i;
      zero = true;
    }
    if (isIn) zero &&= slopes[i] === 0;
    if (!isIn && start >= 0) {
      const openLeft = start === 0;
      const openRight = i === n;
      out.push({
        from: openLeft ? xs[0] : boundary(xs[start - 1], xs[start]),
        to: openRight ? xs[n - 1] : boundary(xs[i - 1], xs[i]),
        openLeft,
        openRight,
        zero,
      });
      start = -1;
    }
  }
  return out;
}
