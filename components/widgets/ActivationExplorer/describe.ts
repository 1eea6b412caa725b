/** ActivationExplorer's numbers put into words (shared by the facts list and the text alternative). */
import type { ExplorerCurve } from './model';
import { S } from './strings';

/** A boundary to two decimals (bisection leaves ReLU's 0 as 3e-10). */
const at = (v: number) => v.toFixed(2).replace(/^-(?=[0.]*$)/, '').replace(/^-/, '\u2212');

export function describeSaturation(curve: ExplorerCurve): string {
  const parts = curve.intervals.map((r) =>
    r.openLeft && r.openRight ? S.everywhere
    : r.openLeft ? S.below(at(r.to), r.zero)
    : r.openRight ? S.above(at(r.from), r.zero)
    : S.between(at(r.from), at(r.to), r.zero),
  );
  const short = (v: number) => String(Number(v.toFixed(4)));
  return S.saturation(short(curve.threshold), short(curve.sup), parts);
}
