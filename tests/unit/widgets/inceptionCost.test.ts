/** InceptionCost's state: validation of what a reader types and of a shared link, and what it evaluates. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, INCEPTION_3A, schema } from '@/components/widgets/InceptionCost/state';
import { evaluateFactorisation, evaluateModule } from '@/components/widgets/InceptionCost/evaluate';

describe('InceptionCost state', () => {
  it('starts on the naive CS231n module: 854,196,224 multiplies', () => {
    const r = evaluateModule(DEFAULT_STATE);
    if (!r.ok) throw new Error(r.error);
    expect(r.cost.macs).toBe(28 * 28 * 256 * (128 + 9 * 192 + 25 * 96));
    expect(r.reduced.macs).toBe(28 * 28 * (256 * (128 + 64 * 3) + 64 * 192 * 9 + 64 * 96 * 25));
  });

  it('explains impossible counts in place, naming the field', () => {
    const zero = evaluateModule({ ...DEFAULT_STATE, c5: 0 });
    expect(zero).toMatchObject({ ok: false, field: 'c5' });
    if (!zero.ok) expect(zero.error).toMatch(/at least 1 \(got 0\)/);
    const half = evaluateModule({ ...DEFAULT_STATE, cin: 2.5 });
    expect(half).toMatchObject({ ok: false, field: 'cin' });
    const empty = evaluateModule({ ...DEFAULT_STATE, h: Number.NaN });
    if (empty.ok) throw new Error('an empty field must not evaluate');
    expect(empty.error).toMatch(/empty/);
  });

  it('ignores a bad reduce field in naive mode, where it is hidden, but not with reductions', () => {
    expect(evaluateModule({ ...DEFAULT_STATE, c3r: 0, reduce: false }).ok).toBe(true);
    expect(evaluateModule({ ...DEFAULT_STATE, c3r: 0, reduce: true })).toMatchObject({ ok: false, field: 'c3r' });
  });

  it('warns when a "reduction" has at least as many channels as the input', () => {
    const r = evaluateModule({ ...INCEPTION_3A, reduce: true, n: 5, c5r: 192 });
    if (!r.ok) throw new Error(r.error);
    expect(r.warnings).toHaveLength(1);
    const fine = evaluateModule({ ...INCEPTION_3A, reduce: true, n: 5 });
    expect(fine.ok && fine.warnings).toEqual([]);
  });

  it('validates the factorisation size', () => {
    expect(evaluateFactorisation(0).ok).toBe(false);
    const r = evaluateFactorisation(7);
    expect(r.ok && [r.value.full, r.value.asymmetric]).toEqual([49, 14]);
  });

  it('validates shared links field by field', () => {
    expect(schema.parse({ cin: 192, reduce: true })).toEqual({ state: { ...DEFAULT_STATE, cin: 192, reduce: true }, issues: [] });
    expect(schema.parse({ cin: -3 }).issues).toMatchObject([{ field: 'cin', code: 'out-of-range' }]);
    expect(schema.parse({ c1: '64' }).issues).toMatchObject([{ field: 'c1', code: 'not-number' }]);
    expect(schema.parse({ reduce: 'yes' }).issues).toMatchObject([{ field: 'reduce', code: 'not-boolean' }]);
    expect(schema.parse([1, 2]).issues).toMatchObject([{ code: 'not-object' }]);
  });
});
