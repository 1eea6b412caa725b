import { describe, expect, it } from 'vitest';
import { challenges } from '@/lib/quiz';

/** ConvCostCounter's default state: AlexNet's first layer. */
const counter = (over: Record<string, unknown>) => ({ inH: 227, inW: 227, cin: 3, cout: 96, kernel: 11, stride: 4, padding: 0, bias: true, ...over });
const zf = { inH: 224, inW: 224, kernel: 7, stride: 2 };

describe('classic-networks challenges', () => {
  const grader = challenges['first-layer-output'];
  const params = { side: 224, cin: 3, cout: 96, kernel: 7, stride: 2, target: 110 };

  it("accepts ZFNet's first layer with padding 1: ⌊(224 + 2 − 7)/2⌋ + 1 = 110", () => {
    expect(grader.grade(counter({ ...zf, padding: 1 }), params)).toEqual({ ok: true, correct: true, feedback: expect.stringContaining('110 × 110 × 96, as asked') });
  });

  it('refuses padding 0 (109) and padding 2 (111), saying which way to go', () => {
    expect(grader.grade(counter({ ...zf, padding: 0 }), params)).toMatchObject({ correct: false, feedback: expect.stringContaining('109 × 109 × 96, not 110 × 110 × 96. It needs a little more padding') });
    expect(grader.grade(counter({ ...zf, padding: 2 }), params)).toMatchObject({ correct: false, feedback: expect.stringContaining('too much padding') });
  });

  it("refuses AlexNet's layer as it starts, and a layer reaching 110 with other settings", () => {
    expect(grader.grade(counter({}), params)).toMatchObject({ correct: false, feedback: expect.stringContaining('a 224 × 224 input, 7 × 7 kernels, stride 2') });
    // 3 × 3, stride 2, padding 0 on 221 would give 110 too, but it is not ZFNet's layer.
    expect(grader.grade(counter({ inH: 221, inW: 221, kernel: 3, stride: 2 }), params)).toMatchObject({ correct: false });
  });

  it('gives ok: false for an unreadable state', () => {
    expect(grader.grade({ inH: 224 }, params)).toMatchObject({ ok: false });
    expect(grader.grade(counter({ padding: Number.NaN }), params)).toMatchObject({ ok: false });
    expect(grader.grade(null, params)).toMatchObject({ ok: false });
  });
});
