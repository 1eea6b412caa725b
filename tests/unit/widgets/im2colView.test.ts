/** The im2col view's own state (links and MDX props) and the labels of its matrix rows. */
import { describe, expect, it } from 'vitest';
import { rowLabel } from '@/components/widgets/Im2colView/labels';
import { DEFAULT_IM2COL, im2colFromProps, parseIm2colState } from '@/components/widgets/Im2colView/state';
import { strings } from '@/components/widgets/Im2colView/strings';

describe('a shared link (parseIm2colState)', () => {
  it('returns exactly the valid fields it carries', () => {
    expect(parseIm2colState({ padding: 1, stride: 2, column: 7 })).toEqual({ ok: true, value: { padding: 1, stride: 2, column: 7 } });
    expect(parseIm2colState({})).toEqual({ ok: true, value: {} });
  });

  it('rejects a padding or stride outside its two choices, naming the field and the value', () => {
    expect(parseIm2colState({ padding: 2 })).toEqual({ ok: false, error: 'padding must be one of 0, 1 (got 2).' });
    expect(parseIm2colState({ stride: '1' })).toEqual({ ok: false, error: 'stride must be one of 1, 2 (got "1").' });
  });

  it('rejects a column that is not a whole number from 0', () => {
    for (const column of [-1, 1.5, 'first'])
      expect(parseIm2colState({ column })).toEqual({ ok: false, error: strings.errors.column(column) });
  });

  it('rejects anything that is not an object of settings', () => {
    for (const raw of ['x', null, [0]]) expect(parseIm2colState(raw)).toEqual({ ok: false, error: strings.errors.notObject });
  });
});

describe('MDX props (im2colFromProps)', () => {
  it('reads numbers written as strings', () => {
    expect(im2colFromProps({ padding: '1', stride: '2' })).toEqual({ state: { padding: 1, stride: 2, column: 0 }, problem: null });
  });

  it('falls back to the defaults, with the reason, when a prop is outside the choices', () => {
    const { state, problem } = im2colFromProps({ padding: 1, stride: 5 });
    expect(state).toEqual(DEFAULT_IM2COL);
    expect(problem).toBe('stride must be one of 1, 2 (got 5).');
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
