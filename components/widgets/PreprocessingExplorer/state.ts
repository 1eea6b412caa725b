/** PreprocessingExplorer's state and presets, declared once: it reads MDX props, shared links and sync messages. No React. */
import { STAGES } from '@/lib/preprocessing/pipeline2d';
import { bool, defineSchema, int, num, oneOf, type StateOf } from '@/lib/store/schema';

export const PRESETS = {
  correlated: { rho: 0.8, sx: 3, sy: 1, mx: 6, my: 4 },
  scales: { rho: 0.3, sx: 12, sy: 0.8, mx: 15, my: -3 },
  line: { rho: 0.999, sx: 2, sy: 2, mx: 3, my: 2 },
} as const;
export type PresetId = keyof typeof PRESETS;
export const PRESET_IDS = Object.keys(PRESETS) as PresetId[];

export const POINT_COUNTS = [20, 100, 400] as const;
export const EPSILONS = [0, 1e-5, 1e-3, 0.1, 1] as const;

/** Slider ranges and steps. */
export const SLIDERS = {
  rho: { min: -1, max: 1, step: 0.001 },
  sx: { min: 0.1, max: 20, step: 0.1 },
  sy: { min: 0.1, max: 20, step: 0.1 },
  mx: { min: -20, max: 20, step: 0.5 },
  my: { min: -20, max: 20, step: 0.5 },
} as const;
export type SliderField = keyof typeof SLIDERS;
export const MAX_SEED = 1_000_000;

const slider = (f: SliderField) => num(SLIDERS[f].min, SLIDERS[f].max, PRESETS.correlated[f]);

const fields = defineSchema({
  preset: oneOf<PresetId | 'custom'>([...PRESET_IDS, 'custom'], 'correlated'),
  rho: slider('rho'),
  sx: slider('sx'),
  sy: slider('sy'),
  mx: slider('mx'),
  my: slider('my'),
  n: oneOf(POINT_COUNTS, 100),
  seed: int(1, MAX_SEED, 1),
  epsilon: oneOf(EPSILONS, 1e-5),
  stage: oneOf(STAGES, 'raw'),
  showTest: bool(false),
});

export type ExplorerState = StateOf<typeof fields.fields>;

/** A named preset brings its own numbers; the link's or the lesson's own numbers then override them. */
function withPreset(raw: unknown, base: ExplorerState): ExplorerState {
  if (typeof raw !== 'object' || raw === null || !Object.hasOwn(raw, 'preset')) return base;
  const preset = (raw as { preset: unknown }).preset;
  return typeof preset === 'string' && Object.hasOwn(PRESETS, preset) ? { ...base, ...PRESETS[preset as PresetId] } : base;
}

export const schema: typeof fields = {
  ...fields,
  parse(raw, base = fields.defaults) {
    const r = fields.parse(raw, withPreset(raw, base));
    // A refused link leaves the state as it was, preset numbers included.
    return r.issues.length ? { state: base, issues: r.issues } : r;
  },
  fromProps: (props, base = fields.defaults) => fields.fromProps(props, withPreset(props, base)),
};

export const DEFAULT_STATE: ExplorerState = schema.defaults;
