/** Widget challenges of the resnet lesson. */
import { numbersFrom, textFrom } from './state';
import type { ChallengeDef } from './types';

/**
 * GradientFlow computes its gradients with tfjs (lib/compute/gradientFlow), which a grader cannot
 * load: graders run on the main thread of every lesson page. This one grades the settings, and
 * tests/unit/quiz/challenges/resnet.test.ts checks with gradientFlow itself that every state it
 * accepts keeps the gradient at block 1 within a factor 10 of the last block's, and every plain
 * state it refuses loses it, for every weight scale the widget offers.
 */
export const challenges: Record<string, ChallengeDef> = {
  /** params: depth and activation to keep; batch norm stays off, so the skip alone must do it. */
  'resnet-gradient-survives': {
    widget: 'GradientFlow',
    validate: (p) =>
      typeof p.depth !== 'number' || !Number.isInteger(p.depth) || p.depth < 2 || p.depth > 100
        ? 'depth must be a whole number from 2 to 100'
        : p.activation !== 'sigmoid' && p.activation !== 'tanh'
          ? 'activation must be sigmoid or tanh'
          : null,
    grade(state, params) {
      const read = numbersFrom(state, ['depth', 'initScale'] as const);
      if (!read.ok) return read;
      const architecture = textFrom(state, 'architecture');
      const activation = textFrom(state, 'activation');
      const batchNorm = (state as { batchNorm?: unknown }).batchNorm;
      if (!architecture || !activation || typeof batchNorm !== 'boolean') return { ok: false, error: 'The widget has not reported its network settings.' };
      const depth = params.depth as number;
      const act = params.activation as string;
      if (read.value.depth !== depth || activation !== act) {
        return { ok: true, correct: false, feedback: `Keep ${depth} layers with ${act}: the goal is to save the gradient of that deep stack, not to make it shallower or change its activation.` };
      }
      if (batchNorm) return { ok: true, correct: false, feedback: 'Batch norm also rescues this stack, but the goal is to do it with the architecture alone: switch batch norm off.' };
      if (architecture === 'residual') {
        return { ok: true, correct: true, feedback: `Residual: each block passes the gradient on as ∂F/∂x + 1, so after ${depth} blocks the gradient at block 1 is still about the size of the last one's.` };
      }
      return { ok: true, correct: false, feedback: `Plain: the gradient is multiplied by each layer's ${act} slope (at most ${act === 'sigmoid' ? '1/4' : '1'}) times its weights ${depth} times over, and at block 1 almost nothing is left. Changing the weight scale cannot fix that.` };
    },
  },
};
