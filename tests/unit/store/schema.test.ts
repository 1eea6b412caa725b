import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bool, custom, defineSchema, describe as describeValue, int, list, num, oneOf, text } from '@/lib/store/schema';
import { wordIssue } from '@/components/widgets/shared/frame/issueStrings';
import { anyState, anyValue } from './arbitraryLinks';

const schema = defineSchema(
  {
    mode: oneOf(['gray', 'rgb'] as const, 'gray', { grey: 'gray', colour: 'rgb' }),
    stride: int(1, 3, 1),
    rate: num(0, 1, 0.5),
    on: bool(false),
    seed: text(20, 'abc'),
    bias: list(num(-10, 10, 0), { min: 1, max: 4 }, [0]),
    kernels: int(1, 4, 1),
    cells: list(custom<string>('0', (v) => (typeof v === 'string' || typeof v === 'number' ? { value: String(v) } : { reason: 'not-a-cell' })), [4, 9], ['0', '0', '0', '0']),
  },
  {
    check: (s, given) => (given.has('kernels') && s.mode === 'gray' && s.kernels > 1 ? [{ field: 'kernels', code: 'invalid', detail: 'gray-one-kernel' }] : []),
    normalize: (s) => (s.bias.length < s.kernels ? { ...s, bias: [...s.bias, ...Array(s.kernels - s.bias.length).fill(0)] } : s),
  },
);

describe('lib/store/schema', () => {
  it('reads each kind of field and reports what it refuses with a code', () => {
    expect(schema.parse({ stride: 2, mode: 'colour', bias: 3 }).state).toMatchObject({ stride: 2, mode: 'rgb', bias: [3] });
    expect(schema.parse({ stride: 2.5 }).issues).toEqual([{ field: 'stride', code: 'not-whole', got: '2.5', min: 1, max: 3 }]);
    expect(schema.parse({ stride: 9 }).issues[0].code).toBe('out-of-range');
    expect(schema.parse({ stride: '2' }).issues[0]).toMatchObject({ code: 'not-number', got: '"2"' });
    expect(schema.parse({ rate: Number.NaN }).issues[0].code).toBe('not-number');
    expect(schema.parse({ mode: 'cmyk' }).issues[0]).toMatchObject({ code: 'not-one-of', options: ['gray', 'rgb'] });
    expect(schema.parse({ on: 'yes' }).issues[0].code).toBe('not-boolean');
    expect(schema.parse({ seed: 'x'.repeat(21) }).issues[0].code).toBe('not-text');
    expect(schema.parse({ bias: [1, 2, 3, 4, 5] }).issues[0]).toMatchObject({ code: 'bad-list', got: '5 entries' });
    expect(schema.parse({ bias: [1, 20] }).issues[0]).toMatchObject({ code: 'bad-item', index: 1, detail: 'out-of-range' });
    expect(schema.parse({ cells: ['1', 2, '3', null] }).issues[0]).toMatchObject({ code: 'bad-item', index: 3, detail: 'not-a-cell' });
    expect(schema.parse([1, 2]).issues).toEqual([{ field: '', code: 'not-object', got: '[1,2]' }]);
  });

  it('refuses a whole link when one field is bad, and keeps the state it had', () => {
    const base = { ...schema.defaults, stride: 3 };
    const r = schema.parse({ stride: 2, rate: 7 }, base);
    expect(r.state).toBe(base);
    expect(r.issues.map((i) => i.field)).toEqual(['rate']);
  });

  it('checks across fields and repairs what separate fields leave', () => {
    expect(schema.parse({ kernels: 3 }).issues).toEqual([{ field: 'kernels', code: 'invalid', detail: 'gray-one-kernel' }]);
    expect(schema.parse({ mode: 'rgb', kernels: 3 }).state.bias).toEqual([0, 0, 0]);
  });

  it('takes MDX props as text, and replaces each bad prop by its default', () => {
    const r = schema.fromProps({ stride: '2', rate: '0.25', on: 'true', mode: 'grey', kernels: 'many' });
    expect(r.state).toMatchObject({ stride: 2, rate: 0.25, on: true, mode: 'gray', kernels: 1 });
    expect(r.issues).toEqual([{ field: 'kernels', code: 'not-number', got: '"many"', min: 1, max: 4 }]);
    // A cross-field problem in props resets the field it names.
    expect(schema.fromProps({ kernels: 3 }).state.kernels).toBe(1);
  });

  it('ignores keys it does not declare, prototype names included', () => {
    const raw = JSON.parse('{"__proto__": {"stride": 3}, "constructor": 1, "toString": 2, "__defineGetter__": 3, "stride": 2}');
    expect(schema.parse(raw)).toEqual({ state: { ...schema.defaults, stride: 2 }, issues: [] });
    expect(({} as Record<string, unknown>).stride).toBeUndefined();
  });

  it('is total: any value gives a valid state that reads back as itself', () => {
    fc.assert(
      fc.property(anyState(Object.keys(schema.fields)), (raw) => {
        for (const r of [schema.parse(raw), schema.fromProps(raw as Record<string, unknown>)]) {
          const again = schema.parse(JSON.parse(JSON.stringify(r.state)));
          expect(again).toEqual({ state: r.state, issues: [] });
          for (const issue of r.issues) expect(wordIssue(issue)).not.toMatch(/undefined|\[object/);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('shows back what it refused, short and as text', () => {
    fc.assert(
      fc.property(anyValue, (v) => {
        const d = describeValue(v);
        expect(typeof d).toBe('string');
        expect(d.length).toBeLessThanOrEqual(40);
      }),
    );
    expect(describeValue('<script>')).toBe('"<script>"');
  });

  it('words the codes: numbers with separators, lists and entries', () => {
    const label = (f: string) => ({ stride: 'Stride', bias: 'Bias' })[f] ?? f;
    expect(wordIssue(schema.parse({ stride: 0 }).issues[0], label)).toBe('Stride must be between 1 and 3 (got 0).');
    expect(wordIssue(schema.parse({ bias: [0, 11] }).issues[0], label)).toBe('Bias, entry 2: must be between -10 and 10 (got 11).');
    expect(wordIssue({ field: 'classes', code: 'out-of-range', min: 1, max: 100_000, got: '0' })).toBe('classes must be between 1 and 100,000 (got 0).');
  });
});
