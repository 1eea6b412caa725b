import { beforeAll, describe, expect, it } from 'vitest';
import { challenges } from '@/lib/quiz';
import { gradientFlow, ready } from '@/lib/compute';

beforeAll(ready);

/** GradientFlow's starting state in the challenge: plain, sigmoid, depth 50. */
const flow = (over: Record<string, unknown>) => ({ depth: 50, architecture: 'plain', activation: 'sigmoid', batchNorm: false, initScale: 1, seed: 1, block: 1, trainDepth: 20, ...over });
const SCALES = Array.from({ length: 16 }, (_, i) => 0.25 * (i + 1));

describe('resnet challenges', () => {
  const grader = challenges['resnet-gradient-survives'];
  const params = { depth: 50, activation: 'sigmoid' };

  it('accepts the residual stack', () => {
    expect(grader.grade(flow({ architecture: 'residual' }), params)).toEqual({ ok: true, correct: true, feedback: expect.stringContaining('∂F/∂x + 1') });
  });

  it('refuses the plain stack at any weight scale, and the shortcuts (fewer layers, ReLU, batch norm)', () => {
    expect(grader.grade(flow({}), params)).toMatchObject({ ok: true, correct: false, feedback: expect.stringContaining('at most 1/4') });
    expect(grader.grade(flow({ initScale: 4 }), params)).toMatchObject({ correct: false });
    expect(grader.grade(flow({ depth: 5 }), params)).toMatchObject({ correct: false, feedback: expect.stringContaining('Keep 50 layers') });
    expect(grader.grade(flow({ architecture: 'residual', activation: 'relu' }), params)).toMatchObject({ correct: false });
    expect(grader.grade(flow({ batchNorm: true }), params)).toMatchObject({ correct: false, feedback: expect.stringContaining('switch batch norm off') });
  });

  it('agrees with the compute layer: every accepted state keeps the gradient at block 1 within ×10 of the last, every refused plain one loses it', () => {
    for (const seed of [1, 2]) {
      for (const initScale of SCALES) {
        for (const architecture of ['plain', 'residual'] as const) {
          const state = flow({ architecture, initScale, seed });
          const g = grader.grade(state, params);
          const r = gradientFlow({ depth: 50, architecture, activation: 'sigmoid', batchNorm: false, initScale, seed }).firstOverLast;
          const where = `${architecture}, scale ${initScale}, seed ${seed}: ratio ${r}`;
          expect(g.ok && g.correct, where).toBe(architecture === 'residual');
          if (architecture === 'residual') expect(r > 0.1 && r < 10, where).toBe(true);
          else expect(r < 1e-3, where).toBe(true);
        }
      }
    }
  }, 60_000);

  it('gives ok: false for an unreadable state', () => {
    expect(grader.grade({}, params)).toMatchObject({ ok: false });
    expect(grader.grade(flow({ batchNorm: 'off' }), params)).toMatchObject({ ok: false });
  });
});
