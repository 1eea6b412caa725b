import { describe, expect, it } from 'vitest';
import { imageSet } from '@/lib/preprocessing/imageSet';
import { perChannelMean, perChannelStd } from '@/lib/preprocessing/meanSubtraction';
import {
  histogram,
  histogramRange,
  prepareInputs,
  samplePatches,
  saturationThreshold,
  sigmoidSlope,
  summarize,
  unitPreActivations,
} from '@/lib/preprocessing/saturation';
import { logistic, twoSidedTail } from './reference';

const images = imageSet('landscapes', 16, 1);
const mean = perChannelMean(images);
const std = perChannelStd(images, mean);

describe('the saturation threshold', () => {
  it('is where the slope falls to 5 % of 1/4, found by bisection on the logistic', () => {
    const slope = (z: number) => logistic(z) * (1 - logistic(z));
    let lo = 0;
    let hi = 20;
    for (let i = 0; i < 200; i++) {
      const mid = (lo + hi) / 2;
      if (slope(mid) > 0.05 * 0.25) lo = mid;
      else hi = mid;
    }
    expect(saturationThreshold()).toBeCloseTo(lo, 10);
    expect(saturationThreshold().toFixed(2)).toBe('4.36');
    expect(sigmoidSlope(0)).toBe(0.25);
  });
});

describe('a neuron with random weights on patches', () => {
  const k = 5;
  const d = k * k * 3;
  const raw = samplePatches(images, k, 192, 1);

  it('prepares inputs four ways with the training statistics', () => {
    const all = Float64Array.from(images.flatMap((img) => [...img.data]));
    const norm = prepareInputs(all, 'normalised', mean, std);
    for (let c = 0; c < 3; c++) {
      let s = 0;
      let sq = 0;
      const n = all.length / 3;
      for (let i = c; i < all.length; i += 3) {
        s += norm[i];
        sq += norm[i] ** 2;
      }
      expect(s / n).toBeCloseTo(0, 10);
      expect(sq / n).toBeCloseTo(1, 10);
    }
    expect(prepareInputs(Float64Array.of(255, 0, 51), 'unit', mean, std)).toEqual(Float64Array.of(1, 0, 0.2));
    expect(prepareInputs(Float64Array.of(200, 200, 200), 'centred', mean, std)[1]).toBeCloseTo(200 - mean[1], 12);
  });

  it('saturates as often as the normal distribution of z given each patch predicts', () => {
    // Given a patch x, z = w·x with w ~ N(0, σw² I) is N(0, σw² |x|²): average that tail over the
    // patches. Raw patches are nearly parallel, so the neurons, not the patches, are the samples:
    // 2,000 of them keep the sampling error near 0.01.
    const sw = 0.01;
    for (const mode of ['raw', 'centred', 'normalised'] as const) {
      const x = prepareInputs(raw, mode, mean, std);
      let expected = 0;
      for (let p = 0; p < 192; p++) {
        let sq = 0;
        for (let i = 0; i < d; i++) sq += x[p * d + i] ** 2;
        expected += twoSidedTail(saturationThreshold(), sw * Math.sqrt(sq)) / 192;
      }
      const got = summarize(unitPreActivations(x, d, 2000, 1), sw).saturated;
      expect(Math.abs(got - expected), `${mode}: measured ${got}, predicted ${expected}`).toBeLessThan(0.03);
    }
  });

  it('raw pixels saturate most of the units, normalised ones almost none', () => {
    const z = (mode: 'raw' | 'unit' | 'centred' | 'normalised') => unitPreActivations(prepareInputs(raw, mode, mean, std), d, 32, 1);
    const sat = (mode: 'raw' | 'unit' | 'centred' | 'normalised') => summarize(z(mode), 0.01).saturated;
    expect(sat('raw')).toBeGreaterThan(0.5);
    expect(sat('centred')).toBeGreaterThan(0.2);
    expect(sat('unit')).toBe(0);
    expect(sat('normalised')).toBe(0);
  });

  it('scales linearly with σw, so the slider only rescales', () => {
    const z = unitPreActivations(prepareInputs(raw, 'normalised', mean, std), d, 32, 1);
    expect(summarize(z, 0.02).rms).toBeCloseTo(2 * summarize(z, 0.01).rms, 12);
    let sq = 0;
    for (const v of z) sq += (v * 0.01) ** 2;
    expect(summarize(z, 0.01).rms).toBeCloseTo(Math.sqrt(sq / z.length), 12);
    let slope = 0;
    for (const v of z) slope += (logistic(v * 0.01) * (1 - logistic(v * 0.01))) / 0.25;
    expect(summarize(z, 0.01).meanRelativeSlope).toBeCloseTo(slope / z.length, 12);
  });

  it('histograms every value once, over a range that shows the threshold', () => {
    const z = unitPreActivations(prepareInputs(raw, 'raw', mean, std), d, 32, 1);
    const range = histogramRange(z, 0.01, saturationThreshold());
    expect(range).toBeGreaterThan(saturationThreshold());
    const counts = histogram(z, 0.01, range, 41);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(z.length);
    expect(histogram(Float64Array.of(-1, 0, 1), 1, 1.5, 3)).toEqual([1, 1, 1]);
  });
});
