/** ReceptiveFieldExplorer's shareable state, its presets, and the validation of a shared link. No React. */
import type { ChainLayer, ChainLayerKind } from '@/lib/nn/layerChain';
import { isPlainObject, numericFields } from '@/lib/store/numericFields';
import { S } from './strings';

const conv = (kernel: number, padding: number, dilation = 1, stride = 1): ChainLayer => ({ kind: 'conv', kernel, stride, padding, dilation });
const pool = (kind: 'max' | 'avg', kernel: number, stride = kernel): ChainLayer => ({ kind, kernel, stride, padding: 0, dilation: 1 });
const c3 = conv(3, 1);

/** Stacks that make the lesson's comparisons; the reader may edit any of them. */
export const PRESETS = {
  'two-3x3': [c3, c3],
  'one-5x5': [conv(5, 2)],
  'three-3x3': [c3, c3, c3],
  'one-7x7': [conv(7, 3)],
  'with-pooling': [c3, pool('max', 2), c3, c3],
  dilated: [conv(3, 1, 1), conv(3, 2, 2), conv(3, 4, 4)],
  'six-3x3': [c3, c3, c3, c3, c3, c3],
} satisfies Record<string, ChainLayer[]>;

export type PresetId = keyof typeof PRESETS;
export const PRESET_IDS = Object.keys(PRESETS) as PresetId[];
export type StackChoice = PresetId | 'custom';

export const KINDS: ChainLayerKind[] = ['conv', 'max', 'avg'];
export const MAX_LAYERS = 8;

/** The values each layer setting may take (drop-down lists, so no value outside them is ever typed). */
export const LAYER_OPTIONS = {
  kernel: [1, 2, 3, 4, 5, 6, 7, 9, 11],
  stride: [1, 2, 3, 4],
  padding: [0, 1, 2, 3, 4, 5, 6, 8],
  dilation: [1, 2, 3, 4, 8],
} as const;

export type LayerField = keyof typeof LAYER_OPTIONS;

export interface ExplorerState {
  stack: StackChoice;
  layers: ChainLayer[];
  /** Side of the square input. */
  side: number;
  /** Channels in and out of every conv layer, for the weight counts. */
  channels: number;
  /** ReLU after every layer but the last, in the effective field's random network. */
  relu: boolean;
  /** Seed of the random network. */
  seed: number;
  /** The selected output unit [row, col]; null: the centre of the output. */
  unit: [number, number] | null;
}

export type NumericField = 'side' | 'channels' | 'seed';

export const LIMITS: Record<NumericField, [min: number, max: number]> = {
  side: [3, 64],
  channels: [1, 1024],
  seed: [1, 1_000_000],
};

export const DEFAULT_STATE: ExplorerState = {
  stack: 'two-3x3',
  layers: PRESETS['two-3x3'],
  side: 16,
  channels: 64,
  relu: true,
  seed: 1,
  unit: null,
};

const checks = numericFields(LIMITS, (f) => S.fields[f], { ...S.errors, outOfRange: S.errors.range });

export const fieldError = checks.fieldError;
export const numbersError = (state: ExplorerState) => checks.firstError(state);

function parseLayer(raw: unknown, i: number): ChainLayer | string {
  if (!isPlainObject(raw)) return S.errors.layerNotObject(i);
  const kind = raw.kind;
  if (typeof kind !== 'string' || !(KINDS as string[]).includes(kind)) return S.errors.layerKind(i, String(kind));
  const layer: ChainLayer = { kind: kind as ChainLayerKind, kernel: 3, stride: 1, padding: 0, dilation: 1 };
  for (const field of Object.keys(LAYER_OPTIONS) as LayerField[]) {
    if (!(field in raw)) continue;
    const v = raw[field];
    if (typeof v !== 'number' || !(LAYER_OPTIONS[field] as readonly number[]).includes(v)) return S.errors.layerField(i, S.layerFields[field], v, LAYER_OPTIONS[field]);
    layer[field] = v;
  }
  if (layer.kind !== 'conv') layer.dilation = 1;
  return layer;
}

/** Validate state from a shared link: every number in range, every layer well formed. */
export function parseExplorerState(raw: unknown): { ok: true; value: Partial<ExplorerState> } | { ok: false; error: string } {
  if (!isPlainObject(raw)) return { ok: false, error: S.errors.notObject };
  const numbers = checks.parseFields(raw);
  if (!numbers.ok) return numbers;
  const value: Partial<ExplorerState> = { ...numbers.value };
  if ('relu' in raw) {
    if (typeof raw.relu !== 'boolean') return { ok: false, error: S.errors.reluNotBoolean };
    value.relu = raw.relu;
  }
  if ('stack' in raw) {
    const stack = raw.stack;
    if (typeof stack !== 'string' || !(stack === 'custom' || (PRESET_IDS as string[]).includes(stack))) return { ok: false, error: S.errors.unknownStack(String(stack)) };
    value.stack = stack as StackChoice;
    if (stack !== 'custom') value.layers = PRESETS[stack as PresetId];
  }
  if ('layers' in raw && value.stack !== undefined && value.stack !== 'custom') {
    // A named stack brings its own layers.
  } else if ('layers' in raw) {
    if (!Array.isArray(raw.layers) || raw.layers.length < 1 || raw.layers.length > MAX_LAYERS) return { ok: false, error: S.errors.layerCount(MAX_LAYERS) };
    const layers: ChainLayer[] = [];
    for (const [i, l] of raw.layers.entries()) {
      const parsed = parseLayer(l, i);
      if (typeof parsed === 'string') return { ok: false, error: parsed };
      layers.push(parsed);
    }
    value.layers = layers;
    value.stack = 'custom';
  }
  if ('unit' in raw && raw.unit !== null) {
    const u = raw.unit;
    if (!Array.isArray(u) || u.length !== 2 || !u.every((v) => Number.isInteger(v) && (v as number) >= 0)) return { ok: false, error: S.errors.unit };
    value.unit = [u[0] as number, u[1] as number];
  }
  return { ok: true, value };
}
