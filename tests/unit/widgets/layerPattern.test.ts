import { describe, expect, it } from 'vitest';
import { evaluatePattern, expandPattern, fcShare, patternString, poolsThatFit } from '@/components/widgets/LayerPattern/expand';
import { DEFAULT_STATE, schema } from '@/components/widgets/LayerPattern/state';
import { ISSUES } from '@/components/widgets/LayerPattern/strings';
import { issuesText } from '@/components/widgets/shared/frame/issueStrings';
import { shapeLabel } from '@/lib/nn/layerStack';

describe('LayerPattern expansion', () => {
  it('writes the pattern with the current N, M, K', () => {
    expect(patternString(DEFAULT_STATE)).toBe('INPUT → [[CONV → RELU]×2 → POOL]×3 → [FC → RELU]×1 → FC');
    expect(patternString({ ...DEFAULT_STATE, pool: false, k: 0 })).toBe('INPUT → [[CONV → RELU]×2]×3 → FC');
  });
  it('expands to M·(2N + pool) + 1 + 2K + 1 layers', () => {
    expect(expandPattern(DEFAULT_STATE, 10)).toHaveLength(3 * 5 + 1 + 2 + 1);
    expect(expandPattern({ ...DEFAULT_STATE, n: 1, m: 1, pool: false, k: 0 }, 10).map((l) => l.kind)).toEqual(['conv', 'relu', 'flatten', 'fc']);
  });
  it('32×32×3, N=2, M=3, pool, K=1: shapes halve per stage, kernels double, parameters add up', () => {
    const { stack } = evaluatePattern(DEFAULT_STATE, 10);
    expect(stack.ok).toBe(true);
    if (!stack.ok) return;
    const pools = stack.layers.filter((l) => l.layer.kind === 'pool').map((l) => shapeLabel(l.outShape));
    expect(pools).toEqual(['16×16×16', '8×8×32', '4×4×64']);
    const convParams = stack.layers.filter((l) => l.layer.kind === 'conv').map((l) => l.params);
    expect(convParams).toEqual([448, 2_320, 4_640, 9_248, 18_496, 36_928]);
    expect(stack.output).toEqual([10]);
    expect(stack.totals.params).toBe(448 + 2_320 + 4_640 + 9_248 + 18_496 + 36_928 + (1024 * 256 + 256) + (256 * 10 + 10));
    expect(fcShare(stack)).toBeCloseTo((262_400 + 2_570) / stack.totals.params, 10);
  });
  it('marks odd sizes that a pool floors', () => {
    const { stack } = evaluatePattern({ ...DEFAULT_STATE, side: 28, channels: 1, m: 3 }, 10);
    const pools = stack.layers.filter((l) => l.layer.kind === 'pool');
    expect(pools.map((l) => [shapeLabel(l.outShape), l.exact])).toEqual([['14×14×16', true], ['7×7×32', true], ['3×3×64', false]]);
  });
  it('explains too many pools for the input', () => {
    expect([poolsThatFit(1), poolsThatFit(8), poolsThatFit(28), poolsThatFit(32)]).toEqual([0, 3, 4, 5]);
    const r = evaluatePattern({ ...DEFAULT_STATE, side: 8, m: 4 }, 10);
    expect(r.stack.ok).toBe(false);
    expect(r.maxPools).toBe(3);
    if (!r.stack.ok) expect(r.layers[r.stack.failedAt].kind).toBe('pool');
  });
  it('without pooling any input size works', () => {
    expect(evaluatePattern({ ...DEFAULT_STATE, side: 2, m: 4, pool: false }, 10).stack.ok).toBe(true);
  });
});

describe('LayerPattern shared-state parser', () => {
  it('accepts a valid partial state', () => {
    expect(schema.parse({ n: 3, pool: false })).toEqual({ state: { ...DEFAULT_STATE, n: 3, pool: false }, issues: [] });
    expect(schema.parse(DEFAULT_STATE)).toEqual({ state: DEFAULT_STATE, issues: [] });
  });
  it.each([
    [null, /object/],
    [{ n: 4 }, /between 1 and 3/],
    [{ m: 0 }, /between 1 and 4/],
    [{ k: -1 }, /between 0 and 2/],
    [{ k: 1.5 }, /whole number/],
    [{ side: '32' }, /Input side \(pixels\) must be a number from 1 to 512 \(got "32"\)/],
    [{ pool: 1 }, /pool must be true or false/],
    [{ base: 10_000 }, /between 1 and 512/],
  ])('rejects %o', (raw, message) => {
    // A refused link leaves the state as it was and says why, in the words the widget shows.
    const r = schema.parse(raw);
    expect(r.state).toEqual(DEFAULT_STATE);
    expect(r.issues).not.toEqual([]);
    expect(issuesText(r.issues, ISSUES)).toMatch(message);
  });
});
