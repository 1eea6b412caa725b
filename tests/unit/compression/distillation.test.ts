import { describe, expect, it } from 'vitest';
import { crossEntropy, distillationLoss, entropyBits, softenedProbabilities } from '@/lib/compression/distillation';

describe('soft targets and the distillation loss', () => {
  it('softmax at T: two logits give the logistic of their difference over T', () => {
    // p1 = 1 / (1 + e^{-(z1 - z2)/T})
    const [p1] = softenedProbabilities([2, 0], 4);
    expect(p1).toBeCloseTo(1 / (1 + Math.exp(-0.5)), 12);
  });

  it('a higher temperature flattens the distribution (entropy rises towards log2 n)', () => {
    const z = [6, 2, 1, 0, -1];
    const h = [1, 2, 5, 20, 1000].map((t) => entropyBits(softenedProbabilities(z, t)));
    for (let i = 1; i < h.length; i++) expect(h[i]).toBeGreaterThan(h[i - 1]);
    expect(h.at(-1)).toBeCloseTo(Math.log2(5), 3);
  });

  it('equals α T² CE(soft) + (1 − α) CE(hard) against a closed form for two classes', () => {
    const T = 3;
    const alpha = 0.7;
    const s = [1, -1];
    const t = [3, 0];
    // Two classes: p = σ((a − b)/T). CE(pt, ps) = −pt log ps − (1 − pt) log(1 − ps).
    const sig = (x: number) => 1 / (1 + Math.exp(-x));
    const pt = sig(3 / T);
    const ps = sig(2 / T);
    const soft = -pt * Math.log(ps) - (1 - pt) * Math.log(1 - ps);
    const hard = -Math.log(sig(2)); // label 0, T = 1
    expect(distillationLoss(s, t, 0, T, alpha)).toBeCloseTo(alpha * T * T * soft + (1 - alpha) * hard, 12);
  });

  it('α = 0 is plain cross-entropy with the label; α = 1 ignores the label', () => {
    const s = [0.5, 2, -1];
    expect(distillationLoss(s, [9, 0, 0], 1, 4, 0)).toBeCloseTo(-Math.log(softenedProbabilities(s, 1)[1]), 12);
    expect(distillationLoss(s, [9, 0, 0], 0, 4, 1)).toBe(distillationLoss(s, [9, 0, 0], 2, 4, 1));
  });

  it('the soft term is smallest when the student copies the teacher (Gibbs)', () => {
    const t = [2, 1, 0.1];
    const pT = softenedProbabilities(t, 2);
    const self = crossEntropy(pT, pT);
    expect(crossEntropy(pT, softenedProbabilities([1, 2, 0.1], 2))).toBeGreaterThan(self);
    expect(() => softenedProbabilities(t, 0)).toThrow(/temperature/);
  });
});
