/** Widget challenges of the what-is-a-cnn lesson. */
import { poolOutputSize } from '@/lib/nn/poolArithmetic';
import { numbersFrom } from './state';
import type { ChallengeDef } from './types';

const isWhole = (v: unknown, min: number) => typeof v === 'number' && Number.isInteger(v) && v >= min;

export const challenges: Record<string, ChallengeDef> = {
  /**
   * LayerPattern (INPUT → [[CONV → RELU]*N → POOL?]*M → [FC → RELU]*K → FC, 3 × 3 convs with
   * padding 1, 2 × 2 stride-2 pools): reach `layers` layers with weights and a last feature map
   * of `finalSide` on a `side` × `side` input.
   */
  'layer-pattern-shape': {
    widget: 'LayerPattern',
    validate: (p) =>
      !isWhole(p.layers, 2) ? 'layers must be a whole number of at least 2' : !isWhole(p.finalSide, 1) ? 'finalSide must be a whole number of at least 1' : !isWhole(p.side, 1) ? 'side must be a whole number of at least 1' : null,
    grade(state, params) {
      const read = numbersFrom(state, ['n', 'm', 'k', 'side'] as const);
      if (!read.ok) return read;
      const pool = (state as { pool?: unknown }).pool;
      if (typeof pool !== 'boolean') return { ok: false, error: 'The widget’s "pool" setting is not on or off.' };
      const { n, m, k, side } = read.value;
      const wanted = { layers: params.layers as number, finalSide: params.finalSide as number, side: params.side as number };
      if (side !== wanted.side) return { ok: true, correct: false, feedback: `Keep the ${wanted.side} × ${wanted.side} input; the goal is about that one.` };
      // Each CONV and each FC has weights; RELU, POOL and FLATTEN have none.
      const layers = n * m + k + 1;
      // 3 × 3 convolutions with padding 1 keep the side; each 2 × 2, stride-2 pool halves it.
      let last = side;
      for (let stage = 0; pool && stage < m; stage++) {
        const out = poolOutputSize({ n: last, f: 2, s: 2 });
        if (!out.ok) return { ok: true, correct: false, feedback: `Pool ${stage + 1} does not fit its ${last} × ${last} map: too many stages.` };
        last = out.size;
      }
      const has = `${n} × ${m} + ${k} + 1 = ${layers} layers with weights and a last feature map of ${last} × ${last}`;
      const missing: string[] = [];
      if (layers !== wanted.layers) missing.push(`${wanted.layers} layers with weights (each CONV and each FC counts; RELU and POOL do not)`);
      if (last !== wanted.finalSide) missing.push(`a ${wanted.finalSide} × ${wanted.finalSide} last map (${pool ? 'each stage’s pool halves the side' : 'without pooling, nothing shrinks the map'})`);
      if (missing.length === 0) return { ok: true, correct: true, feedback: `This pattern has ${has}, as asked.` };
      return { ok: true, correct: false, feedback: `This pattern has ${has}. The goal needs ${missing.join(' and ')}.` };
    },
  },
};
