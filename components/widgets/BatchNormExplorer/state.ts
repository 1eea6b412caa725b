/**
 * BatchNormExplorer's shareable state: the data, the layer's parameters, the running statistics
 * as training has left them; declared once, it reads MDX props, shared links and sync messages. No React.
 */
import { LAYERS, SHAPES } from '@/lib/batchNorm/syntheticBatch';
import { custom, defineSchema, int, list, num, oneOf, type Field, type Issue, type StateOf } from '@/lib/store/schema';

export const CHANNELS = 2;
export const BATCH_SIZES = [1, 2, 4, 8, 16, 32, 64] as const;
export const EPS_CHOICES = [1e-5, 1e-3, 0.1, 1] as const;
export const MODES = ['train', 'eval'] as const;
export type Mode = (typeof MODES)[number];

/** Slider ranges and steps; a link must stay inside them too. */
export const RANGES = {
  mean: { min: -5, max: 5, step: 0.1 },
  spread: { min: 0.1, max: 5, step: 0.1 },
  gamma: { min: -2, max: 3, step: 0.05 },
  beta: { min: -3, max: 3, step: 0.1 },
  momentum: { min: 0, max: 1, step: 0.01 },
} as const;

/** Running statistics a link may carry (they are whatever training produced, not slider values). */
const RUNNING_LIMIT = 1e6;
const MAX_STEPS = 1e6;

/** PyTorch's starting running statistics: mean 0, variance 1. */
export const INITIAL_RUNNING = { runningMean: [0, 0], runningVar: [1, 1] };

/** Two numbers, one per channel. */
const perChannel = (item: Field<number>, fallback: number[]) => list(item, [CHANNELS], fallback);

/** A running variance: positive and finite (whatever training produced, so no slider limits). */
const variance = custom<number>(1, (v) => (typeof v === 'number' && Number.isFinite(v) && v > 0 && v <= RUNNING_LIMIT ? { value: v } : { reason: 'positive-variance' }));

const fields = defineSchema({
  layer: oneOf(LAYERS, 'conv'),
  batchSize: oneOf<number>(BATCH_SIZES, 8),
  shape: oneOf(SHAPES, 'normal'),
  /** Which channel the sliders and the four steps are about (0-based). */
  channel: int(0, CHANNELS - 1, 0),
  /** Per channel: the population mean and standard deviation of the incoming activations. */
  mean: perChannel(num(RANGES.mean.min, RANGES.mean.max, 0), [3, -1]),
  spread: perChannel(num(RANGES.spread.min, RANGES.spread.max, 1), [2, 0.5]),
  gamma: perChannel(num(RANGES.gamma.min, RANGES.gamma.max, 1), [1, 1]),
  beta: perChannel(num(RANGES.beta.min, RANGES.beta.max, 0), [0, 0]),
  eps: oneOf<number>(EPS_CHOICES, 1e-5),
  momentum: num(RANGES.momentum.min, RANGES.momentum.max, 0.1),
  mode: oneOf(MODES, 'train'),
  seed: int(0, 2 ** 32 - 1, 1),
  /** Batches the running statistics have been updated with; the batch shown is number `steps`. */
  steps: int(0, MAX_STEPS, 0),
  runningMean: perChannel(num(-RUNNING_LIMIT, RUNNING_LIMIT, 0), INITIAL_RUNNING.runningMean),
  runningVar: list(variance, [CHANNELS], INITIAL_RUNNING.runningVar),
});

export type ExplorerState = StateOf<typeof fields.fields>;

/** This widget has always refused a link with a setting it does not know (a typo would otherwise pass unnoticed). */
const unknownKeys = (raw: unknown): Issue[] =>
  typeof raw === 'object' && raw !== null && !Array.isArray(raw)
    ? Object.keys(raw).filter((k) => !Object.hasOwn(fields.fields, k)).map((k) => ({ field: k, code: 'invalid' as const, detail: 'unknown-setting' }))
    : [];

export const schema: typeof fields = {
  ...fields,
  parse(raw, base = fields.defaults) {
    const unknown = unknownKeys(raw);
    if (!unknown.length) return fields.parse(raw, base);
    return { state: base, issues: [...fields.parse(raw, base).issues, ...unknown] };
  },
};

export const DEFAULT_STATE: ExplorerState = schema.defaults;

/** The one impossible combination: training-mode batch norm over a single value per channel. */
export const trainingImpossible = (s: Pick<ExplorerState, 'layer' | 'batchSize'>) => s.layer === 'fc' && s.batchSize < 2;

/** Replace one channel's entry of a per-channel array. */
export function withChannel(values: readonly number[], channel: number, v: number): number[] {
  return values.map((old, i) => (i === channel ? v : old));
}
