import { describe, expect, it } from 'vitest';
import { challenges } from '@/lib/quiz';

const pattern = (over: Record<string, unknown>) => ({ n: 1, m: 1, pool: true, k: 0, side: 32, channels: 3, base: 16, fcUnits: 256, ...over });

describe('what-is-a-cnn challenges', () => {
  const grader = challenges['layer-pattern-shape'];
  const params = { layers: 8, finalSide: 8, side: 32 };

  it('accepts N = 3, M = 2, K = 1 with pooling: 3 × 2 + 1 + 1 = 8 layers and 32 → 16 → 8', () => {
    expect(grader.grade(pattern({ n: 3, m: 2, k: 1 }), params)).toEqual({ ok: true, correct: true, feedback: expect.stringContaining('8 layers with weights and a last feature map of 8 × 8') });
  });

  it('refuses the lesson’s default pattern (8 layers, but a 4 × 4 map) and says what is missing', () => {
    const g = grader.grade(pattern({ n: 2, m: 3, k: 1 }), params);
    expect(g).toMatchObject({ ok: true, correct: false });
    expect(g.ok && g.feedback).toContain('a 8 × 8 last map');
    expect(g.ok && g.feedback).not.toContain('8 layers with weights (');
  });

  it('refuses the starting pattern, the right counts without pooling, and another input side', () => {
    expect(grader.grade(pattern({}), params)).toMatchObject({ correct: false, feedback: expect.stringContaining('8 layers with weights (each CONV') });
    expect(grader.grade(pattern({ n: 3, m: 2, k: 1, pool: false }), params)).toMatchObject({ correct: false, feedback: expect.stringContaining('nothing shrinks') });
    expect(grader.grade(pattern({ n: 3, m: 1, k: 1, side: 16 }), params)).toMatchObject({ correct: false, feedback: expect.stringContaining('Keep the 32 × 32') });
  });

  it('gives ok: false for a state it cannot read', () => {
    expect(grader.grade({}, params)).toMatchObject({ ok: false });
    expect(grader.grade(pattern({ pool: 'yes' }), params)).toMatchObject({ ok: false });
    expect(grader.grade(null, params)).toMatchObject({ ok: false });
  });
});
