/** Widget challenges of the compression lesson. */
import { BITS, type Granularity } from '@/lib/compression/quantise';
import { quantisedBytes, type TensorCount } from '@/lib/compression/sizes';
import { numbersFrom, textFrom } from './state';
import type { ChallengeDef } from './types';

/**
 * The course's Fashion-MNIST network as the QuantisationExplorer stores it: each kernel's size and
 * output channels, then the biases (kept in float). Copied from the shipped model's spec;
 * tests/unit/content/compression.numbers.test.ts checks it against the model's weights.
 */
export const COURSE_NETWORK = {
  kernels: [
    { size: 3 * 3 * 1 * 16, channels: 16 },
    { size: 3 * 3 * 16 * 32, channels: 32 },
    { size: 7 * 7 * 32 * 64, channels: 64 },
    { size: 64 * 10, channels: 10 },
  ],
  biases: 16 + 32 + 64 + 10,
} as const;

/** Bytes of the course network with its kernels at `bits` bits, one scale per tensor or per output channel. */
export function courseNetworkBytes(bits: number, granularity: Granularity): number {
  const tensors: TensorCount[] = [
    ...COURSE_NETWORK.kernels.map((k) => ({ size: k.size, scales: granularity === 'channel' ? k.channels : 1 })),
    { size: COURSE_NETWORK.biases, scales: 0 },
  ];
  return quantisedBytes(tensors, bits);
}

const GRANULARITY_WORDS: Record<Granularity, string> = { tensor: 'one scale per tensor', channel: 'one scale per output channel' };

export const challenges: Record<string, ChallengeDef> = {
  /**
   * params: budget (bytes), minBits (the fewest bits allowed), granularity ('tensor' or 'channel').
   * On QuantisationExplorer the reader picks the bit width and the granularity.
   */
  'quantisation-budget': {
    widget: 'QuantisationExplorer',
    validate: (p) =>
      typeof p.budget !== 'number' || !(p.budget > 0)
        ? 'budget must be a number of bytes above 0'
        : typeof p.minBits !== 'number' || !(BITS as readonly number[]).includes(p.minBits)
          ? `minBits must be one of ${BITS.join(', ')}`
          : p.granularity !== 'tensor' && p.granularity !== 'channel'
            ? 'granularity must be "tensor" or "channel"'
            : null,
    grade(state, params) {
      const read = numbersFrom(state, ['bits'] as const);
      if (!read.ok) return read;
      const { bits } = read.value;
      const granularity = textFrom(state, 'granularity');
      if (!(BITS as readonly number[]).includes(bits) || (granularity !== 'tensor' && granularity !== 'channel')) return { ok: false, error: 'The widget has not reported a bit width and a granularity it offers.' };
      const budget = params.budget as number;
      const minBits = params.minBits as number;
      const wanted = params.granularity as Granularity;
      const bytes = courseNetworkBytes(bits, granularity);
      const how = `${bits} bits with ${GRANULARITY_WORDS[granularity]}: ${bytes} bytes`;
      if (granularity !== wanted) return { ok: true, correct: false, feedback: `${how}. The goal asks for ${GRANULARITY_WORDS[wanted]}.` };
      if (bits < minBits) return { ok: true, correct: false, feedback: `${how}, within the budget, but below ${minBits} bits the accuracy falls off the cliff.` };
      if (bytes > budget) return { ok: true, correct: false, feedback: `${how}, over the ${budget}-byte budget by ${bytes - budget}. Fewer bits per weight.` };
      return { ok: true, correct: true, feedback: `${how}, within ${budget} and at least ${minBits} bits.` };
    },
  },
};
