/**
 * The stepper's state: what a shared link may carry, its validation, and how MDX props become
 * the starting state. No React here.
 */
import { INPUTS_BY_MODE, INPUT_NAMES, MODES, type InputName, type Mode } from './presets';
import { CUSTOM_SIZES, KERNEL_NAMES, MAX_KERNELS, cellsFromPreset, parseCell, type CustomSize, type KernelName } from './kernels';
import { strings } from './strings';

export interface StepperState {
  mode: Mode;
  input: InputName;
  kernel: KernelName;
  /** The custom kernel's cells as typed (so a half-typed "-0." survives), row-major. */
  custom: string[];
  customSize: CustomSize;
  stride: number;
  padding: number;
  dilation: number;
  /** Current window, raster order; clamped to the last window when drawn. */
  step: number;
  /** Windows per second while playing. */
  speed: number;
  /** RGB mode: how many kernels (= output channels). */
  kernels: number;
  /** One bias per kernel. */
  bias: number[];
  /** RGB mode: which kernel's sums the detail panel spells out (0-based). */
  focus: number;
}

export const RANGES = { stride: [1, 3], padding: [0, 2], dilation: [1, 2], kernels: [1, MAX_KERNELS] } as const;
export const SPEEDS = [0.5, 1, 2, 4, 8, 16, 32] as const;
export const BIAS_LIMIT = 10;
/** The bias slider's range; a link may carry up to ±BIAS_LIMIT. */
export const BIAS_SLIDER = { min: -2, max: 2, step: 0.1 } as const;
export const MAX_STEP = 100_000;

export const DEFAULT_STATE: StepperState = {
  mode: 'gray',
  input: 'edge',
  kernel: 'sobel-x',
  custom: cellsFromPreset('identity'),
  customSize: 3,
  stride: 1,
  padding: 1,
  dilation: 1,
  step: 0,
  speed: 2,
  kernels: 1,
  bias: [0, 0, 0, 0],
  focus: 0,
};

type Field<T> = (v: unknown) => { ok: true; value: T } | { ok: false; error: string };

const intIn =
  (name: string, lo: number, hi: number): Field<number> =>
  (v) =>
    typeof v === 'number' && Number.isInteger(v) && v >= lo && v <= hi
      ? { ok: true, value: v }
      : { ok: false, error: strings.errors.intRange(name, lo, hi, v) };

const oneOf =
  <T extends string | number>(name: string, options: readonly T[]): Field<T> =>
  (v) =>
    options.includes(v as T) ? { ok: true, value: v as T } : { ok: false, error: strings.errors.oneOf(name, options, v) };

const FIELDS: { [K in keyof StepperState]: Field<StepperState[K]> } = {
  mode: oneOf('mode', MODES),
  input: oneOf('input', INPUT_NAMES),
  kernel: oneOf('kernel', KERNEL_NAMES),
  customSize: oneOf('customSize', CUSTOM_SIZES),
  stride: intIn('stride', ...RANGES.stride),
  padding: intIn('padding', ...RANGES.padding),
  dilation: intIn('dilation', ...RANGES.dilation),
  kernels: intIn('kernels', ...RANGES.kernels),
  focus: intIn('focus', 0, MAX_KERNELS - 1),
  step: intIn('step', 0, MAX_STEP),
  speed: oneOf('speed', SPEEDS),
  custom: (v) => {
    if (!Array.isArray(v) || !v.every((c) => typeof c === 'string' || typeof c === 'number'))
      return { ok: false, error: strings.errors.customCells };
    if (!CUSTOM_SIZES.some((n) => n * n === v.length)) return { ok: false, error: strings.errors.customCells };
    // Bad numbers are kept: the editor explains them in place.
    return { ok: true, value: v.map(String) };
  },
  bias: (v) => {
    if (typeof v === 'number') v = [v];
    if (
      !Array.isArray(v) ||
      v.length < 1 ||
      v.length > MAX_KERNELS ||
      !v.every((b) => typeof b === 'number' && Number.isFinite(b) && Math.abs(b) <= BIAS_LIMIT)
    )
      return { ok: false, error: strings.errors.bias(BIAS_LIMIT, MAX_KERNELS) };
    const bias = [...(v as number[])];
    while (bias.length < MAX_KERNELS) bias.push(0);
    return { ok: true, value: bias };
  },
};

export type ParseResult = { ok: true; value: Partial<StepperState> } | { ok: false; error: string };

