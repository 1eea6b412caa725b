import { describe, expect, it } from 'vitest';
import { challenges } from '@/lib/quiz';
import { demoLayer } from '@/lib/quiz/challenges/fc-dropout';
import { demoLayer as widgetLayer, maskDraws } from '@/components/widgets/DropoutDemo/model';
import { dropoutRun } from '@/lib/nn/dropout';
import { uniforms } from '@/lib/random/prng';

const demo = (over: Record<string, unknown>) => ({ p: 0.5, masks: 1, seed: 5, scaling: 'inverted', after: 'none', unit: 0, ...over });

describe('fc-dropout challenges', () => {
  const grader = challenges['dropout-average-converges'];
  const params = { p: 0.5, maxError: 0.05 };

  it('uses the widget’s layer and masks', () => {
    for (const seed of [0, 5, 123]) expect(demoLayer(seed)).toEqual(widgetLayer(seed));
    const { layer, x } = widgetLayer(5);
    const setup = { layer, x, p: 0.5, scaling: 'inverted' as const, after: 'none' as const };
    expect(dropoutRun(setup, uniforms(5 + 30_000, 301 * 8), 301).errors).toEqual(dropoutRun(setup, maskDraws(5), 301).errors);
  });

  it('accepts 301 masks on the linear layer (RMS gap 0.037)', () => {
    expect(grader.grade(demo({ masks: 301 }), params)).toMatchObject({ ok: true, correct: true, feedback: expect.stringContaining('After 301 masks') });
  });

  it('refuses 1 and 201 masks, a smaller p, and a ReLU layer that never gets there', () => {
    expect(grader.grade(demo({ masks: 1 }), params)).toMatchObject({ correct: false, feedback: expect.stringContaining('keep drawing') });
    expect(grader.grade(demo({ masks: 201 }), params)).toMatchObject({ correct: false });
    expect(grader.grade(demo({ masks: 301, p: 0.1 }), params)).toMatchObject({ correct: false, feedback: expect.stringContaining('keep it at 0.5') });
    expect(grader.grade(demo({ masks: 2000, after: 'relu' }), params)).toMatchObject({ correct: false, feedback: expect.stringContaining('make the layer linear') });
    expect(grader.grade(demo({ masks: 0 }), params)).toMatchObject({ correct: false });
  });

  it('refuses a state it cannot read', () => {
    expect(grader.grade({ p: 0.5 }, params)).toMatchObject({ ok: false });
    expect(grader.grade(demo({ scaling: 'sideways', masks: 301 }), params)).toMatchObject({ ok: false });
  });
});
