/** Widget challenges of the attention lesson. */
import { listFrom, numbersFrom, textFrom } from './state';
import type { ChallengeDef } from './types';

/** Channels of the SqueezeExcite widget's SE block (components/widgets/SqueezeExcite/state.ts, CHANNELS). */
const SE_CHANNELS = 16;

export const challenges: Record<string, ChallengeDef> = {
  /**
   * params: share (the share of the block's channels to keep, e.g. 0.5). On SqueezeExcite the
   * reader switches the soft weights to a hard top-k selection and picks k = share · 16.
   */
  'se-hard-top-k': {
    widget: 'SqueezeExcite',
    validate: (p) =>
      typeof p.share !== 'number' || !Number.isInteger(p.share * SE_CHANNELS) || p.share <= 0 || p.share > 1
        ? `share must be a multiple of 1/${SE_CHANNELS} between 0 and 1`
        : null,
    grade(state, params) {
      const read = numbersFrom(state, ['k'] as const);
      if (!read.ok) return read;
      const mode = textFrom(state, 'mode');
      if (mode !== 'soft' && mode !== 'off' && mode !== 'hard') return { ok: false, error: 'The widget has not reported its channel mode.' };
      const want = (params.share as number) * SE_CHANNELS;
      const { k } = read.value;
      if (mode === 'soft') return { ok: true, correct: false, feedback: 'The block still uses its soft weights: every channel passes, scaled. Choose the hard selection.' };
      if (mode === 'off') return { ok: true, correct: false, feedback: 'With SE switched off every channel passes with weight 1: nothing is selected. Choose the hard selection.' };
      const overridden = (listFrom(state, 'overrides') ?? []).filter((w) => w !== null).length;
      if (overridden > 0) return { ok: true, correct: false, feedback: `${overridden} channel weight${overridden === 1 ? ' is' : 's are'} set by hand, which overrides the selection: reset them so the block chooses.` };
      if (k === want) return { ok: true, correct: true, feedback: `Hard top-${k}: the ${k} channels with the largest excitation keep their weights and the other ${SE_CHANNELS - k} are set to 0, ${k} of ${SE_CHANNELS} as asked.` };
      return { ok: true, correct: false, feedback: `Hard top-${k} keeps ${k} of the ${SE_CHANNELS} channels, not ${want}. ${k > want ? 'Keep fewer.' : 'Keep more.'}` };
    },
  },
};
