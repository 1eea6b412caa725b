/** The pooling stepper's model: settings it refuses, links it accepts, gradients it accumulates. */
import { beforeAll, describe, expect, it } from 'vitest';
import { maxPool2dGradient, poolingTrace, ready, tf } from '@/lib/compute';
import { checkSettings, inputGradient, stochasticView, upstreamGradient, viewFromTrace } from '@/components/widgets/PoolingStepper/model';
import { announcement } from '@/components/widgets/PoolingStepper/describe';
import { CLASSIC } from '@/components/widgets/PoolingStepper/presets';
import { DEFAULT_STATE, schema } from '@/components/widgets/PoolingStepper/state';
import { ISSUES } from '@/components/widgets/PoolingStepper/strings';
import { issuesText } from '@/components/widgets/shared/frame/issueStrings';

beforeAll(ready);

const settings = { mode: 'max' as const, kernel: 3, stride: 2, padding: 1 };

describe('PoolingStepper model', () => {
  it('explains padding over half the window and negative activations for stochastic pooling', () => {
    const tooMuch = checkSettings(CLASSIC, { ...settings, kernel: 2, padding: 2 });
    expect(tooMuch.ok).toBe(false);
    if (!tooMuch.ok) expect(tooMuch.error).toMatch(/more than half the 2×2 window.*PyTorch refuses/);
    const negative = { channels: 1, height: 2, width: 2, data: [1, -2, 0, 3] };
    expect(checkSettings(negative, { ...settings, kernel: 2, padding: 0 }).ok).toBe(true);
    const bad = checkSettings(negative, { ...settings, mode: 'stochastic', kernel: 2, padding: 0 });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error).toMatch(/−2 at row 1, column 2/);
  });

  it('sums the routes of every window into the input gradient tfjs computes for the whole map', () => {
    const check = checkSettings(CLASSIC, settings);
    if (!check.ok) throw new Error(check.error);
    const trace = poolingTrace({ input: CLASSIC.data, height: 4, width: 4, ...settings });
    const view = viewFromTrace(trace, check.geometry);
    for (const kind of ['ones', 'numbered'] as const) {
      const gy = upstreamGradient(kind, 4, 0);
      const want = tf.tidy(() =>
        Array.from(maxPool2dGradient(tf.tensor4d(CLASSIC.data as number[], [1, 1, 4, 4]), tf.tensor4d(Array.from(gy), [1, 1, 2, 2]), settings).dataSync()),
      );
      expect(Array.from(inputGradient(view, gy, 3))).toEqual(want);
    }
    // Window by window: after the first window only the 6 (index 5) has received anything.
    const first = inputGradient(view, upstreamGradient('numbered', 4, 0), 0);
    expect(Array.from(first).map((v, i) => (v ? i : -1)).filter((i) => i >= 0)).toEqual([5]);
    expect(upstreamGradient('current', 4, 2)).toEqual(Float64Array.from([0, 0, 1, 0]));
  });

  it('announces each window in words a screen reader can say', () => {
    const check = checkSettings(CLASSIC, { ...settings, kernel: 2, stride: 2, padding: 0 });
    if (!check.ok) throw new Error(check.error);
    const trace = poolingTrace({ input: CLASSIC.data, height: 4, width: 4, mode: 'avg', kernel: 2, stride: 2, padding: 0 });
    const view = viewFromTrace(trace, check.geometry);
    const opts = { backward: false, g: 1, countIncludePad: true, phase: 'train' as const };
    expect(announcement(view, CLASSIC, 1, opts)).toBe('Window at row 1, column 2: (2 + 4 + 7 + 8) ÷ 4 = 5.25');
    expect(announcement(view, CLASSIC, 1, { ...opts, backward: true })).toBe('Window at row 1, column 2: gradient 1 is split into 4 shares of 0.25');
    const sv = stochasticView(CLASSIC, check.geometry, { kernel: 2, stride: 2, padding: 0, seed: 5, phase: 'test' });
    expect(announcement(sv, CLASSIC, 0, { ...opts, phase: 'test' })).toMatch(/^Window at row 1, column 1: expectation Σ p·a = .* = 4\.85$/);
  });

  it('accepts a valid link, refuses a bad one with the reason, and reports bad MDX props', () => {
    expect(schema.parse({ mode: 'avg', kernel: 3, countIncludePad: false, seed: 7 })).toEqual({ state: { ...DEFAULT_STATE, mode: 'avg', kernel: 3, countIncludePad: false, seed: 7 }, issues: [] });
    const bad = schema.parse({ kernel: 7 });
    expect(bad.state).toEqual(DEFAULT_STATE);
    expect(bad.issues).toEqual([{ field: 'kernel', code: 'out-of-range', got: '7', min: 2, max: 3 }]);
    expect(issuesText(bad.issues, ISSUES)).toBe('kernel must be between 2 and 3 (got 7).');
    expect(schema.parse({ mode: 'median' }).issues).toMatchObject([{ field: 'mode', code: 'not-one-of' }]);
    const { state, issues } = schema.fromProps({ mode: 'median', stride: '1', customInput: [[1, 2], [3, 4], [5, 6]] });
    expect(state.mode).toBe('max');
    expect(state.stride).toBe(1);
    expect(issues.length).toBe(2);
  });
});
