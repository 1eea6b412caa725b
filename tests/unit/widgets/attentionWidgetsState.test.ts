import { describe, expect, it } from 'vitest';
import { issuesText } from '@/components/widgets/shared/frame/issueStrings';
import { schema as se, DEFAULT_STATE as SE_DEFAULT } from '@/components/widgets/SqueezeExcite/state';
import { ISSUES as SE_ISSUES } from '@/components/widgets/SqueezeExcite/strings';
import { schema as am, DEFAULT_STATE as AM_DEFAULT } from '@/components/widgets/AttentionMasks/state';
import { ISSUES as AM_ISSUES } from '@/components/widgets/AttentionMasks/strings';
import { heatFinding } from '@/components/widgets/SqueezeExcite/model';
import { readable, stacked } from '@/components/widgets/AttentionMasks/model';

describe('SqueezeExcite shared-link state', () => {
  it('accepts its own defaults and a valid link', () => {
    expect(se.parse(SE_DEFAULT)).toEqual({ state: SE_DEFAULT, issues: [] });
    const overrides = [0.5, ...new Array(15).fill(null)];
    expect(se.parse({ image: 999, mode: 'hard', k: 16, overrides })).toEqual({ state: { ...SE_DEFAULT, image: 999, mode: 'hard', k: 16, overrides }, issues: [] });
  });
  it('rejects out-of-range, fractional and unknown values with a reason', () => {
    for (const bad of [{ image: 1000 }, { image: 1.5 }, { channel: 16 }, { k: 0 }, { mode: 'sometimes' }, { heat: 'hot' }, { overrides: [1] }, { overrides: new Array(16).fill(1.2) }, null, [1]]) {
      const r = se.parse(bad);
      expect(r.issues.length, JSON.stringify(bad)).toBeGreaterThan(0);
      expect(r.state, JSON.stringify(bad)).toEqual(SE_DEFAULT);
      expect(issuesText(r.issues, SE_ISSUES).length).toBeGreaterThan(10);
    }
    for (const overrides of [[2], new Array(16).fill(1.2)]) expect(issuesText(se.parse({ overrides }).issues, SE_ISSUES)).toMatch(/^The channel overrides must be a list of 16 entries, each empty or a weight from 0 to 1 \(got \[/);
  });
});

describe('AttentionMasks shared-link state', () => {
  it('accepts its defaults and fractions in twentieths only', () => {
    expect(am.parse(AM_DEFAULT)).toEqual({ state: AM_DEFAULT, issues: [] });
    expect(am.parse({ fraction: 0.05, view: -1, mode: 'hard' }).issues).toEqual([]);
    for (const bad of [{ fraction: 0 }, { fraction: 0.33 }, { fraction: 1.05 }, { view: -2 }, { view: 16 }, { stack: 0 }, { stack: 51 }, { mode: 'soft' }]) {
      expect(am.parse(bad).issues.length, JSON.stringify(bad)).toBeGreaterThan(0);
    }
    expect(issuesText(am.parse({ fraction: 0.33 }).issues, AM_ISSUES)).toBe('Share of positions a hard mask keeps: must be one of 0.05, 0.10, … 1 (got 0.33).');
  });
  it('reads the lesson’s props, text included, and reports a bad one', () => {
    expect(am.fromProps({ image: 0, fraction: '0.5' })).toEqual({ state: { ...AM_DEFAULT, fraction: 0.5 }, issues: [] });
    expect(am.fromProps({ mode: 'soft' })).toMatchObject({ state: AM_DEFAULT, issues: [{ field: 'mode', code: 'not-one-of' }] });
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
