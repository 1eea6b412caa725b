/**
 * BatchNormExplorer's shareable state: the data, the layer's parameters, the running statistics
 * as training has left them, and the validation of a shared link. No React.
 */
import { LAYERS, SHAPES, type LayerKind, type ShapeName } from '@/lib/batchNorm/syntheticBatch';
import { isPlainObject } from '@/lib/store/numericFields';
import { S } from './strings';

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

export interface ExplorerState {
  layer: LayerKind;
  batchSize: number;
  shape: ShapeName;
  /** Which channel the sliders and the four steps are about (0-based). */
  channel: number;
  /** Per channel: the population mean and standard deviation of the incoming activations. */
  mean: number[];
  spread: number[];
  gamma: number[];
  beta: number[];
  eps: number;
  momentum: number;
  mode: Mode;
  seed: number;
  /** Batches the running statistics have been updated with; the batch shown is number `steps`. */
  steps: number;
  runningMean: number[];
  runningVar: number[];
}

/** PyTorch's starting running statistics: mean 0, variance 1. */
export const INITIAL_RUNNING = { runningMean: [0, 0], runningVar: [1, 1] };

export const DEFAULT_STATE: ExplorerState = {
  layer: 'conv',
  batchSize: 8,
  shape: 'normal',
  channel: 0,
  mean: [3, -1],
  spread: [2, 0.5],
  gamma: [1, 1],
  beta: [0, 0],
  eps: 1e-5,
  momentum: 0.1,
  mode: 'train',
  seed: 1,
  steps: 0,
  ...INITIAL_RUNNING,
};

type Check = (v: unknown) => string | null;

const inRange =
  (label: string, min: number, max: number): Check =>
  (v) =>
    typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max ? null : S.errors.range(label, min, max, v);

const oneOf =
  (label: string, options: readonly (string | number)[]): Check =>
  (v) =>
    options.includes(v as string | number) ? null : S.errors.oneOf(label, options, v);

const wholeIn =
  (label: string, min: number, max: number): Check =>
  (v) =>
    typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? null : S.errors.whole(label, min, max, v);

const perChannel =
  (label: string, item: Check): Check =>
  (v) => {
    if (!Array.isArray(v) || v.length !== CHANNELS) return S.errors.perChannel(label, CHANNELS);
    for (const x of v) {
      const e = item(x);
      if (e) return e;
    }
    return null;
  };

const positiveVariance: Check = (v) =>
  typeof v === 'number' && Number.isFinite(v) && v > 0 && v <= RUNNING_LIMIT ? null : S.errors.runningVar(v);

const CHECKS: Record<keyof ExplorerState, Check> = {
  layer: oneOf('layer', LAYERS),
  batchSize: oneOf('batchSize', BATCH_SIZES),
  shape: oneOf('shape', SHAPES),
  channel: wholeIn('channel', 0, CHANNELS - 1),
  mean: perChannel('mean', inRange('mean', RANGES.mean.min, RANGES.mean.max)),
  spread: perChannel('spread', inRange('spread', RANGES.spread.min, RANGES.spread.max)),
  gamma: perChannel('gamma', inRange('gamma', RANGES.gamma.min, RANGES.gamma.max)),
  beta: perChannel('beta', inRange('beta', RANGES.beta.min, RANGES.beta.max)),
  eps: oneOf('eps', EPS_CHOICES),
  momentum: inRange('momentum', RANGES.momentum.min, RANGES.momentum.max),
  mode: oneOf('mode', MODES),
  seed: wholeIn('seed', 0, 2 ** 32 - 1),
  steps: wholeIn('steps', 0, MAX_STEPS),
  runningMean: perChannel('runningMean', inRange('runningMean', -RUNNING_LIMIT, RUNNING_LIMIT)),
  runningVar: perChannel('runningVar', positiveVariance),
};

/** Validates a shared link; one bad or unknown field rejects it, with the reason. */
export function parseExplorerState(raw: unknown): { ok: true; value: Partial<ExplorerState> } | { ok: false; error: string } {
  if (!isPlainObject(raw)) return { ok: false, error: S.errors.notObject };
  const value: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(raw)) {
    if (!(key in CHECKS)) return { ok: false, error: S.errors.unknownField(key) };
    const error = CHECKS[key as keyof ExplorerState](v);
    if (error) return { ok: false, error };
    value[key] = Array.isArray(v) ? [...(v as number[])] : v;
  }
  return { ok: true, value: value as Partial<ExplorerState> };
}

/** The props an author may set in MDX, checked like a link; bad ones are reported, not applied. */
export function stateFromProps(props: Partial<ExplorerState>): { state: ExplorerState; problem: string | null } {
  const given = Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined));
  const parsed = parseExplorerState(given);
  return parsed.ok ? { state: { ...DEFAULT_STATE, ...parsed.value }, problem: null } : { state: DEFAULT_STATE, problem: parsed.error };
}

/** The one impossible combination: training-mode batch norm over a single value per channel. */
export const trainingImpossible = (s: Pick<ExplorerState, 'layer' | 'batchSize'>) => s.layer === 'fc' && s.batchSize < 2;

/** Replace one channel's entry of a per-channel array. */
export function withChannel(values: readonly number[], channel: number, v: number): number[] {
  return values.map((old, i) => (i === channel ? v : old));
}
