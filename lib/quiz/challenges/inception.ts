/** Widget challenges of the inception lesson. */
import { inceptionModuleCost } from '@/lib/nn/inceptionModule';
import { numbersFrom } from './state';
import type { ChallengeDef } from './types';

const KEPT = ['h', 'w', 'cin', 'c1', 'c3', 'c5'] as const;
const FIELD_NAMES: Record<(typeof KEPT)[number], string> = { h: 'height', w: 'width', cin: 'input channels', c1: '1×1 outputs', c3: '3×3 outputs', c5: '5×5 outputs' };
const M = (v: number) => `${(v / 1e6).toFixed(1)} M`;

export const challenges: Record<string, ChallengeDef> = {
  /**
   * InceptionCost: keep the input and the three convolution branches' outputs (params h, w, cin,
   * c1, c3, c5), and bring the module's multiply-accumulates to at most maxMacs, with each 1×1
   * reduction keeping at least minReduce channels (so the branches still carry information).
   */
  'inception-reduce-cost': {
    widget: 'InceptionCost',
    validate: (p) => {
      const bad = [...KEPT, 'maxMacs', 'minReduce'].find((k) => typeof p[k] !== 'number' || !Number.isInteger(p[k]) || (p[k] as number) < 1);
      return bad ? `${bad} must be a whole number of at least 1` : null;
    },
    grade(state, params) {
      const read = numbersFrom(state, ['h', 'w', 'cin', 'c1', 'c3r', 'c3', 'c5r', 'c5', 'proj'] as const);
      if (!read.ok) return read;
      const reduce = (state as { reduce?: unknown }).reduce;
      if (typeof reduce !== 'boolean') return { ok: false, error: 'The widget has not reported whether the 1×1 reductions are on.' };
      const s = read.value;
      const p = params as Record<string, number>;
      const changed = KEPT.filter((k) => s[k] !== p[k]);
      if (changed.length) {
        return { ok: true, correct: false, feedback: `Keep the module's ${changed.map((k) => `${FIELD_NAMES[k]} at ${p[k]}`).join(', ')}: the goal is the same outputs for less work.` };
      }
      const cost = inceptionModuleCost({ ...s, reduce });
      const how = `The module costs ${M(cost.macs)} multiply-accumulates`;
      if (!reduce) return { ok: true, correct: false, feedback: `${how} with every convolution on all ${s.cin} input channels. Turn on the 1×1 reductions.` };
      const thin = (['c3r', 'c5r', 'proj'] as const).filter((k) => s[k] < p.minReduce);
      if (thin.length) return { ok: true, correct: false, feedback: `${how}, but ${thin.map((k) => `${k} = ${s[k]}`).join(' and ')} squeezes the branch below ${p.minReduce} channels; keep at least ${p.minReduce}.` };
      if (cost.macs <= p.maxMacs) return { ok: true, correct: true, feedback: `${how}, within the ${M(p.maxMacs)} budget, and outputs ${cost.outShape.join(' × ')}.` };
      return { ok: true, correct: false, feedback: `${how}, above the ${M(p.maxMacs)} budget. Narrower reductions make the 3×3 and 5×5 convolutions cheaper.` };
    },
  },
};
