import { describe, expect, it } from 'vitest';
import { halfPlaneRegion, moveUnit, run } from '@/components/widgets/DyingRelu/model';
import { DEFAULT_STATE, schema } from '@/components/widgets/DyingRelu/state';
import { offUnits } from '@/lib/activations/dyingRelu';

describe('DyingRelu', () => {
  it('shades the part of the square where w·x + b > 0', () => {
    // x > 1 inside [−3.5, 3.5]²: a 2.5 × 7 rectangle.
    const region = halfPlaneRegion([1, 0], -1);
    const area = Math.abs(region.reduce((s, [x, y], i) => {
      const [x2, y2] = region[(i + 1) % region.length];
      return s + x * y2 - x2 * y;
    }, 0)) / 2;
    expect(area).toBeCloseTo(2.5 * 7, 9);
    expect(halfPlaneRegion([1, 1], -10)).toEqual([]);
    expect(halfPlaneRegion([0, 0], 1)).toHaveLength(4);
  });

  it('moves the chosen unit through the grid with arrow keys, staying inside it', () => {
    expect(moveUnit(0, 'ArrowRight', 4)).toBe(1);
    expect(moveUnit(5, 'ArrowDown', 4)).toBe(9);
    expect(moveUnit(5, 'ArrowUp', 8)).toBe(0);
    expect(moveUnit(15, 'ArrowRight', 4)).toBe(15);
    expect(moveUnit(3, 'End', 4)).toBe(15);
    expect(moveUnit(3, 'x', 4)).toBeNull();
  });

  it('counts at index 0 the units the disturbance switched off, and its ReLU count never falls', () => {
    const r = run(DEFAULT_STATE);
    expect(r.relu.off[0]).toBe(offUnits(r.relu.layers[0], r.task.inputs).filter(Boolean).length);
    r.relu.off.forEach((c, i) => i > 0 && expect(c).toBeGreaterThanOrEqual(r.relu.off[i - 1]));
  });

  it('validates a shared link', () => {
    const good = { seed: 3, kick: 'shift', shift: -2, slope: 0.3, steps: 100, view: 'leaky', unit: 4 };
    expect(schema.parse(good)).toEqual({ state: { ...DEFAULT_STATE, ...good }, issues: [] });
    for (const bad of [{ seed: 0 }, { seed: 1.5 }, { kick: 'push' }, { slope: 0.2 }, { steps: 501 }, { steps: 7.5 }, { unit: 16 }, { rate: 9 }, { view: 'elu' }]) {
      const r = schema.parse(bad);
      expect(r.issues.length, JSON.stringify(bad)).toBeGreaterThan(0);
      expect(r.state, JSON.stringify(bad)).toEqual(DEFAULT_STATE);
    }
  });
});
