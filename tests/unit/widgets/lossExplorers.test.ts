import { describe, expect, it } from 'vitest';
import { issuesText } from '@/components/widgets/shared/frame/issueStrings';
import { DEFAULT_STATE as CE_DEFAULT, lessonProps, presetLogits, schema as ceSchema, stateError, type CrossEntropyState } from '@/components/widgets/LossExplorer/CrossEntropyExplorer/state';
import { ISSUES as CE_ISSUES, S as CE_S } from '@/components/widgets/LossExplorer/CrossEntropyExplorer/strings';
import { curveRange, formatValue, stepLogit, texValue } from '@/components/widgets/LossExplorer/CrossEntropyExplorer/model';
import { clampError, errorAfterKey, schema as regressionSchema } from '@/components/widgets/LossExplorer/RegressionLossExplorer/state';
import { nextSeed, schema as regularisationSchema } from '@/components/widgets/LossExplorer/RegularisationExplorer/state';
import { fitsAt, formatNumber, problemFor, symlog } from '@/components/widgets/LossExplorer/RegularisationExplorer/model';

/** The in-place message for the first unusable logit, as the widget words it. */
const worded = (state: CrossEntropyState) => {
  const p = stateError(state);
  return p && { index: p.index, error: CE_S.logitError(CE_S.classNames[p.index], p) };
};

describe('CrossEntropyExplorer state', () => {
  it('accepts a valid link and pads the logits to ten', () => {
    const r = ceSchema.parse({ classes: 3, logits: [1, 1000, -2], target: 2 });
    expect(r).toEqual({ issues: [], state: { classes: 3, logits: [1, 1000, -2, 0, 0, 0, 0, 0, 0, 0], target: 2 } });
  });
  it.each([
    [null, /object/],
    [{ classes: 2 }, /3 to 10/],
    [{ classes: 11 }, /3 to 10/],
    [{ classes: 3, target: 3 }, /0 to 2/],
    [{ target: -1 }, /0 to 3/],
    [{ logits: [1, 'a'] }, /list of up to 10 numbers/],
    [{ logits: [1e5] }, /10,000/],
    [{ logits: new Array(11).fill(0) }, /up to 10/],
  ])('rejects %o', (raw, message) => {
    const r = ceSchema.parse(raw);
    expect(r.issues).not.toEqual([]);
    expect(r.state).toEqual(CE_DEFAULT);
    expect(issuesText(r.issues, CE_ISSUES)).toMatch(message);
  });
  it('fewer classes than the default true class moves the truth to class 0', () => {
    expect(ceSchema.parse({ classes: 3 })).toEqual({ issues: [], state: { ...CE_DEFAULT, classes: 3, target: 0 } });
  });
  it('a link may carry an empty logit (null), as Copy link writes one', () => {
    const logits = [...CE_DEFAULT.logits];
    logits[1] = Number.NaN;
    const again = ceSchema.parse(JSON.parse(JSON.stringify({ ...CE_DEFAULT, logits })));
    expect(again.issues).toEqual([]);
    expect(Number.isNaN(again.state.logits[1])).toBe(true);
  });
  it('lesson props: the number of classes is the number of logits written', () => {
    expect(ceSchema.fromProps(lessonProps({ logits: [1, 2, 3], target: 2 }))).toEqual({ issues: [], state: { classes: 3, logits: [1, 2, 3, 0, 0, 0, 0, 0, 0, 0], target: 2 } });
    expect(ceSchema.fromProps(lessonProps({})).state).toEqual(CE_DEFAULT);
  });
  it('names the class whose logit is empty or too large, in place', () => {
    expect(stateError(CE_DEFAULT)).toBeNull();
    const logits = [...CE_DEFAULT.logits];
    logits[1] = Number.NaN;
    expect(worded({ ...CE_DEFAULT, logits })).toEqual({ index: 1, error: expect.stringMatching(/car is empty/) });
    logits[1] = 20000;
    expect(worded({ ...CE_DEFAULT, logits })?.error).toMatch(/car must be between/);
    // A bad logit beyond the classes shown does not matter.
    expect(stateError({ ...CE_DEFAULT, classes: 4, logits: [...CE_DEFAULT.logits.slice(0, 4), Number.NaN, 0, 0, 0, 0, 0] })).toBeNull();
  });
  it('presets: a huge logit on a wrong class, confident right and wrong, all equal', () => {
    expect(presetLogits('huge', 4, 3).slice(0, 4)).toEqual([1000, 0, 0, 0]);
    expect(presetLogits('right', 4, 3).slice(0, 4)).toEqual([0, 0, 0, 5]);
    expect(presetLogits('wrong', 4, 1).slice(0, 4)).toEqual([0, 0, 5, 0]);
    expect(new Set(presetLogits('uniform', 10, 0))).toEqual(new Set([0]));
  });
  it('the loss curve spans 8 either side of the others’ log-sum-exp, and includes the current logit', () => {
    // others 0, 0: log-sum-exp = log 2 ≈ 0.69 → [−7.3, 8.7] → [−8, 9]
    expect(curveRange([0, 0, 5], 2, 5)).toEqual([-8, 9]);
    expect(curveRange([0, 0, 1000], 2, 1000)).toEqual([-8, 1000]);
  });
  it('keys move the true logit by 0.1 (Shift: 1) without drifting', () => {
    expect(stepLogit(1.5, 'ArrowRight', false)).toBe(1.6);
    expect(stepLogit(0.3, 'ArrowLeft', false)).toBe(0.2);
    expect(stepLogit(1.5, 'ArrowUp', true)).toBe(2.5);
    expect(stepLogit(1.5, 'a', false)).toBeNull();
  });
  it('formats probabilities: decimals, powers of ten for tiny values, NaN and infinity', () => {
    expect(formatValue(0.1192)).toBe('0.119');
    expect(formatValue(-0.677)).toBe('−0.677');
    expect(formatValue(-0)).toBe('0.000');
    expect(formatValue(2.1e-5)).toBe('2.1×10⁻⁵');
    expect(formatValue(Number.NaN)).toBe('NaN');
    expect(formatValue(Infinity)).toBe('∞');
    expect(formatValue(998.5)).toBe('998.500');
    expect(formatValue(1234.56)).toBe('1234.6');
    expect(texValue(2.1e-5)).toBe('2.1 \\times 10^{-5}');
  });
});

