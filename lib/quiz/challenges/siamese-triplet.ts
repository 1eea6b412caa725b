/** Widget challenges of the siamese-triplet lesson. */
import { numbersFrom, textFrom } from './state';
import type { ChallengeDef } from './types';
import { tripletLoss } from '../../metric/margin';

const positive = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0;

export const challenges: Record<string, ChallengeDef> = {
  /**
   * params: dap, dan (one triplet's distances), target (the loss it should give). On
   * EmbeddingTrainer the reader chooses the triplet loss, semi-hard mining and the margin α.
   */
  'triplet-margin': {
    widget: 'EmbeddingTrainer',
    validate: (p) => (!positive(p.dap) || !positive(p.dan) || !positive(p.target) ? 'dap, dan and target must be numbers of at least 0' : null),
    grade(state, params) {
      const read = numbersFrom(state, ['margin'] as const);
      if (!read.ok) return read;
      const loss = textFrom(state, 'loss');
      const mining = textFrom(state, 'mining');
      if (!loss || !mining) return { ok: false, error: 'The widget has not reported its loss and mining.' };
      const { dap, dan, target } = params as { dap: number; dan: number; target: number };
      if (loss !== 'triplet') return { ok: true, correct: false, feedback: `The goal is about the triplet loss; the widget is set to the ${loss} loss.` };
      if (mining !== 'semiHard') return { ok: true, correct: false, feedback: 'Keep semi-hard mining, so triplets like this one are the ones chosen.' };
      const margin = read.value.margin;
      const l = tripletLoss(dap, dan, margin);
      const how = `With α = ${margin.toFixed(1)}, L = max(0, ${dap} − ${dan} + ${margin.toFixed(1)}) = ${l.toFixed(2)}`;
      if (Math.abs(l - target) < 1e-6) return { ok: true, correct: true, feedback: `${how}, as asked: the triplet is semi-hard, ordered right but still inside the margin.` };
      return { ok: true, correct: false, feedback: `${how}, not ${target}. ${l > target ? 'A smaller margin lowers the loss.' : 'A larger margin raises it.'}` };
    },
  },
};
