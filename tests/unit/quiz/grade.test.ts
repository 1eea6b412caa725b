import { describe, expect, it } from 'vitest';
import { grade, moveItem, parseNumber, shuffledOrder, splitUnit, validateChallengeProps, validateQuizProps, questionSeed } from '@/lib/quiz';
import { mulberry32 } from '@/lib/random/prng';

const numeric = (answer: number, more: Partial<{ tolerance: number; relTolerance: number; unit: string; mistakes: { value: number; feedback: string }[] }> = {}) => ({
  kind: 'numeric' as const,
  answer,
  tolerance: 0,
  relTolerance: 0,
  mistakes: [],
  ...more,
});

describe('grading each kind of question', () => {
  it('single choice: by index, with the chosen option’s feedback', () => {
    const spec = { kind: 'choice' as const, choices: ['a', 'b', 'c'], answer: 1, feedback: ['a is the input, not the output', '', 'c double-counts'] };
    expect(grade(spec, '1')).toEqual({ ok: true, correct: true, feedback: [] });
    expect(grade(spec, '2')).toEqual({ ok: true, correct: false, feedback: ['c double-counts'] });
    expect(grade(spec, '')).toEqual({ ok: false, error: expect.stringContaining('Choose') });
    expect(grade(spec, '7')).toMatchObject({ ok: false });
  });

  it('multiple choice: all and only the right ones; says when one is missing', () => {
    const spec = { kind: 'multi' as const, choices: ['a', 'b', 'c', 'd'], answer: [0, 2], feedback: ['', 'b is wrong because…', '', ''] };
    expect(grade(spec, '0,2')).toEqual({ ok: true, correct: true, feedback: [] });
    expect(grade(spec, '2,0')).toMatchObject({ correct: true });
    expect(grade(spec, '0')).toEqual({ ok: true, correct: false, feedback: ['You left out one answer that is also right.'] });
    expect(grade(spec, '0,1,2')).toEqual({ ok: true, correct: false, feedback: ['b is wrong because…'] });
    expect(grade(spec, '')).toMatchObject({ ok: false, error: expect.stringContaining('at least one') });
  });

  it('numeric: absolute and relative tolerance', () => {
    expect(grade(numeric(0.5, { tolerance: 0.01 }), '0.505')).toMatchObject({ correct: true });
    expect(grade(numeric(0.5, { tolerance: 0.01 }), '0.52')).toMatchObject({ correct: false });
    expect(grade(numeric(61_100_840, { relTolerance: 0.01 }), '61.5e6')).toMatchObject({ correct: true });
    expect(grade(numeric(61_100_840, { relTolerance: 0.01 }), '62,000,000')).toMatchObject({ correct: false });
    expect(grade(numeric(34944), '34,944')).toMatchObject({ correct: true });
  });

  it('numeric: a known mistake gets its targeted feedback', () => {
    const spec = numeric(28, { mistakes: [{ value: 27, feedback: 'You forgot the +1.' }] });
    expect(grade(spec, '27')).toEqual({ ok: true, correct: false, feedback: ['You forgot the +1.'] });
    expect(grade(spec, '30')).toEqual({ ok: true, correct: false, feedback: [] });
  });

  it('numeric: accepts the unit typed after the number, refuses another unit and text', () => {
    const spec = numeric(28, { unit: 'pixels' });
    expect(grade(spec, '28 pixels')).toMatchObject({ correct: true });
    expect(grade(spec, '28 pixel')).toMatchObject({ correct: true });
    expect(grade(spec, '28 cm')).toEqual({ ok: false, error: 'Give the answer in pixels.' });
    expect(grade(spec, 'fifty')).toMatchObject({ ok: false, error: expect.stringContaining('Type a number') });
    expect(grade(numeric(3), 'DROP TABLE')).toMatchObject({ ok: false });
  });

  it('ordering: a permutation, counting the items in place', () => {
    const spec = { kind: 'order' as const, items: ['conv', 'pool', 'fc'] };
    expect(grade(spec, '0,1,2')).toEqual({ ok: true, correct: true, feedback: [] });
    expect(grade(spec, '1,0,2')).toEqual({ ok: true, correct: false, feedback: ['1 of 3 are in the right place.'] });
    expect(grade(spec, '0,0,2')).toMatchObject({ ok: false });
    expect(grade(spec, '0,1')).toMatchObject({ ok: false });
  });

  it('reads the ways people write numbers', () => {
    expect(parseNumber('1 234')).toBe(1234);
    expect(parseNumber('\u22125')).toBe(-5);
    expect(parseNumber('1e3')).toBe(1000);
    expect(parseNumber('12abc')).toBeNull();
    expect(splitUnit('1,234 px')).toEqual({ value: 1234, unit: 'px' });
    expect(splitUnit('px')).toBeNull();
  });
});

describe('ordering questions', () => {
  it('start shuffled, never already solved, and the same for the same student', () => {
    for (let seed = 0; seed < 200; seed++) {
      const order = shuffledOrder(3, mulberry32(seed));
      expect([...order].sort()).toEqual([0, 1, 2]);
      expect(order).not.toEqual([0, 1, 2]);
    }
    expect(shuffledOrder(6, mulberry32(9))).toEqual(shuffledOrder(6, mulberry32(9)));
  });

  it('move one place at a time and stop at the ends', () => {
    expect(moveItem([2, 0, 1], 1, -1)).toEqual([0, 2, 1]);
    expect(moveItem([2, 0, 1], 0, -1)).toEqual([2, 0, 1]);
  });
});

describe('per-student seeds', () => {
  it('differ between students and between questions, and are stable', () => {
    expect(questionSeed(1, 'q')).not.toBe(questionSeed(2, 'q'));
    expect(questionSeed(1, 'q')).not.toBe(questionSeed(1, 'r'));
    expect(questionSeed(1, 'q')).toBe(questionSeed(1, 'q'));
  });
});

describe('author mistakes are explained, not crashed on', () => {
  it.each([
    [{ id: 'q', kind: 'choice', choices: ['a', 'b'], answer: 2 }, 'index of one of its 2 choices'],
    [{ id: 'q', kind: 'essay' }, 'kind must be'],
    [{ id: 'q', kind: 'choice', choices: ['a', 'b'], answer: 0, feedback: ['x'] }, 'one text per choice'],
    [{ id: 'q', kind: 'multi', choices: ['a', 'b'], answer: [0, 0] }, 'indices of its right choices'],
    [{ id: 'q', kind: 'numeric', answer: 1, mistakes: [{ value: 'x' }] }, 'mistakes must be'],
    [{ id: 'q', kind: 'numeric', generator: 'no-such-generator' }, 'no question generator'],
    [{ id: 'q', kind: 'numeric', generator: 'conv-output-side', answer: 3 }, 'remove answer'],
    [{ id: 'q', kind: 'order', items: ['a', 'b'] }, 'three items'],
    [{ id: 'q', kind: 'numeric', answer: 1, relTolerance: 2 }, 'relTolerance'],
  ])('%o', (props, message) => {
    expect(validateQuizProps(props)).toEqual({ ok: false, error: expect.stringContaining(message) });
  });

  it('a challenge with an unknown grader or bad params', () => {
    expect(validateChallengeProps({ id: 'c', check: 'nope' })).toEqual({ ok: false, error: expect.stringContaining('no challenge grader "nope"') });
    expect(validateChallengeProps({ id: 'c', check: 'conv-output-size', params: { input: 'moon', target: 3 } })).toEqual({
      ok: false,
      error: expect.stringContaining('input must be one of'),
    });
  });
});