/** Validates a shared link's JSON; one bad field rejects the link, with the reason. */
export function parseStepperState(raw: unknown): ParseResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, error: strings.errors.notObject };
  const value: Partial<Record<keyof StepperState, unknown>> = {};
  for (const [key, v] of Object.entries(raw)) {
    if (!(key in FIELDS)) continue;
    const r = FIELDS[key as keyof StepperState](v);
    if (!r.ok) return { ok: false, error: r.error };
    value[key as keyof StepperState] = r.value;
  }
  const parsed = value as Partial<StepperState>;
  if (parsed.mode && parsed.input && !INPUTS_BY_MODE[parsed.mode].includes(parsed.input))
    return { ok: false, error: strings.errors.inputMode(parsed.input, parsed.mode) };
  if (parsed.custom && parsed.customSize && parsed.custom.length !== parsed.customSize ** 2)
    return { ok: false, error: strings.errors.customCells };
  return { ok: true, value: parsed };
}

/** Repairs combinations that separate edits can leave behind (e.g. an RGB-only input in grayscale). */
export function normalizeState(s: StepperState): StepperState {
  const inputs = INPUTS_BY_MODE[s.mode];
  const input = inputs.includes(s.input) ? s.input : inputs[0];
  const kernels = s.mode === 'rgb' ? s.kernels : 1;
  const focus = Math.min(s.focus, kernels - 1);
  const custom = s.custom.length === s.customSize ** 2 ? s.custom : cellsFromPreset('identity');
  const customSize = s.custom.length === s.customSize ** 2 ? s.customSize : 3;
  if (input === s.input && kernels === s.kernels && focus === s.focus && custom === s.custom) return s;
  return { ...s, input, kernels, focus, custom, customSize };
}

export interface StepperPropsState {
  mode?: unknown;
  input?: unknown;
  kernel?: unknown;
  stride?: unknown;
  padding?: unknown;
  dilation?: unknown;
  kernels?: unknown;
  bias?: unknown;
  speed?: unknown;
  customKernel?: unknown;
}

/** Other names an author may reach for. */
const ALIASES: Record<string, string> = {
  numbers: 'grid',
  'number-grid': 'grid',
  rose: 'photo',
  box: 'box-blur',
  blur: 'box-blur',
  'gaussian-blur': 'gaussian',
  sobelx: 'sobel-x',
  sobely: 'sobel-y',
  grayscale: 'gray',
  grey: 'gray',
  color: 'rgb',
  colour: 'rgb',
};
const alias = (v: unknown) => (typeof v === 'string' ? (ALIASES[v.toLowerCase()] ?? v) : v);

/** MDX may pass numbers as strings (stride="2"). */
const numeric = (v: unknown) => (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : v);

/**
 * The starting state from MDX props. Each bad prop is reported and replaced by its default, so
 * one typo in a lesson never blanks the widget.
 */
export function stateFromProps(props: StepperPropsState): { state: StepperState; problems: string[] } {
  const problems: string[] = [];
  const state: StepperState = { ...DEFAULT_STATE, bias: [...DEFAULT_STATE.bias] };
  const take = <K extends keyof StepperState>(key: K, v: unknown, prop: string = key) => {
    if (v === undefined) return;
    const r = FIELDS[key](v);
    if (r.ok) state[key] = r.value;
    else problems.push(strings.errors.prop(prop, r.error));
  };
  take('mode', alias(props.mode));
  if (state.mode === 'rgb') state.input = INPUTS_BY_MODE.rgb[0];
  take('input', alias(props.input));
  if (!INPUTS_BY_MODE[state.mode].includes(state.input)) {
    problems.push(strings.errors.prop('input', strings.errors.inputMode(state.input, state.mode)));
    state.input = INPUTS_BY_MODE[state.mode][0];
  }
  take('kernel', alias(props.kernel));
  for (const key of ['stride', 'padding', 'dilation', 'kernels', 'speed'] as const) take(key, numeric(props[key]));
  take('bias', Array.isArray(props.bias) ? props.bias.map(numeric) : numeric(props.bias));
  if (props.customKernel !== undefined) {
    const rows = props.customKernel;
    const flat = Array.isArray(rows) && rows.every(Array.isArray) ? (rows as unknown[][]).flat() : rows;
    const cells = FIELDS.custom(flat);
    if (cells.ok && cells.value.every((c) => parseCell(c).ok)) {
      state.custom = cells.value;
      state.customSize = Math.round(Math.sqrt(cells.value.length)) as CustomSize;
      if (props.kernel === undefined) state.kernel = 'custom';
    } else problems.push(strings.errors.prop('customKernel', strings.errors.customCells));
  }
  return { state: normalizeState(state), problems };
}
