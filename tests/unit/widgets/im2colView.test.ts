/** The im2col view's own state (links and MDX props) and the labels of its matrix rows. */
import { describe, expect, it } from 'vitest';
import { issuesText } from '@/components/widgets/shared/frame/issueStrings';
import { rowLabel } from '@/components/widgets/shared/im2col/labels';
import { DEFAULT_IM2COL, schema } from '@/components/widgets/Im2colView/state';
import { ISSUES } from '@/components/widgets/Im2colView/strings';

/** A link as the widget reads it: the fields it carries over the defaults, or the reason in words. */
const parseIm2colState = (raw: unknown) => {
  const r = schema.parse(raw);
  return r.issues.length ? { ok: false, error: issuesText(r.issues, ISSUES) } : { ok: true, value: r.state };
};

describe('a shared link (schema.parse)', () => {
  it('returns exactly the valid fields it carries', () => {
    expect(parseIm2colState({ padding: 1, stride: 2, column: 7 })).toEqual({ ok: true, value: { padding: 1, stride: 2, column: 7 } });
    expect(parseIm2colState({})).toEqual({ ok: true, value: DEFAULT_IM2COL });
  });

  it('rejects a padding or stride outside its two choices, naming the field and the value', () => {
    expect(parseIm2colState({ padding: 2 })).toEqual({ ok: false, error: 'padding must be one of 0, 1 (got 2).' });
    expect(parseIm2colState({ stride: '1' })).toEqual({ ok: false, error: 'stride must be one of 1, 2 (got "1").' });
  });

  it('rejects a column that is not a whole number from 0', () => {
    const codes = { '-1': 'out-of-range', '1.5': 'not-whole', first: 'not-number' } as const;
    for (const column of [-1, 1.5, 'first']) {
      expect(schema.parse({ column }).issues).toMatchObject([{ field: 'column', code: codes[String(column) as keyof typeof codes], min: 0 }]);
      expect(parseIm2colState({ column }).error).toMatch(/^column must be (between 0 and|a (whole )?number from 0 to) 10,000 /);
    }
  });

  it('rejects anything that is not an object of settings', () => {
    for (const raw of ['x', null, [0]]) expect(parseIm2colState(raw)).toEqual({ ok: false, error: 'expected an object of settings.' });
  });
});

describe('MDX props (schema.fromProps)', () => {
  it('reads numbers written as strings', () => {
    expect(schema.fromProps({ padding: '1', stride: '2' })).toEqual({ state: { padding: 1, stride: 2, column: 0 }, issues: [] });
  });

  it('falls back to the default, with the reason, for a prop outside the choices (the good ones are kept)', () => {
    const { state, issues } = schema.fromProps({ padding: 1, stride: 5 });
    expect(state).toEqual({ ...DEFAULT_IM2COL, padding: 1 });
    expect(issuesText(issues, ISSUES)).toBe('stride must be one of 1, 2 (got 5).');
  });
});

describe('matrix row labels', () => {
  it('names a row by kernel row and column, 1-based, for one channel', () => {
    expect(rowLabel(0, 1, 3, 3)).toBe('1,1');
    expect(rowLabel(5, 1, 3, 3)).toBe('2,3');
    expect(rowLabel(24, 1, 5, 5)).toBe('5,5');
  });

  it('prefixes the colour channel for an RGB input', () => {
    expect(rowLabel(13, 3, 3, 3)).toBe('G 2,2');
    expect(rowLabel(18, 3, 3, 3)).toBe('B 1,1');
  });
});
