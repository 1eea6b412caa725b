import { describe, expect, it } from 'vitest';
import { X_MAX, X_MIN, moveByKey, num } from '@/components/widgets/ActivationExplorer/model';
import { schema } from '@/components/widgets/ActivationExplorer/state';
import { S } from '@/components/widgets/ActivationExplorer/strings';
import { MAXOUT_PRESETS } from '@/lib/activations/maxout';

describe('ActivationExplorer', () => {
  it('moves the point with the keyboard, in steps of 0.1 and 1, and stops at the ends', () => {
    expect(moveByKey(1.5, 'ArrowRight', false)).toBe(1.6);
    expect(moveByKey(1.5, 'ArrowDown', false)).toBe(1.4);
    expect(moveByKey(1.5, 'ArrowLeft', true)).toBe(0.5);
    expect(moveByKey(1.5, 'PageUp', false)).toBe(2.5);
    expect(moveByKey(5.95, 'ArrowRight', false)).toBe(X_MAX);
    expect(moveByKey(0, 'Home', false)).toBe(X_MIN);
    expect(moveByKey(0, 'End', false)).toBe(X_MAX);
    expect(moveByKey(0, 'a', false)).toBeNull();
  });

  it('prints numbers with a typographic minus and no minus on a rounded zero', () => {
    expect(num(-0.8175)).toBe('\u22120.818');
    expect(num(-0.0001, 2)).toBe('\u22120.000100');
    expect(num(-0.0004, 3)).toBe('\u22120.000400');
    expect(num(0.149146)).toBe('0.149');
    expect(num(-1e-9 * 0)).toBe('0');
  });

  it('writes Maxout’s pieces into its formula', () => {
    expect(S.formula('maxout', 0.01, 1, MAXOUT_PRESETS.abs)[0]).toContain('\\max\\bigl(-x,\\ x\\bigr)');
    expect(S.formula('maxout', 0.01, 1, MAXOUT_PRESETS.three)[0]).toContain('-0.5x - 1,\\ 0.3x,\\ 1.5x - 2');
  });

  it('validates a shared link field by field', () => {
    expect(schema.parse({ fn: 'elu', x: -2, alpha: 1.5 })).toEqual({ state: { ...schema.defaults, fn: 'elu', x: -2, alpha: 1.5 }, issues: [] });
    for (const bad of [{ fn: 'gelu' }, { x: 7 }, { x: '1' }, { negativeSlope: -0.1 }, { alpha: 0 }, { maxout: 'square' }, null]) {
      const r = schema.parse(bad);
      expect(r.issues.length, JSON.stringify(bad)).toBeGreaterThan(0);
      expect(r.state, JSON.stringify(bad)).toEqual(schema.defaults);
    }
  });
});
