/** Widget challenges of the classic-networks lesson. */
import { describeConvCost } from '@/lib/nn/convArithmetic';
import { numbersFrom } from './state';
import type { ChallengeDef } from './types';

const FIXED = ['side', 'cin', 'cout', 'kernel', 'stride', 'target'] as const;

export const challenges: Record<string, ChallengeDef> = {
  /**
   * A first layer set up in ConvCostCounter: the input side, channels, kernel and stride are given
   * (params side, cin, cout, kernel, stride); the reader picks the padding that gives `target`.
   */
  'first-layer-output': {
    widget: 'ConvCostCounter',
    validate: (p) => {
      const bad = FIXED.find((k) => typeof p[k] !== 'number' || !Number.isInteger(p[k]) || (p[k] as number) < 1);
      return bad ? `${bad} must be a whole number of at least 1` : null;
    },
    grade(state, params) {
      const read = numbersFrom(state, ['inH', 'inW', 'cin', 'cout', 'kernel', 'stride', 'padding'] as const);
      if (!read.ok) return read;
      const s = read.value;
      const p = params as Record<(typeof FIXED)[number], number>;
      const off: string[] = [];
      if (s.inH !== p.side || s.inW !== p.side) off.push(`a ${p.side} × ${p.side} input`);
      if (s.cin !== p.cin) off.push(`${p.cin} input channels`);
      if (s.cout !== p.cout) off.push(`${p.cout} kernels`);
      if (s.kernel !== p.kernel) off.push(`${p.kernel} × ${p.kernel} kernels`);
      if (s.stride !== p.stride) off.push(`stride ${p.stride}`);
      if (off.length) return { ok: true, correct: false, feedback: `The layer needs ${off.join(', ')}; only the padding is yours to choose.` };
      const cost = describeConvCost({ inH: s.inH, inW: s.inW, cin: s.cin, cout: s.cout, kh: s.kernel, kw: s.kernel, stride: s.stride, padding: s.padding });
      if (!cost.ok) return { ok: true, correct: false, feedback: cost.error };
      const how = `With padding ${s.padding} the output is ${cost.outH} × ${cost.outW} × ${cost.cout}`;
      if (cost.outH === p.target) return { ok: true, correct: true, feedback: `${how}, as asked: ${cost.macs.toLocaleString('en-US')} multiply-accumulates.` };
      return { ok: true, correct: false, feedback: `${how}, not ${p.target} × ${p.target} × ${p.cout}. ${cost.outH < p.target ? 'It needs a little more padding.' : 'That is too much padding.'}` };
    },
  },
};
