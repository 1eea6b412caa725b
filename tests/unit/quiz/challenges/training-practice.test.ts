import { describe, expect, it } from 'vitest';
import { challenges } from '@/lib/quiz';

// The gallery's default settings (components/widgets/AugmentationGallery/state.ts), upside-down flip on.
const gallery = (over: Record<string, unknown>) => ({ cls: 9, example: 0, seed: 1, flipH: true, flipV: true, rotation: 15, shift: 2, brightness: 0.1, contrast: 0.2, noise: 0.05, ...over });

describe('training-practice challenges', () => {
  const grader = challenges['augment-label-safe'];
  const params = { maxRotation: 20, maxShift: 4 };

  it('accepts the mirror, 15° turns and 2-pixel shifts without the upside-down flip', () => {
    expect(grader.grade(gallery({ flipV: false }), params)).toMatchObject({ ok: true, correct: true, feedback: expect.stringContaining('keeps its label') });
  });

  it('refuses the starting setting with the upside-down flip, and says why', () => {
    expect(grader.grade(gallery({}), params)).toEqual({ ok: true, correct: false, feedback: expect.stringContaining('upside-down flip makes images that never occur') });
  });

  it('refuses large turns and shifts, and a gallery without the mirror', () => {
    expect(grader.grade(gallery({ flipV: false, rotation: 90 }), params)).toMatchObject({ correct: false, feedback: expect.stringContaining('90°') });
    expect(grader.grade(gallery({ flipV: false, shift: 8 }), params)).toMatchObject({ correct: false, feedback: expect.stringContaining('out of the 28-pixel frame') });
    expect(grader.grade(gallery({ flipV: false, flipH: false }), params)).toMatchObject({ correct: false, feedback: expect.stringContaining('mirror is off') });
  });

  it('says when the state is unreadable', () => {
    expect(grader.grade({}, params)).toMatchObject({ ok: false });
    expect(grader.grade(gallery({ flipV: 'no' }), params)).toMatchObject({ ok: false });
  });
});
