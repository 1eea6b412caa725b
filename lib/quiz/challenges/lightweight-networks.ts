/** Widget challenges of the lightweight-networks lesson. */
import { separableCost } from '@/lib/lightweight/separable';
import { numbersFrom } from './state';
import type { ChallengeDef } from './types';

export const challenges: Record<string, ChallengeDef> = {
  /**
   * params: speedup (how many times fewer multiplies the separable pair must need), maxKernel (the
   * largest kernel side allowed). On DepthwiseSeparableCost the ratio is 1/N + 1/D_k², so the
   * reader has to see that the kernel, not the map or the input channels, sets the saving.
   */
  'separable-speedup': {
    widget: 'DepthwiseSeparableCost',
    validate: (p) =>
      typeof p.speedup !== 'number' || !(p.speedup > 1)
        ? 'speedup must be a number above 1'
        : typeof p.maxKernel !== 'number' || !Number.isInteger(p.maxKernel) || p.maxKernel < 1
          ? 'maxKernel must be a whole number of at least 1'
          : null,
    grade(state, params) {
      const read = numbersFrom(state, ['df', 'm', 'n', 'dk'] as const);
      if (!read.ok) return read;
      const { df, m, n, dk } = read.value;
      if (![df, m, n, dk].every((v) => Number.isInteger(v) && v >= 1)) return { ok: false, error: 'The widget shows an invalid layer: fix the red field first.' };
      const speedup = params.speedup as number;
      const maxKernel = params.maxKernel as number;
      if (dk > maxKernel) return { ok: true, correct: false, feedback: `A ${dk} × ${dk} kernel is larger than the ${maxKernel} × ${maxKernel} the goal allows.` };
      const c = separableCost({ df, m, n, dk });
      const got = 1 / c.ratio;
      const how = `With N = ${n} and D_k = ${dk}, the ratio is 1/${n} + 1/${dk * dk} = ${c.ratio.toFixed(4)}: the separable pair needs ${got.toFixed(2)} times fewer multiplies`;
      if (got >= speedup) return { ok: true, correct: true, feedback: `${how}, at least the ${speedup} asked.` };
      const hint = 1 / (dk * dk) >= 1 / speedup ? ` Even with endless output channels, 1/${dk * dk} alone keeps it below ${speedup}: the kernel side has to grow.` : ' More output channels shrink the 1/N term.';
      return { ok: true, correct: false, feedback: `${how}, not ${speedup}.${hint}` };
    },
  },
};
