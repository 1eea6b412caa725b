/**
 * The convolution stepper's state, declared once: it reads MDX props, shared links and
 * presenter-sync messages. No React, no words (strings.ts words the issue codes).
 */
import { defineSchema, int, list, num, oneOf, type Issue, type StateOf } from '@/lib/store/schema';
import { get, gridCells, gridSide, has, preRead, withKey } from '@/components/widgets/shared/stepper/cellFields';
import { CUSTOM_INPUT_SIZES, DEFAULT_CUSTOM_INPUT, DEFAULT_CUSTOM_INPUT_SIZE, fitCells } from '@/components/widgets/shared/stepper/customInput';
import { INPUTS_BY_MODE, INPUT_NAMES, MODES } from '@/components/widgets/shared/stepper/presets';
import { MAX_STEP, SPEEDS } from '@/components/widgets/shared/stepper/speeds';
import { CUSTOM_SIZES, KERNEL_NAMES, MAX_KERNELS, cellsFromPreset } from './kernels';

export { SPEEDS, MAX_STEP };
export const RANGES = { stride: [1, 3], padding: [0, 2], dilation: [1, 2], kernels: [1, MAX_KERNELS] } as const;
export const BIAS_LIMIT = 10;
/** The bias slider's range; a link may carry up to ±BIAS_LIMIT. */
export const BIAS_SLIDER = { min: -2, max: 2, step: 0.1 } as const;

const IDENTITY = cellsFromPreset('identity');
const NO_BIAS = Array<number>(MAX_KERNELS).fill(0);

const FIELDS = {
  mode: oneOf(MODES, 'gray', { grayscale: 'gray', grey: 'gray', color: 'rgb', colour: 'rgb' }),
  input: oneOf(INPUT_NAMES, 'edge', { numbers: 'grid', 'number-grid': 'grid', rose: 'photo', 'photo-small': 'photo', 'large-photo': 'photo-large', 'rose-large': 'photo-large' }),
  kernel: oneOf(KERNEL_NAMES, 'sobel-x', { box: 'box-blur', blur: 'box-blur', 'gaussian-blur': 'gaussian', sobelx: 'sobel-x', sobely: 'sobel-y' }),
  /** The custom kernel's cells as typed (a half-typed "-0." survives; the editor explains it), row-major. */
  custom: gridCells(CUSTOM_SIZES, IDENTITY, false),
  customSize: oneOf(CUSTOM_SIZES, 3),
  /**
   * The reader's input (gray mode, input 'custom'): cells as typed, row-major. Unlike kernel
   * cells every one must be a number: that is what an author or a test puts in a link.
   */
  customInput: gridCells(CUSTOM_INPUT_SIZES, DEFAULT_CUSTOM_INPUT, true),
  customInputSize: oneOf(CUSTOM_INPUT_SIZES, DEFAULT_CUSTOM_INPUT_SIZE),
  stride: int(...RANGES.stride, 1),
  padding: int(...RANGES.padding, 1),
  dilation: int(...RANGES.dilation, 1),
  /** Current window, raster order; clamped to the last window when drawn. */
  step: int(0, MAX_STEP, 0),
  /** Windows per second while playing. */
  speed: oneOf(SPEEDS, 2),
  /** RGB mode: how many kernels (= output channels). */
  kernels: int(...RANGES.kernels, 1),
  /** One bias per kernel; a link may carry fewer (the rest are 0). */
  bias: list(num(-BIAS_LIMIT, BIAS_LIMIT, 0), { min: 1, max: MAX_KERNELS }, NO_BIAS),
  /** RGB mode: which kernel's sums the detail panel spells out (0-based). */
  focus: int(0, MAX_KERNELS - 1, 0),
};

export type StepperState = StateOf<typeof FIELDS>;

/** Repairs combinations that separate edits can leave behind (e.g. an RGB-only input in grayscale). */
export function normalizeState(s: StepperState): StepperState {
  const inputs = INPUTS_BY_MODE[s.mode];
  const input = inputs.includes(s.input) ? s.input : inputs[0];
  const kernels = s.mode === 'rgb' ? s.kernels : 1;
  const focus = Math.min(s.focus, kernels - 1);
  // A link may carry a size without its cells: resize the cells rather than drop them.
  const kernel = fitCells(s.custom, s.customSize, CUSTOM_SIZES, { cells: IDENTITY, size: 3 });
  const typed = fitCells(s.customInput, s.customInputSize, CUSTOM_INPUT_SIZES, { cells: DEFAULT_CUSTOM_INPUT, size: DEFAULT_CUSTOM_INPUT_SIZE });
  const bias = s.bias.length < MAX_KERNELS ? [...s.bias, ...NO_BIAS.slice(s.bias.length)] : null;
  if (input === s.input && kernels === s.kernels && focus === s.focus && !kernel && !typed && !bias) return s;
  return {
    ...s,
    input,
    kernels,
    focus,
    ...(kernel ? { custom: kernel.cells, customSize: kernel.size } : {}),
    ...(typed ? { customInput: typed.cells, customInputSize: typed.size } : {}),
    ...(bias ? { bias } : {}),
  };
}

/** Cells and a size given together must agree; an input must be one the mode offers. */
function check(s: StepperState, given: ReadonlySet<keyof StepperState>): Issue[] {
  const issues: Issue[] = [];
  if (given.has('input') && !INPUTS_BY_MODE[s.mode].includes(s.input))
    issues.push({ field: 'input', code: 'invalid', detail: s.mode === 'rgb' ? 'not-in-rgb' : 'not-in-gray', got: JSON.stringify(s.input) });
  if (given.has('custom') && given.has('customSize') && s.custom.length !== s.customSize ** 2)
    issues.push({ field: 'custom', code: 'invalid', detail: 'size-mismatch', got: `${s.custom.length} cells, size ${s.customSize}` });
  if (given.has('customInput') && given.has('customInputSize') && s.customInput.length !== s.customInputSize ** 2)
    issues.push({ field: 'customInput', code: 'invalid', detail: 'size-mismatch', got: `${s.customInput.length} cells, size ${s.customInputSize}` });
  return issues;
}

const declared = defineSchema(FIELDS, { normalize: normalizeState, check });

/** Cells without their size take the side of their grid; MDX rows select the custom kernel or input. */
function preReadCells(raw: unknown, props: boolean): unknown {
  let out = props && has(raw, 'customKernel') && !has(raw, 'custom') ? withKey(raw, 'custom', get(raw, 'customKernel')) : raw;
  for (const [cells, size, choice, value] of [
    ['custom', 'customSize', 'kernel', 'custom'],
    ['customInput', 'customInputSize', 'input', 'custom'],
  ] as const) {
    if (!has(out, cells) || !FIELDS[cells].read(get(out, cells), props).ok) continue;
    const side = gridSide(get(out, cells));
    if (side !== null && !has(out, size)) out = withKey(out, size, side);
    if (props && !has(raw, choice)) out = withKey(out, choice, value);
  }
  return out;
}

export const schema = preRead(declared, preReadCells);
export const DEFAULT_STATE = schema.defaults;
