import { describe, expect, it } from 'vitest';
import { mergeTables } from '@/lib/quiz/registry';

describe('per-lesson tables of graders and generators', () => {
  it('merge into one table, and a name defined by two lessons is an error naming the second', () => {
    expect(mergeTables('grader', { a: { x: 1 }, b: { y: 2 } })).toEqual({ x: 1, y: 2 });
    expect(() => mergeTables('grader', { a: { x: 1 }, b: { x: 2 } })).toThrow('grader "x" is defined twice (again in b)');
  });
});
