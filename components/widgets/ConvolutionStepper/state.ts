/**
 * The stepper's state: what a shared link may carry, its validation, and how MDX props become
 * the starting state. No React here.
 */
import { INPUTS_BY_MODE, INPUT_NAMES, MODES, type InputName, type Mode } from './presets';
import { CUSTOM_SIZES, KERNEL_NAMES, MAX_KERNELS, cellsFromPreset, parseCell, type CustomSize, type KernelName } from './kernels';
import {
  CUSTOM_INPUT_SIZES,
  DEFAULT_CUSTOM_INPUT,
  DEFAULT_CUSTOM_INPUT_SIZE,
  fitCells,
  type CustomInputSize,
} from './customInput';
import { strings } from './strings';

export interface StepperState {
  mode: Mode;
  input: InputName;
  kernel: KernelName;
  /** The custom kernel's cells as typed (so a half-typed "-0." survives), row-major. */
  custom: string[];
  customSize: CustomSize;
  /** The reader's input (gray mode, input 'custom'): cells as typed, row-major. */
  customInput: string[];
  customInputSize: CustomInputSize;
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
/** Windows per second; the fast ones sweep a 46×70 photo (3,220 windows) in under a minute. */
export const SPEEDS = [0.5, 1, 2, 4, 8, 16, 32, 64, 128, 256] as const;
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
  customInput: [...DEFAULT_CUSTOM_INPUT],
  customInputSize: DEFAULT_CUSTOM_INPUT_SIZE,
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

const isSquareOf = (sizes: readonly number[], n: number) => sizes.some((s) => s * s === n);

const FIELDS: { [K in keyof StepperState]: Field<StepperState[K]> } = {
  mode: oneOf('mode', MODES),
  input: oneOf('input', INPUT_NAMES),
  kernel: oneOf('kernel', KERNEL_NAMES),
  customSize: oneOf('customSize', CUSTOM_SIZES),
  customInputSize: oneOf('customInputSize', CUSTOM_INPUT_SIZES),
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
    if (!isSquareOf(CUSTOM_SIZES, v.length)) return { ok: false, error: strings.errors.customCells };
    // Bad numbers are kept: the editor explains them in place.
    return { ok: true, value: v.map(String) };
  },
  // Unlike kernel cells, every input cell must be a number: numbers (not half-typed text) are what
  // an author or a test puts in a link, and a wrong one should say so rather than blank the figure.
  // String(number) keeps every digit a double has, so -0.82013452 arrives as typed.
  customInput: (v) => {
    if (!Array.isArray(v) || !isSquareOf(CUSTOM_INPUT_SIZES, v.length))
      return { ok: false, error: strings.errors.customInputShape(CUSTOM_INPUT_SIZES, strings.errors.gotCells(v)) };
    const size = Math.round(Math.sqrt(v.length));
    const cells: string[] = [];
    for (let idx = 0; idx < v.length; idx++) {
      const c: unknown = v[idx];
      const r = typeof c === 'string' || typeof c === 'number' ? parseCell(String(c)) : null;
      if (!r?.ok) {
        const text = typeof c === 'string' ? c : (JSON.stringify(c) ?? String(c));
        return { ok: false, error: strings.errors.customInputCell(Math.floor(idx / size), idx % size, text, r?.problem ?? 'not-a-number') };
      }
      cells.push(String(c));
    }
    return { ok: true, value: cells };
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
  if (parsed.customInput && parsed.customInputSize && parsed.customInput.length !== parsed.customInputSize ** 2)
    return { ok: false, error: strings.errors.customInputSize(parsed.customInput.length, parsed.customInputSize) };
  // Cells without their size: the size is the square root of their count.
  if (parsed.custom && !parsed.customSize) parsed.customSize = Math.round(Math.sqrt(parsed.custom.length)) as CustomSize;
  if (parsed.customInput && !parsed.customInputSize)
    parsed.customInputSize = Math.round(Math.sqrt(parsed.customInput.length)) as CustomInputSize;
  return { ok: true, value: parsed };
}

/** Repairs combinations that separate edits can leave behind (e.g. an RGB-only input in grayscale). */
export function normalizeState(s: StepperState): StepperState {
  const inputs = INPUTS_BY_MODE[s.mode];
  const input = inputs.includes(s.input) ? s.input : inputs[0];
  const kernels = s.mode === 'rgb' ? s.kernels : 1;
  const focus = Math.min(s.focus, kernels - 1);
  // A link may carry a size without its cells: resize the cells rather than drop them.
  const kernel = fitCells(s.custom, s.customSize, CUSTOM_SIZES, { cells: cellsFromPreset('identity'), size: 3 });
  const typed = fitCells(s.customInput, s.customInputSize, CUSTOM_INPUT_SIZES, {
    cells: DEFAULT_CUSTOM_INPUT,
    size: DEFAULT_CUSTOM_INPUT_SIZE,
  });
  if (input === s.input && kernels === s.kernels && focus === s.focus && !kernel && !typed) return s;
  return {
    ...s,
    input,
    kernels,
    focus,
    ...(kernel ? { custom: kernel.cells, customSize: kernel.size } : {}),
    ...(typed ? { customInput: typed.cells, customInputSize: typed.size } : {}),
  };
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
  customInput?: unknown;
}

/** Other names an author may reach for. */
const ALIASES: Record<string, string> = {
  numbers: 'grid',
  'number-grid': 'grid',
  rose: 'photo',
  'photo-small': 'photo',
  'large-photo': 'photo-large',
  'rose-large': 'photo-large',
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
  if (props.customInput !== undefined) {
    const rows = props.customInput;
    const grid = Array.isArray(rows) && rows.every(Array.isArray) ? (rows as unknown[][]) : null;
    const square = grid !== null && grid.every((row) => row.length === grid.length);
    const cells = square ? FIELDS.customInput(grid.flat()) : null;
    if (grid && cells?.ok) {
      state.customInput = cells.value;
      state.customInputSize = grid.length as CustomInputSize;
      if (props.input === undefined) state.input = 'custom';
    } else {
      const why = cells && !cells.ok ? cells.error : strings.errors.customInputShape(CUSTOM_INPUT_SIZES, grid ? strings.errors.gotRows(grid.map((r) => r.length)) : strings.errors.gotCells(rows));
      problems.push(strings.errors.prop('customInput', why));
    }
  }
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
