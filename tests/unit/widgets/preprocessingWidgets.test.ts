import { describe, expect, it } from 'vitest';
import { ellipse, frameFor, principalAxes, runPipeline } from '@/components/widgets/PreprocessingExplorer/model';
import { DEFAULT_STATE, PRESETS, schema as cloudSchema } from '@/components/widgets/PreprocessingExplorer/state';
import { num, tex } from '@/components/widgets/PreprocessingExplorer/format';
import { schema as meanSchema, shownImage, DEFAULT_STATE as MEAN_DEFAULT } from '@/components/widgets/MeanImageExplorer/state';
import { halves } from '@/components/widgets/MeanImageExplorer/model';
import { schema as saturationSchema } from '@/components/widgets/SigmoidSaturation/state';
import { issuesText } from '@/components/widgets/shared/frame/issueStrings';

describe('PreprocessingExplorer state', () => {
  it('accepts a valid link; a named preset brings its numbers unless the link overrides them', () => {
    expect(cloudSchema.parse({ preset: 'line', stage: 'whitened', epsilon: 0.001 })).toEqual({
      state: { ...DEFAULT_STATE, ...PRESETS.line, preset: 'line', stage: 'whitened', epsilon: 0.001 },
      issues: [],
    });
    expect(cloudSchema.parse({ preset: 'line', rho: 0.5 })).toMatchObject({ state: { rho: 0.5, sx: 2 }, issues: [] });
  });
  it.each([
    [[1, 2], /object/, { field: '', code: 'not-object' }],
    [{ rho: 1.5 }, /rho must be between -1 and 1/, { field: 'rho', code: 'out-of-range', min: -1, max: 1 }],
    [{ sx: 0 }, /sx must be between 0.1 and 20/, { field: 'sx', code: 'out-of-range', min: 0.1, max: 20 }],
    [{ epsilon: 0.5 }, /epsilon must be one of 0, 0.00001, 0.001, 0.1, 1/, { field: 'epsilon', code: 'not-one-of' }],
    [{ stage: 'pca' }, /stage must be one of raw, centred/, { field: 'stage', code: 'not-one-of' }],
    [{ n: 50 }, /n must be one of 20, 100, 400/, { field: 'n', code: 'not-one-of' }],
    [{ seed: 2.5 }, /seed/, { field: 'seed', code: 'not-whole' }],
    [{ showTest: 'yes' }, /showTest must be true or false/, { field: 'showTest', code: 'not-boolean' }],
    [{ preset: 'cats' }, /preset must be one of/, { field: 'preset', code: 'not-one-of' }],
  ])('rejects %j with a reason', (raw, message, issue) => {
    const r = cloudSchema.parse(raw);
    expect(r.state).toEqual(DEFAULT_STATE);
    expect(r.issues).toMatchObject([issue]);
    expect(issuesText(r.issues)).toMatch(message);
  });
  it('reports a bad prop and keeps the default', () => {
    const { state, issues } = cloudSchema.fromProps({ stage: 'rotated', preset: 'line' });
    expect(state.stage).toBe(DEFAULT_STATE.stage);
    expect(state.rho).toBe(PRESETS.line.rho);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ field: 'stage', code: 'not-one-of' });
  });
});

