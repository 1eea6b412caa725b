/**
 * The pooling stepper's state, declared once: it reads MDX props, shared links and sync messages.
 * No React, no words (strings.ts words the issue codes).
 */
import { MAX_SEED } from '@/lib/random/prng';
import { bool, defineSchema, int, oneOf, type Issue, type StateOf } from '@/lib/store/schema';
import { get, gridCells, gridSide, has, preRead, withKey } from '@/components/widgets/shared/stepper/cellFields';
import { CUSTOM_INPUT_SIZES, DEFAULT_CUSTOM_INPUT, DEFAULT_CUSTOM_INPUT_SIZE, fitCells } from '@/components/widgets/shared/stepper/customInput';
import { MAX_STEP, SPEEDS } from '@/components/widgets/shared/stepper/speeds';
import { DIRECTIONS, PHASES, POOL_INPUTS, POOL_MODES, UPSTREAMS } from './presets';

/** Padding up to 2 so that an impossible combination (padding over half the window) can be shown. */
export const RANGES = { kernel: [2, 3], stride: [1, 3], padding: [0, 2] } as const;

const FIELDS = {
  input: oneOf(POOL_INPUTS, 'classic'),
  /** The reader's input (input 'custom'): cells as typed, row-major. MDX gives rows. */
  customInput: gridCells(CUSTOM_INPUT_SIZES, DEFAULT_CUSTOM_INPUT, true),
  customInputSize: oneOf(CUSTOM_INPUT_SIZES, DEFAULT_CUSTOM_INPUT_SIZE),
  mode: oneOf(POOL_MODES, 'max'),
  kernel: int(...RANGES.kernel, 2),
  stride: int(...RANGES.stride, 2),
  padding: int(...RANGES.padding, 0),
  /** Average pooling: divide by the whole window, padding included (PyTorch's default). */
  countIncludePad: bool(true),
  /** Stochastic pooling: training-time sample or test-time expectation. */
  phase: oneOf(PHASES, 'train'),
  seed: int(0, MAX_SEED, 1),
  direction: oneOf(DIRECTIONS, 'forward'),
  upstream: oneOf(UPSTREAMS, 'ones'),
  /** Current window, raster order; clamped to the last window when drawn. */
  step: int(0, MAX_STEP, 0),
  /** Windows per second while playing. */
  speed: oneOf(SPEEDS, 1),
};

export type PoolingState = StateOf<typeof FIELDS>;

const declared = defineSchema(FIELDS, {
    normalize: normalizeState,
    check: (s, given) =>
      given.has('customInput') && given.has('customInputSize') && s.customInput.length !== s.customInputSize ** 2
        ? [{ field: 'customInput', code: 'invalid', detail: 'size-mismatch', got: `${s.customInput.length} cells, size ${s.customInputSize}` } satisfies Issue]
        : [],
});

/** A link may carry a size without its cells (or cells of another size): keep them together. */
export function normalizeState(s: PoolingState): PoolingState {
  const typed = fitCells(s.customInput, s.customInputSize, CUSTOM_INPUT_SIZES, { cells: DEFAULT_CUSTOM_INPUT, size: DEFAULT_CUSTOM_INPUT_SIZE });
  return typed ? { ...s, customInput: typed.cells, customInputSize: typed.size } : s;
}

/**
 * Cells without their size: the size is the side of the grid. MDX rows of numbers select the
 * custom input unless the lesson also names an input.
 */
export const schema = preRead(declared, (raw, props) => {
  if (!has(raw, 'customInput')) return raw;
  const side = gridSide(get(raw, 'customInput'));
  let out = side !== null && !has(raw, 'customInputSize') ? withKey(raw, 'customInputSize', side) : raw;
  if (props && !has(raw, 'input') && declared.fields.customInput.read(get(raw, 'customInput'), true).ok) out = withKey(out, 'input', 'custom');
  return out;
});

export const DEFAULT_STATE = schema.defaults;
