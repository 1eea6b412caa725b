/**
 * GradientChain's numbers: N identical scalar layers h_i = f(w·h_{i−1}) and, by the chain rule,
 * ∂h_N/∂h_0 = Π w·f′(z_i). The slopes come from the tfjs compute layer passed in; no React.
 */
import type { ActivationName } from '@/lib/compute/activations';

type Compute = Pick<typeof import('@/lib/compute'), 'activationChain'>;

export const CHAIN_FNS = ['sigmoid', 'tanh', 'relu'] as const satisfies readonly ActivationName[];
export type ChainFn = (typeof CHAIN_FNS)[number];

/** σ′(x) = σ(x)(1 − σ(x)) is largest at x = 0, where σ = 1/2: 1/2 · 1/2. */
export const SIGMOID_MAX_SLOPE = 0.25;
/** However the weights and inputs are chosen, N sigmoid slopes multiply to at most this. */
export const sigmoidBound = (depth: number) => SIGMOID_MAX_SLOPE ** depth;

export interface ChainSettings {
  depth: number;
  x0: number;
  weight: number;
}

export interface ChainResult {
  fn: ChainFn;
  /** f′(z_i) for i = 1 … N. */
  slopes: number[];
  /** Π_{j ≤ i} f′(z_j) for i = 1 … N. */
  products: number[];
  /** The whole gradient ∂h_N/∂h_0 = w^N · Π f′(z_i). */
  gradient: number;
}

export function chainResults(compute: Compute, { depth, x0, weight }: ChainSettings): ChainResult[] {
  return CHAIN_FNS.map((fn) => {
    const slopes = compute.activationChain(fn, x0, weight, 0, depth).map((l) => l.slope);
    const products: number[] = [];
    let p = 1;
    for (const s of slopes) products.push((p *= s));
    return { fn, slopes, products, gradient: weight ** depth * p };
  });
}

const SUPERSCRIPT: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };

/** An integer as superscript digits: −7 → ⁻⁷. */
export const superscript = (n: number) => String(n).replace(/./g, (c) => SUPERSCRIPT[c]);

/** 6.4 × 10⁻⁷, or plain decimals between 0.01 and 1000; exactly 0 stays 0. */
export function sci(v: number, digits = 2): string {
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a >= 0.01 && a < 1000) return Number(v.toPrecision(digits + 1)).toString().replace('-', '\u2212');
  const [m, e] = v.toExponential(digits - 1).split('e');
  const exp = superscript(Number(e));
  return `${m.replace('-', '\u2212')} × 10${exp}`;
}

/** The decade the chart's log axis runs down to: at or below the smallest non-zero product. */
export function lowestDecade(results: ChainResult[], depth: number): number {
  const positive = results.flatMap((r) => r.products.filter((p) => p > 0));
  const lo = Math.min(sigmoidBound(depth), ...positive);
  return Math.max(-300, Math.min(-1, Math.floor(Math.log10(lo))));
}