describe('PreprocessingExplorer drawing', () => {
  const p = runPipeline(DEFAULT_STATE);
  it('draws the covariance ellipse at two standard deviations: (p − μ)ᵀ Σ⁻¹ (p − μ) = 4', () => {
    for (const r of p.stages) {
      const { xx, xy, yy } = r.stats.cov;
      const det = xx * yy - xy * xy;
      for (const [x, y] of ellipse(r).filter((_, i) => i % 8 === 0)) {
        const dx = x - r.stats.mean[0];
        const dy = y - r.stats.mean[1];
        expect((yy * dx * dx - 2 * xy * dx * dy + xx * dy * dy) / det).toBeCloseTo(4, 8);
      }
      const [[, end]] = principalAxes(r);
      expect(Math.hypot(end[0] - r.stats.mean[0], end[1] - r.stats.mean[1])).toBeCloseTo(2 * Math.sqrt(r.stats.eigen.values[0]), 10);
    }
  });
  it('frames every point and the origin in a square', () => {
    const raw = p.stages[0].train;
    const f = frameFor([raw]);
    for (let i = 0; i < raw.xs.length; i++) {
      expect(Math.abs(raw.xs[i] - f.cx)).toBeLessThanOrEqual(f.half);
      expect(Math.abs(raw.ys[i] - f.cy)).toBeLessThanOrEqual(f.half);
    }
    expect(Math.abs(0 - f.cx)).toBeLessThanOrEqual(f.half);
  });
  it('prints rounding noise as 0 and small numbers in scientific form', () => {
    expect(num(-1.2e-16)).toBe('0');
    expect(num(-0.5)).toBe('−0.500');
    expect(num(0.00042)).toBe('4.2×10^-4');
    expect(tex(0.00042)).toBe('4.2 \\times 10^{-4}');
  });
});

describe('MeanImageExplorer state', () => {
  it('accepts a valid link and shows the held-out image for an index past the set', () => {
    expect(meanSchema.parse({ set: 'objects', count: 16, image: 3, seed: 9 })).toEqual({ state: { set: 'objects', count: 16, image: 3, seed: 9 }, issues: [] });
    expect(shownImage({ ...MEAN_DEFAULT, count: 4, image: 20 })).toBe(4);
  });
  it.each([
    [{ set: 'faces' }, /set must be one of landscapes, objects/, { field: 'set', code: 'not-one-of', options: ['landscapes', 'objects'] }],
    [{ count: 5 }, /count must be one of 4, 8, 16, 32/, { field: 'count', code: 'not-one-of', options: [4, 8, 16, 32] }],
    [{ image: -1 }, /image must be between 0 and 32/, { field: 'image', code: 'out-of-range', min: 0, max: 32 }],
    [{ seed: 0 }, /seed must be between 1 and/, { field: 'seed', code: 'out-of-range', min: 1 }],
  ])('rejects %j', (raw, message, issue) => {
    const r = meanSchema.parse(raw);
    expect(r.state).toEqual(MEAN_DEFAULT);
    expect(r.issues).toMatchObject([issue]);
    expect(issuesText(r.issues)).toMatch(message);
  });
  it('describes a picture by the mean colour of its halves', () => {
    const data = new Float64Array(16 * 16 * 3);
    for (let i = 0; i < data.length / 2; i++) data[i] = 200; // the top 8 rows
    const [top, bottom] = halves(data);
    expect(top).toEqual([200, 200, 200]);
    expect(bottom).toEqual([0, 0, 0]);
  });
});

describe('SigmoidSaturation state', () => {
  it('accepts a valid link', () => {
    expect(saturationSchema.parse({ mode: 'normalised', k: 16, logW: -1.5 })).toEqual({ state: { mode: 'normalised', k: 16, logW: -1.5 }, issues: [] });
  });
  it.each([
    [{ mode: 'scaled' }, /mode must be one of raw, unit, centred, normalised/, { field: 'mode', code: 'not-one-of' }],
    [{ k: 4 }, /k must be one of 1, 3, 5, 8, 16/, { field: 'k', code: 'not-one-of' }],
    [{ logW: 1 }, /logW must be between -4 and 0/, { field: 'logW', code: 'out-of-range', min: -4, max: 0 }],
    ['x', /object/, { field: '', code: 'not-object' }],
  ])('rejects %j', (raw, message, issue) => {
    const r = saturationSchema.parse(raw);
    expect(r.state).toEqual(saturationSchema.defaults);
    expect(r.issues).toMatchObject([issue]);
    expect(issuesText(r.issues)).toMatch(message);
  });
});
