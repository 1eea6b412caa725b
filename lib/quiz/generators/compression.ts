/** Parameterised questions of the compression lesson. */
import { quantisedBytes } from '@/lib/compression/sizes';
import { pickOne } from '../seed';
import type { QuestionGenerator } from './types';

export const generators: Record<string, QuestionGenerator> = {
  /** Bytes of one a × b dense kernel quantised to k bits, with one scale per tensor or per output channel. */
  'quantised-kernel-bytes': {
    generate(next) {
      const a = pickOne(next, [128, 256, 512, 784, 1024, 1568]);
      const b = pickOne(next, [10, 16, 32, 64, 100, 128]);
      const bits = pickOne(next, [2, 4, 6, 8]);
      const perChannel = next() < 0.5;
      const n = a * b;
      const scales = perChannel ? b : 1;
      const answer = quantisedBytes([{ size: n, scales }], bits);
      const codes = Math.ceil((n * bits) / 8);
      const candidates = [
        { value: codes, feedback: `Those are the codes only: add 4 bytes for each of the ${scales} float32 scale${scales === 1 ? '' : 's'}.` },
        { value: n * bits + 4 * scales, feedback: 'That counts the codes in bits; divide the bits by 8 to get bytes.' },
        { value: codes + 4 * (perChannel ? 1 : b), feedback: perChannel ? `One scale per output channel means ${b} scales, not one.` : 'One scale for the whole tensor, not one per output channel.' },
        { value: 4 * n, feedback: 'That is the kernel as 32-bit floats, before quantisation.' },
      ];
      const mistakes = candidates.filter((x, i) => x.value !== answer && candidates.findIndex((y) => y.value === x.value) === i);
      return {
        params: { a, b, bits, scales: perChannel ? 'one scale per output channel' : 'one scale for the whole tensor' },
        answer,
        mistakes,
        solution: `${a} · ${b} = ${n} weights × ${bits} bits = ${n * bits} bits = ${codes} bytes of codes, plus ${scales} scale${scales === 1 ? '' : 's'} × 4 bytes: ${answer} bytes.`,
      };
    },
  },
};
