/** TeX for the output-size formula with the current numbers substituted, per axis. */
import { convOutputSize } from '@/lib/nn/convArithmetic';
import { fmt } from '@/components/widgets/shared/stepper/format';

export interface AxisNumbers {
  n: number;
  f: number;
  p: number;
  s: number;
  d: number;
}

export const GENERIC_TEX = String.raw`\text{out} = \left\lfloor \dfrac{n + 2p - d(f-1) - 1}{s} \right\rfloor + 1`;

/** Numerator n + 2p − d(f−1) − 1 as written in the formula (how far the window can travel); the size itself is lib/nn's. */
export const span = ({ n, f, p, d }: AxisNumbers) => n + 2 * p - d * (f - 1) - 1;

export function axisTex(symbol: string, a: AxisNumbers, doesNotFit: string): string {
  const top = span(a);
  const lhs = String.raw`${symbol}_{\text{out}} = \left\lfloor \dfrac{${a.n} + 2\cdot ${a.p} - ${a.d}\cdot(${a.f}-1) - 1}{${a.s}} \right\rfloor + 1`;
  const out = convOutputSize({ n: a.n, f: a.f, p: a.p, s: a.s, d: a.d });
  if (!out.ok) return String.raw`${lhs} = \left\lfloor \frac{${top}}{${a.s}} \right\rfloor + 1 < 1 \;\;(\text{${doesNotFit}})`;
  const size = out.size;
  if (a.s === 1) return String.raw`${lhs} = ${top} + 1 = ${size}`;
  const q = top / a.s;
  const frac = String.raw`\frac{${top}}{${a.s}}`;
  if (out.exact) return String.raw`${lhs} = ${frac} + 1 = ${q} + 1 = ${size}`;
  const approx = Number.isInteger(q * 100) ? fmt(q) : String.raw`${q.toFixed(2)}\ldots`;
  return String.raw`${lhs} = \left\lfloor ${frac} \right\rfloor + 1 = \lfloor ${approx} \rfloor + 1 = ${size}`;
}
