import { describe, expect, it } from 'vitest';
import { challenges } from '@/lib/quiz';
import { courseNetworkBytes } from '@/lib/quiz/challenges/compression';

const quant = (over: Record<string, unknown>) => ({ bits: 8, granularity: 'tensor', layer: 2, channel: 0, ...over });

describe('compression challenges', () => {
  const grader = challenges['quantisation-budget'];
  const params = { budget: 60000, minBits: 4, granularity: 'channel' };

  it('counts the course network as the lesson does: 53,376 bytes at 4 bits with one scale per tensor', () => {
    expect(courseNetworkBytes(4, 'tensor')).toBe(53376);
    expect(courseNetworkBytes(4, 'channel')).toBe(53376 + 4 * (122 - 4));
  });

  it('accepts 4 bits with one scale per output channel (53,848 bytes)', () => {
    expect(grader.grade(quant({ bits: 4, granularity: 'channel' }), params)).toMatchObject({ ok: true, correct: true, feedback: expect.stringContaining('53848 bytes') });
  });

  it('refuses 6 bits (over budget), 2 bits (past the cliff) and one scale per tensor', () => {
    expect(grader.grade(quant({ bits: 6, granularity: 'channel' }), params)).toEqual({ ok: true, correct: false, feedback: expect.stringContaining('over the 60000-byte budget') });
    expect(grader.grade(quant({ bits: 2, granularity: 'channel' }), params)).toMatchObject({ correct: false, feedback: expect.stringContaining('cliff') });
    expect(grader.grade(quant({ bits: 4, granularity: 'tensor' }), params)).toMatchObject({ correct: false, feedback: expect.stringContaining('one scale per output channel') });
    expect(grader.grade(quant({}), params)).toMatchObject({ correct: false });
  });

  it('says when the state is unreadable', () => {
    expect(grader.grade({}, params)).toMatchObject({ ok: false });
    expect(grader.grade(quant({ bits: 3 }), params)).toMatchObject({ ok: false });
    expect(grader.grade(quant({ granularity: 'layer' }), params)).toMatchObject({ ok: false });
  });
});
