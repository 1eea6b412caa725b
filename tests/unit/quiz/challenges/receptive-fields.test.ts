import { describe, expect, it } from 'vitest';
import { challenges } from '@/lib/quiz';

const conv = (kernel = 3, stride = 1, dilation = 1) => ({ kind: 'conv', kernel, stride, padding: 1, dilation });
const explorer = (layers: unknown[], over: Record<string, unknown> = {}) => ({ stack: 'custom', layers, side: 16, channels: 64, relu: true, seed: 1, unit: null, ...over });

describe('receptive-fields challenges', () => {
  const grader = challenges['receptive-field-target'];
  const params = { target: 15, maxLayers: 4 };

  it('accepts four 3 × 3 convolutions with stride 2 in the first: 1 + 2 + 3 · 2 · 2 = 15', () => {
    expect(grader.grade(explorer([conv(3, 2), conv(), conv(), conv()]), params)).toEqual({ ok: true, correct: true, feedback: '4 layers give a receptive field of 15 × 15, as asked.' });
  });

  it('accepts the dilated stack (dilations 1, 2, 4) and a 3 × 3, stride-2 max pool first; refuses a 2 × 2 pool second (12)', () => {
    expect(grader.grade(explorer([conv(), { ...conv(3, 1, 2), padding: 2 }, { ...conv(3, 1, 4), padding: 4 }]), params)).toMatchObject({ correct: true });
    const pool = (kernel: number) => ({ kind: 'max', kernel, stride: 2, padding: 0, dilation: 1 });
    expect(grader.grade(explorer([pool(3), conv(), conv(), conv()]), params)).toMatchObject({ correct: true });
    expect(grader.grade(explorer([conv(), pool(2), conv(), conv()]), params)).toMatchObject({ correct: false, feedback: expect.stringContaining('12 × 12') });
  });

  it('refuses the starting two 3 × 3 layers (5) and four plain 3 × 3 layers (9), saying it must grow', () => {
    expect(grader.grade(explorer([conv(), conv()]), params)).toEqual({ ok: true, correct: false, feedback: expect.stringContaining('receptive field of 5 × 5, not 15 × 15. It needs to grow') });
    expect(grader.grade(explorer([conv(), conv(), conv(), conv()]), params)).toMatchObject({ correct: false, feedback: expect.stringContaining('9 × 9') });
  });

  it('refuses seven plain 3 × 3 layers: the field is 15, but there are more than four layers', () => {
    expect(grader.grade(explorer(Array.from({ length: 7 }, () => conv())), params)).toMatchObject({ correct: false, feedback: expect.stringContaining('at most 4 layers') });
  });

  it('explains a stack that does not fit, and gives ok: false for an unreadable state', () => {
    expect(grader.grade(explorer([conv(11, 4), conv(11, 4)], { side: 16 }), params)).toMatchObject({ ok: true, correct: false });
    expect(grader.grade({ side: 16 }, params)).toMatchObject({ ok: false });
    expect(grader.grade(explorer([{ kind: 'dense', kernel: 3 }]), params)).toMatchObject({ ok: false });
  });
});
