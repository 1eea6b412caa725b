/** ReceptiveFieldExplorer's state and presets, declared once: it reads MDX props, shared links and sync messages. No React. */
import type { ChainLayer, ChainLayerKind } from '@/lib/nn/layerChain';
import { bool, custom, defineSchema, int, list, oneOf, type Issue, type StateOf } from '@/lib/store/schema';

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

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * One layer of a link: a known kind, each setting among its options (missing ones take a 3×3
 * kernel, stride 1, no padding); pooling has no dilation. Reasons: 'not-object', 'kind', or the
 * setting that is off (strings word them).
 */
const layer = custom<ChainLayer>(PRESETS['two-3x3'][0], (raw) => {
  if (!isRecord(raw)) return { reason: 'not-object' };
  const kind = raw.kind;
  if (typeof kind !== 'string' || !(KINDS as string[]).includes(kind)) return { reason: 'kind' };
  const out: ChainLayer = { kind: kind as ChainLayerKind, kernel: 3, stride: 1, padding: 0, dilation: 1 };
  for (const field of Object.keys(LAYER_OPTIONS) as LayerField[]) {
    if (!Object.hasOwn(raw, field)) continue;
    const v = raw[field];
    if (typeof v !== 'number' || !(LAYER_OPTIONS[field] as readonly number[]).includes(v)) return { reason: field };
    out[field] = v + 0;
  }
  if (out.kind !== 'conv') out.dilation = 1;
  return { value: out };
});

/** The selected output unit [row, column], two whole numbers from 0; null: the centre of the output. */
const unit = custom<[number, number] | null>(null, (v) => {
  if (v === null) return { value: null };
  if (!Array.isArray(v) || v.length !== 2 || !v.every((x) => Number.isInteger(x) && (x as number) >= 0)) return { reason: 'unit' };
  return { value: [(v[0] as number) + 0, (v[1] as number) + 0] };
});

const fields = defineSchema({
  stack: oneOf<StackChoice>([...PRESET_IDS, 'custom'], 'two-3x3'),
  layers: list(layer, { min: 1, max: MAX_LAYERS }, PRESETS['two-3x3']),
  /** Side of the square input. */
  side: int(3, 64, 16),
  /** Channels in and out of every conv layer, for the weight counts. */
  channels: int(1, 1024, 64),
  /** ReLU after every layer but the last, in the effective field's random network. */
  relu: bool(true),
  /** Seed of the random network. */
  seed: int(1, 1_000_000, 1),
  unit,
});

export type ExplorerState = StateOf<typeof fields.fields>;
export type NumericField = 'side' | 'channels' | 'seed';
const NUMERIC_FIELDS: NumericField[] = ['side', 'channels', 'seed'];

/**
 * A named stack brings its own layers (a link's layers are then ignored); layers without a named
 * stack make the stack custom.
 */
function withStack(raw: unknown): unknown {
  if (!isRecord(raw)) return raw;
  const stack = raw.stack;
  if (Object.hasOwn(raw, 'stack') && typeof stack === 'string' && Object.hasOwn(PRESETS, stack)) return { ...raw, layers: PRESETS[stack as PresetId] };
  if (Object.hasOwn(raw, 'layers') && raw.layers !== undefined && (!Object.hasOwn(raw, 'stack') || stack === undefined)) return { ...raw, stack: 'custom' };
  return raw;
}

export const schema: typeof fields = {
  ...fields,
  parse: (raw, base) => fields.parse(withStack(raw), base),
  fromProps: (props, base) => fields.fromProps(withStack(props) as Record<string, unknown>, base),
};

export const DEFAULT_STATE: ExplorerState = schema.defaults;

/** The first number the reader typed wrong (empty, a fraction, out of range), as the schema reports it. */
export function numbersError(state: ExplorerState): { field: NumericField; issue: Issue } | null {
  for (const field of NUMERIC_FIELDS) {
    const r = schema.fields[field].read(state[field], false);
    if (!r.ok) return { field, issue: { field, ...r.issue } };
  }
  return null;
}
