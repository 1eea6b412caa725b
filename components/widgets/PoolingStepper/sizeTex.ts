/** TeX for a pooling layer's output size along one axis, with the numbers substituted. */
import { convOutputSize } from '@/lib/nn/convArithmetic';

export function sizeTex(symbol: string, n: number, f: number, p: number, s: number): string {
  const lhs = String.raw`${symbol}_{\text{out}} = \left\lfloor \dfrac{${n} + 2\cdot ${p} - ${f}}{${s}} \right\rfloor + 1`;
  const out = convOutputSize({ n, f, p, s });
  if (!out.ok) return lhs;
  // The numerator as written in the formula; the size and whether it divides evenly are lib/nn's.
  const top = n + 2 * p - f;
  if (out.exact) return String.raw`${lhs} = ${top / s} + 1 = ${out.size}`;
  const q = Number.isInteger((top * 100) / s) ? String(top / s) : String.raw`${(top / s).toFixed(2)}\ldots`;
  return String.raw`${lhs} = \lfloor ${q} \rfloor + 1 = ${out.size}`;
}
