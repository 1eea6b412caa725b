/** The four steps of batch norm (and the running-average update) in TeX, with the widget's numbers. */
import type { ChannelView } from './model';

/** A number for TeX: fixed decimals, no "-0.000". */
export function texNum(v: number, digits = 3): string {
  const s = v.toFixed(digits);
  return /^-0\.?0*$/.test(s) ? s.slice(1) : s;
}

/** ε as TeX: 10^{-5}, 10^{-3}, 0.1, 1. */
export const texEps = (eps: number) => (eps >= 0.1 ? String(eps) : `10^{${Math.round(Math.log10(eps))}}`);

/** a − b and a + b with the sign folded in, so "x − (−1.2)" reads "x + 1.2". */
const minus = (a: string, b: number, digits = 3) => (b < 0 ? `${a} + ${texNum(-b, digits)}` : `${a} - ${texNum(b, digits)}`);
/** A factor in a product: negatives in parentheses. */
const factor = (v: number, digits = 3) => (v < 0 && texNum(v, digits) !== texNum(-v, digits) ? `(${texNum(v, digits)})` : texNum(v, digits));
const plus = (a: string, b: number, digits = 3) => (b < 0 ? `${a} - ${texNum(-b, digits)}` : `${a} + ${texNum(b, digits)}`);

export interface StepTex {
  steps: [string, string, string, string];
  update: [string, string] | null;
}

interface Args {
  view: ChannelView;
  m: number;
  gamma: number;
  beta: number;
  eps: number;
  momentum: number;
  runningMean: number;
  runningVar: number;
  mode: 'train' | 'eval';
}

export function stepTex({ view, m, gamma, beta, eps, momentum, runningMean, runningVar, mode }: Args): StepTex {
  const e = texEps(eps);
  const x1 = texNum(view.input.probe);
  const scale = (out: { probeXHat: number; probeY: number }) =>
    `y_1 = \\gamma\\,\\hat{x}_1 + \\beta = ${plus(`${factor(gamma, 2)} \\cdot ${factor(out.probeXHat)}`, beta, 2)} = ${texNum(out.probeY)}`;
  const t = view.train;
  if (mode === 'train' && t) {
    const r = texNum(momentum, 2);
    const keep = texNum(1 - momentum, 2);
    return {
      steps: [
        `\\mu_B = \\frac{1}{m}\\sum_{i=1}^{m} x_i = \\frac{1}{${m}}\\sum_{i=1}^{${m}} x_i = ${texNum(t.batchMean)}`,
        `\\sigma_B^2 = \\frac{1}{m}\\sum_{i=1}^{m} (x_i - \\mu_B)^2 = ${texNum(t.batchVar)}`,
        `\\hat{x}_1 = \\frac{x_1 - \\mu_B}{\\sqrt{\\sigma_B^2 + \\epsilon}} = \\frac{${minus(x1, t.batchMean)}}{\\sqrt{${texNum(t.batchVar)} + ${e}}} = ${texNum(t.probeXHat)}`,
        scale(t),
      ],
      update: [
        `\\hat{\\mu} \\leftarrow (1 - \\rho)\\,\\hat{\\mu} + \\rho\\,\\mu_B = ${keep} \\cdot ${factor(runningMean)} + ${r} \\cdot ${factor(t.batchMean)} = ${texNum(t.nextRunningMean)}`,
        `\\hat{\\sigma}^2 \\leftarrow (1 - \\rho)\\,\\hat{\\sigma}^2 + \\rho\\,\\tfrac{m}{m-1}\\,\\sigma_B^2 = ${keep} \\cdot ${texNum(runningVar)} + ${r} \\cdot \\tfrac{${m}}{${m - 1}} \\cdot ${texNum(t.batchVar)} = ${texNum(t.nextRunningVar)}`,
      ],
    };
  }
  return {
    steps: [
      `\\mu = \\hat{\\mu} = ${texNum(runningMean)}`,
      `\\sigma^2 = \\hat{\\sigma}^2 = ${texNum(runningVar)}`,
      `\\hat{x}_1 = \\frac{x_1 - \\hat{\\mu}}{\\sqrt{\\hat{\\sigma}^2 + \\epsilon}} = \\frac{${minus(x1, runningMean)}}{\\sqrt{${texNum(runningVar)} + ${e}}} = ${texNum(view.eval.probeXHat)}`,
      scale(view.eval),
    ],
    update: null,
  };
}
