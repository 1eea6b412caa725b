import { describe, expect, it } from 'vitest';
import { parseSqueezeExciteState, DEFAULT_STATE as SE_DEFAULT } from '@/components/widgets/SqueezeExcite/state';
import { parseAttentionMasksState, DEFAULT_STATE as AM_DEFAULT } from '@/components/widgets/AttentionMasks/state';
import { heatFinding } from '@/components/widgets/SqueezeExcite/model';
import { readable, stacked } from '@/components/widgets/AttentionMasks/model';

describe('SqueezeExcite shared-link state', () => {
  it('accepts its own defaults and a valid link', () => {
    expect(parseSqueezeExciteState(SE_DEFAULT)).toEqual({ ok: true, value: SE_DEFAULT });
    const overrides = [0.5, ...new Array(15).fill(null)];
    expect(parseSqueezeExciteState({ image: 999, mode: 'hard', k: 16, overrides })).toEqual({ ok: true, value: { image: 999, mode: 'hard', k: 16, overrides } });
  });
  it('rejects out-of-range, fractional and unknown values with a reason', () => {
    for (const bad of [{ image: 1000 }, { image: 1.5 }, { channel: 16 }, { k: 0 }, { mode: 'sometimes' }, { heat: 'hot' }, { overrides: [1] }, { overrides: new Array(16).fill(1.2) }, null, [1]]) {
      const r = parseSqueezeExciteState(bad);
      expect(r.ok, JSON.stringify(bad)).toBe(false);
      if (!r.ok) expect(r.error.length).toBeGreaterThan(10);
    }
  });
});

describe('AttentionMasks shared-link state', () => {
  it('accepts its defaults and fractions in twentieths only', () => {
    expect(parseAttentionMasksState(AM_DEFAULT)).toEqual({ ok: true, value: AM_DEFAULT });
    expect(parseAttentionMasksState({ fraction: 0.05, view: -1, mode: 'hard' }).ok).toBe(true);
    for (const bad of [{ fraction: 0 }, { fraction: 0.33 }, { fraction: 1.05 }, { view: -2 }, { view: 16 }, { stack: 0 }, { stack: 51 }, { mode: 'soft' }]) {
      expect(parseAttentionMasksState(bad).ok, JSON.stringify(bad)).toBe(false);
    }
  });
});

describe('widget arithmetic', () => {
  it('heatFinding names the channel whose class means differ most', () => {
    const mean = [
      [0.5, 0.9, 0.1],
      [0.6, 0.9, 0.4],
      [0.55, 0.9, 0.2],
    ];
    expect(heatFinding(mean)).toMatchObject({ channel: 2, hi: 1, lo: 0, hiValue: 0.4, loValue: 0.1 });
    expect(heatFinding(mean).spread).toBeCloseTo(0.3, 12);
    expect(heatFinding(mean).avgMax).toBeCloseTo(0.9, 12);
  });
  it('stacking: 0.5 over 10 modules is 1/1024; readable switches to powers of ten', () => {
    expect(stacked(0.5, 10)).toBe(1 / 1024);
    expect(readable(0.5)).toBe('0.50');
    expect(readable(1 / 1024)).toBe('9.8 × 10⁻⁴');
    expect(readable(190.85)).toBe('190.85');
    expect(readable(123456)).toBe('1.2 × 10⁵');
  });
});