describe('RegressionLossExplorer state', () => {
  it('accepts β and error in range, rejects the rest', () => {
    expect(regressionSchema.parse({ beta: 0, error: -3 })).toEqual({ issues: [], state: { beta: 0, error: -3 } });
    for (const raw of [{ beta: -0.1 }, { beta: 2.5 }, { error: 4 }, { error: 'x' }, { beta: Number.NaN }, []]) {
      expect(regressionSchema.parse(raw).issues).not.toEqual([]);
    }
  });
  it('arrow keys move the error by 0.05 (Shift 0.5), Home and End go to ±3, and it stays on the axis', () => {
    expect(errorAfterKey(2, 'ArrowRight', false)).toBe(2.05);
    expect(errorAfterKey(0.1, 'ArrowLeft', false)).toBe(0.05);
    expect(errorAfterKey(2.9, 'ArrowRight', true)).toBe(3);
    expect(errorAfterKey(0, 'Home', false)).toBe(-3);
    expect(errorAfterKey(0, 'End', false)).toBe(3);
    expect(errorAfterKey(0, 'x', false)).toBeNull();
    expect(clampError(-7)).toBe(-3);
  });
});

describe('RegularisationExplorer', () => {
  it('state: λ on the slider grid, whole seeds, a boolean toggle', () => {
    expect(regularisationSchema.parse({ logLambda: -2.34, seed: 12, showUnregularised: false })).toEqual({ issues: [], state: { logLambda: -2.3, seed: 12, showUnregularised: false } });
    for (const raw of [{ logLambda: -8 }, { logLambda: 2 }, { seed: 0 }, { seed: 1.5 }, { seed: 10000 }, { showUnregularised: 'yes' }, 'x']) {
      expect(regularisationSchema.parse(raw).issues).not.toEqual([]);
    }
    expect(nextSeed(9999)).toBe(1);
    expect(nextSeed(3)).toBe(4);
  });
  it('structural risk is the sum shown, for both penalties', () => {
    const fits = fitsAt(problemFor(3), 0.01);
    for (const f of [fits.l1, fits.l2]) expect(f.risks.structural).toBeCloseTo(f.risks.empirical + 0.01 * f.risks.penalty, 12);
  });
  it('a slider update (both fits, risks, curves) takes well under 50 ms', () => {
    const problem = problemFor(3);
    const t0 = performance.now();
    for (let i = 0; i <= 80; i++) fitsAt(problem, 10 ** (-7 + i / 10));
    expect((performance.now() - t0) / 81).toBeLessThan(10);
  });
  it('symmetric log scale and number format', () => {
    expect(symlog(0)).toBe(0);
    expect(symlog(-0.9)).toBeCloseTo(-1, 12);
    expect(symlog(99.9)).toBeCloseTo(3, 12);
    expect(formatNumber(0.0365123)).toBe('0.0365');
    expect(formatNumber(12353.2)).toBe('12353');
    expect(formatNumber(1.1e-7)).toBe('1.1×10⁻⁷');
    expect(formatNumber(8.8e-22)).toBe('≈ 0');
  });
});
