/**
 * The saturating regions the explorer computes (sampled tfjs slopes, bisected crossings) against
 * boundaries solved by hand from each derivative's closed form: |f′(x)| = 5% of its maximum.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as compute from '@/lib/compute';
import { SATURATION_FRACTION, derivativeSup, saturatingIntervals } from '@/lib/activations/saturation';
import { explorerCurve, curveParams, X_MIN, X_MAX, type ExplorerSettings } from '@/components/widgets/ActivationExplorer/model';
import type { CurveName } from '@/lib/activations/saturation';

beforeAll(compute.ready);

const settings = (fn: CurveName, extra: Partial<ExplorerSettings> = {}): ExplorerSettings => ({ fn, negativeSlope: 0.01, alpha: 1, maxout: 'abs', ...extra });
const curve = (fn: CurveName, extra: Partial<ExplorerSettings> = {}) => explorerCurve(compute, settings(fn, extra));

const q = SATURATION_FRACTION;
// σ(1 − σ) = q/4 → σ = (1 + √(1 − q))/2; x = logit(σ).
const sigmoidEdge = Math.log((1 + Math.sqrt(1 - q)) / (1 - Math.sqrt(1 - q)));
// 1 − tanh² = q → x = atanh(√(1 − q)).
const tanhEdge = Math.atanh(Math.sqrt(1 - q));
// (1 + |x|)⁻² = q → |x| = 1/√q − 1.
const softsignEdge = 1 / Math.sqrt(q) - 1;
// σ(x) = q → x = ln(q / (1 − q)).
const softplusEdge = Math.log(q / (1 - q));
// α eˣ = q·max(1, α) → x = ln(q·max(1, α)/α).
const eluEdge = (alpha: number) => Math.log((q * Math.max(1, alpha)) / alpha);

describe('saturating regions', () => {
  it('sigmoid, tanh and softsign saturate on both sides, where the closed forms say', () => {
    for (const [fn, edge] of [['sigmoid', sigmoidEdge], ['tanh', tanhEdge], ['softsign', softsignEdge]] as const) {
      const c = curve(fn);
      expect(c.intervals, fn).toHaveLength(2);
      const [left, right] = c.intervals;
      expect(left.openLeft && right.openRight).toBe(true);
      expect(left.to).toBeCloseTo(-edge, 4);
      expect(right.from).toBeCloseTo(edge, 4);
      expect(left.zero || right.zero).toBe(false);
    }
  });

  it('softplus and ELU saturate on the left only', () => {
    expect(curve('softplus').intervals.map((r) => r.to)).toEqual([expect.closeTo(softplusEdge, 4)]);
    for (const alpha of [0.5, 1, 2]) {
      const c = curve('elu', { alpha });
      expect(c.intervals).toHaveLength(1);
      expect(c.intervals[0].openLeft).toBe(true);
      expect(c.intervals[0].to).toBeCloseTo(eluEdge(alpha), 4);
    }
  });

  it('ReLU has no slope at all for x ≤ 0; leaky ReLU a small one, or none below 5% if a ≥ 0.05', () => {
    const relu = curve('relu').intervals;
    expect(relu).toHaveLength(1);
    expect(relu[0]).toMatchObject({ openLeft: true, zero: true });
    expect(relu[0].to).toBeCloseTo(0, 6);
    const leaky = curve('leaky_relu').intervals;
    expect(leaky).toHaveLength(1);
    expect(leaky[0]).toMatchObject({ openLeft: true, zero: false });
    expect(leaky[0].to).toBeCloseTo(0, 6);
    expect(curve('leaky_relu', { negativeSlope: 0.1 }).intervals).toEqual([]);
  });

  it('Maxout |x| never saturates and is not monotonic; its ReLU shape is', () => {
    const abs = curve('maxout');
    expect(abs.intervals).toEqual([]);
    expect(abs.monotonic).toBe(false);
    const relu = curve('maxout', { maxout: 'relu' });
    expect(relu.monotonic).toBe(true);
    expect(relu.intervals[0].zero).toBe(true);
  });

  it('the largest slope used for the threshold is never exceeded, and is reached on the range', () => {
    for (const fn of ['sigmoid', 'tanh', 'relu', 'leaky_relu', 'elu', 'softplus', 'softsign', 'maxout'] as const) {
      for (const extra of [{}, { alpha: 1.7 }, { maxout: 'three' as const }]) {
        const s = settings(fn, extra);
        const c = explorerCurve(compute, s);
        const biggest = Math.max(...Array.from(c.slopes, Math.abs));
        expect(c.sup).toBe(derivativeSup(fn, curveParams(s)));
        expect(biggest, fn).toBeLessThanOrEqual(c.sup * (1 + 1e-6));
        expect(biggest, fn).toBeGreaterThan(c.sup * 0.98);
      }
    }
  });

  it('the sampled grid covers the plotted range every 0.01', () => {
    const c = curve('tanh');
    expect(c.xs[0]).toBe(X_MIN);
    expect(c.xs[c.xs.length - 1]).toBe(X_MAX);
    expect(c.xs[1] - c.xs[0]).toBeCloseTo(0.01, 6);
  });

  it('bisection finds a boundary inside a sample step, even where the slope jumps', () => {
    const step = (x: number) => (x > 0.123 ? 1 : 0);
    const xs = [-1, 0, 1, 2];
    const got = saturatingIntervals(xs, xs.map(step), 0.5, step);
    expect(got).toHaveLength(1);
    expect(got[0].to).toBeCloseTo(0.123, 8);
    expect(got[0].openRight).toBe(false);
  });
});
