/**
 * The pooling stepper's state: what a shared link may carry, its validation, and how MDX props
 * become the starting state. No React here.
 */
import { MAX_SEED } from '@/lib/random/prng';
import { CUSTOM_INPUT_SIZES, DEFAULT_CUSTOM_INPUT, DEFAULT_CUSTOM_INPUT_SIZE, fitCells, type CustomInputSize } from '../ConvolutionStepper/customInput';
import { parseCell } from '../ConvolutionStepper/kernels';
import { SPEEDS } from '../ConvolutionStepper/state';
import { DIRECTIONS, PHASES, POOL_INPUTS, POOL_MODES, UPSTREAMS, type Direction, type Phase, type PoolInput, type PoolMode, type Upstream } from './presets';
import { strings } from './strings';

export interface PoolingState {
  input: PoolInput;
  /** The reader's input (input 'custom'): cells as typed, row-major. */
  customInput: string[];
  customInputSize: CustomInputSize;
  mode: PoolMode;
  kernel: number;
  stride: number;
  padding: number;
  /** Average pooling: divide by the whole window, padding included (PyTorch's default). */
  countIncludePad: boolean;
  /** Stochastic pooling: training-time sample or test-time expectation. */
  phase: Phase;
  seed: number;
  direction: Direction;
  upstream: Upstream;
  /** Current window, raster order; clamped to the last window when drawn. */
  step: number;
  /** Windows per second while playing. */
  speed: number;
}

/** Padding up to 2 so that an impossible combination (padding over half the window) can be shown. */
export const RANGES = { kernel: [2, 3], stride: [1, 3], padding: [0, 2] } as const;
export const MAX_STEP = 100_000;

export const DEFAULT_STATE: PoolingState = {
  input: 'classic',
  customInput: [...DEFAULT_CUSTOM_INPUT],
  customInputSize: DEFAULT_CUSTOM_INPUT_SIZE,
  mode: 'max',
  kernel: 2,
  stride: 2,
  padding: 0,
  countIncludePad: true,
  phase: 'train',
  seed: 1,
  direction: 'forward',
  upstream: 'ones',
  step: 0,
  speed: 1,
};

type Field<T> = (v: unknown) => { ok: true; value: T } | { ok: false; error: string };

const intIn =
  (name: string, lo: number, hi: number): Field<number> =>
  (v) =>
    typeof v === 'number' && Number.isInteger(v) && v >= lo && v <= hi ? { ok: true, value: v } : { ok: false, error: strings.errors.intRange(name, lo, hi, v) };

const oneOf =
  <T extends string | number>(name: string, options: readonly T[]): Field<T> =>
  (v) =>
    options.includes(v as T) ? { ok: true, value: v as T } : { ok: false, error: strings.errors.oneOf(name, options, v) };

const bool =
  (name: string): Field<boolean> =>
  (v) =>
    typeof v === 'boolean' ? { ok: true, value: v } : { ok: false, error: strings.errors.boolean(name, v) };

const FIELDS: { [K in keyof PoolingState]: Field<PoolingState[K]> } = {
  input: oneOf('input', POOL_INPUTS),
  customInputSize: oneOf('customInputSize', CUSTOM_INPUT_SIZES),
  customInput: (v) => {
    if (!Array.isArray(v) || !CUSTOM_INPUT_SIZES.some((n) => n * n === v.length)) return { ok: false, error: strings.errors.customInput };
    const cells = v.map((c: unknown) => (typeof c === 'number' || typeof c === 'string' ? String(c) : null));
    if (!cells.every((c): c is string => c !== null && parseCell(c).ok)) return { ok: false, error: strings.errors.customInput };
    return { ok: true, value: cells };
  },
  mode: oneOf('mode', POOL_MODES),
  kernel: intIn('kernel', ...RANGES.kernel),
  stride: intIn('stride', ...RANGES.stride),
  padding: intIn('padding', ...RANGES.padding),
  countIncludePad: bool('countIncludePad'),
  phase: oneOf('phase', PHASES),
  seed: intIn('seed', 0, MAX_SEED),
  direction: oneOf('direction', DIRECTIONS),
  upstream: oneOf('upstream', UPSTREAMS),
  step: intIn('step', 0, MAX_STEP),
  speed: oneOf('speed', SPEEDS),
};

export type ParseResult = { ok: true; value: Partial<PoolingState> } | { ok: false; error: string };

/** Validates a shared link's JSON; one bad field rejects the link, with the reason. */
export function parsePoolingState(raw: unknown): ParseResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, error: strings.errors.notObject };
  const value: Partial<Record<keyof PoolingState, unknown>> = {};
  for (const [key, v] of Object.entries(raw)) {
    if (!(key in FIELDS)) continue;
    const r = FIELDS[key as keyof PoolingState](v);
    if (!r.ok) return { ok: false, error: r.error };
    value[key as keyof PoolingState] = r.value;
  }
  const parsed = value as Partial<PoolingState>;
  if (parsed.customInput && !parsed.customInputSize) parsed.customInputSize = Math.round(Math.sqrt(parsed.customInput.length)) as CustomInputSize;
  return { ok: true, value: parsed };
}

/** A link may carry a size without its cells (or cells of another size): keep them together. */
export function normalizeState(s: PoolingState): PoolingState {
  const typed = fitCells(s.customInput, s.customInputSize, CUSTOM_INPUT_SIZES, { cells: DEFAULT_CUSTOM_INPUT, size: DEFAULT_CUSTOM_INPUT_SIZE });
  return typed ? { ...s, customInput: typed.cells, customInputSize: typed.size } : s;
}

export type PoolingProps = Partial<Record<Exclude<keyof PoolingState, 'customInput' | 'customInputSize' | 'step'>, unknown>> & { customInput?: unknown };

/** MDX may pass numbers as strings (stride="2"). */
const numeric = (v: unknown) => (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : v);

/** The starting state from MDX props; each bad prop is reported and replaced by its default. */
export function stateFromProps(props: PoolingProps): { state: PoolingState; problems: string[] } {
  const problems: string[] = [];
  const state: PoolingState = { ...DEFAULT_STATE, customInput: [...DEFAULT_STATE.customInput] };
  const take = <K extends keyof PoolingState>(key: K, v: unknown) => {
    if (v === undefined) return;
    const r = FIELDS[key](v);
    if (r.ok) state[key] = r.value;
    else problems.push(strings.errors.prop(r.error));
  };
  for (const key of ['input', 'mode', 'countIncludePad', 'phase', 'direction', 'upstream'] as const) take(key, props[key]);
  for (const key of ['kernel', 'stride', 'padding', 'seed', 'speed'] as const) take(key, numeric(props[key]));
  if (props.customInput !== undefined) {
    const rows = props.customInput;
    const grid = Array.isArray(rows) && rows.every(Array.isArray) ? (rows as unknown[][]) : null;
    const cells = grid && grid.every((row) => row.length === grid.length) ? FIELDS.customInput(grid.flat()) : null;
    if (grid && cells?.ok) {
      state.customInput = cells.value;
      state.customInputSize = grid.length as CustomInputSize;
      if (props.input === undefined) state.input = 'custom';
    } else problems.push(strings.errors.prop(strings.errors.customInput));
  }
  return { state: normalizeState(state), problems };
}
