/** DropoutDemo's state, declared once: it reads MDX props, shared links and sync messages. No React. */
import { defineSchema, int, num, oneOf, type NumberFieldSpec, type StateOf } from '@/lib/store/schema';
import type { DropoutScaling, Nonlinearity } from '@/lib/nn/dropout';
import { MAX_MASKS } from '@/lib/nn/dropoutDemo';

export { MAX_MASKS } from '@/lib/nn/dropoutDemo';
export const P_MAX = 0.9;
export const P_STEP = 0.05;
export const MAX_SEED = 9999;

const pRange = num(0, P_MAX, 0.5);
/**
 * The drop probability. Any refusal is one reason, 'p', which strings word as the sentence a bad
 * link has always shown ("p must be a number from 0 to 0.9").
 */
const p: NumberFieldSpec = {
  ...pRange,
  read(v, coerce) {
    const r = pRange.read(v, coerce);
    return r.ok ? r : { ok: false, issue: { ...r.issue, code: 'invalid', detail: 'p' } };
  },
};

export const schema = defineSchema({
  p,
  /** Masks drawn so far. */
  masks: int(0, MAX_MASKS, 1),
  seed: int(0, MAX_SEED, 5),
  scaling: oneOf<DropoutScaling>(['inverted', 'original'], 'inverted'),
  after: oneOf<Nonlinearity>(['none', 'relu'], 'none'),
  /** The output unit followed in the chart; the view clamps it to the layer's outputs. */
  unit: int(0, Number.MAX_SAFE_INTEGER, 0),
});

export type DropoutState = StateOf<typeof schema.fields>;
export const DEFAULT_STATE = schema.defaults;
