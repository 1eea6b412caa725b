import { describe, expect, it } from 'vitest';
import { grade, parseNumber, validateQuizProps } from '@/components/mdx/Quiz/checkAnswer';

describe('quiz grading', () => {
  it('grades a single choice by index', () => {
    const spec = { kind: 'choice' as const, choices: ['a', 'b', 'c'], answer: 1 };
    expect(grade(spec, '1')).toEqual({ ok: true, correct: true });
    expect(grade(spec, '2')).toEqual({ ok: true, correct: false });
    expect(grade(spec, '')).toEqual({ ok: false, error: expect.stringContaining('Choose') });
  });

  it('grades a number within its tolerance', () => {
    const spec = { kind: 'numeric' as const, answer: 0.5, tolerance: 0.01 };
    expect(grade(spec, '0.505')).toEqual({ ok: true, correct: true });
    expect(grade(spec, '0.52')).toEqual({ ok: true, correct: false });
    expect(grade({ kind: 'numeric', answer: 34944, tolerance: 0 }, '34,944')).toEqual({ ok: true, correct: true });
    expect(grade(spec, 'fifty')).toEqual({ ok: false, error: expect.stringContaining('Type a number') });
  });

  it('reads the ways people write numbers', () => {
    expect(parseNumber('1 234')).toBe(1234);
    expect(parseNumber('\u22125')).toBe(-5);
    expect(parseNumber('1e3')).toBe(1000);
    expect(parseNumber('12abc')).toBeNull();
  });

  it('explains an author mistake instead of crashing', () => {
    expect(validateQuizProps({ id: 'q', kind: 'choice', choices: ['a', 'b'], answer: 2 })).toEqual({
      ok: false,
      error: expect.stringContaining('index of one of its 2 choices'),
    });
    expect(validateQuizProps({ id: 'q', kind: 'essay' })).toEqual({ ok: false, error: expect.stringContaining('kind') });
  });
});
