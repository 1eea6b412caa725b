/** PreprocessingExplorer's shareable state, presets, and the validation of a shared link. No React. */
import { isPlainObject } from '@/lib/store/numericFields';
import { STAGES, type Stage } from '@/lib/preprocessing/pipeline2d';
import { S } from './strings';

export const PRESETS = {
  correlated: { rho: 0.8, sx: 3, sy: 1, mx: 6, my: 4 },
  scales: { rho: 0.3, sx: 12, sy: 0.8, mx: 15, my: -3 },
  line: { rho: 0.999, sx: 2, sy: 2, mx: 3, my: 2 },
} as const;
export type PresetId = keyof typeof PRESETS;
export const PRESET_IDS = Object.keys(PRESETS) as PresetId[];

export const POINT_COUNTS = [20, 100, 400] as const;
export const EPSILONS = [0, 1e-5, 1e-3, 0.1, 1] as const;

export interface ExplorerState {
  preset: PresetId | 'custom';
  rho: number;
  sx: number;
  sy: number;
  mx: number;
  my: number;
  n: (typeof POINT_COUNTS)[number];
  seed: number;
  epsilon: (typeof EPSILONS)[number];
  stage: Stage;
  showTest: boolean;
}

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

export const DEFAULT_STATE: ExplorerState = {
  preset: 'correlated',
  ...PRESETS.correlated,
  n: 100,
  seed: 1,
  epsilon: 1e-5,
  stage: 'raw',
  showTest: false,
};

type Check = (v: unknown) => { ok: true; value: unknown } | { ok: false; error: string };

const inRange =
  (name: string, lo: number, hi: number): Check =>
  (v) =>
    typeof v === 'number' && Number.isFinite(v) && v >= lo && v <= hi ? { ok: true, value: v } : { ok: false, error: S.errors.number(name, lo, hi, v) };
const oneOf =
  (name: string, options: readonly (string | number)[]): Check =>
  (v) =>
    options.includes(v as string | number) ? { ok: true, value: v } : { ok: false, error: S.errors.oneOf(name, options, v) };

const FIELDS: Record<keyof ExplorerState, Check> = {
  preset: oneOf('preset', [...PRESET_IDS, 'custom']),
  rho: inRange('rho', SLIDERS.rho.min, SLIDERS.rho.max),
  sx: inRange('sx', SLIDERS.sx.min, SLIDERS.sx.max),
  sy: inRange('sy', SLIDERS.sy.min, SLIDERS.sy.max),
  mx: inRange('mx', SLIDERS.mx.min, SLIDERS.mx.max),
  my: inRange('my', SLIDERS.my.min, SLIDERS.my.max),
  n: oneOf('n', POINT_COUNTS),
  seed: (v) => (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= MAX_SEED ? { ok: true, value: v } : { ok: false, error: S.errors.number('seed', 1, MAX_SEED, v) }),
  epsilon: oneOf('epsilon', EPSILONS),
  stage: oneOf('stage', STAGES),
  showTest: (v) => (typeof v === 'boolean' ? { ok: true, value: v } : { ok: false, error: S.errors.boolean('showTest', v) }),
};

/** Validate state from a shared link: one bad field rejects the link, with the reason. A named
 * preset brings its own numbers unless the link overrides them. */
export function parseExplorerState(raw: unknown): { ok: true; value: Partial<ExplorerState> } | { ok: false; error: string } {
  if (!isPlainObject(raw)) return { ok: false, error: S.errors.notObject };
  const value: Record<string, unknown> = {};
  if (typeof raw.preset === 'string' && raw.preset in PRESETS) Object.assign(value, PRESETS[raw.preset as PresetId]);
  for (const [key, v] of Object.entries(raw)) {
    if (!(key in FIELDS)) continue;
    const r = FIELDS[key as keyof ExplorerState](v);
    if (!r.ok) return r;
    value[key] = r.value;
  }
  return { ok: true, value: value as Partial<ExplorerState> };
}

/** The starting state from MDX props; a bad prop is reported and replaced by its default. */
export function stateFromProps(props: { preset?: unknown; stage?: unknown; epsilon?: unknown; n?: unknown }): { state: ExplorerState; problems: string[] } {
  const state: ExplorerState = { ...DEFAULT_STATE };
  const problems: string[] = [];
  for (const key of ['preset', 'stage', 'epsilon', 'n'] as const) {
    const v = props[key];
    if (v === undefined) continue;
    const r = FIELDS[key](v);
    if (!r.ok) problems.push(S.errors.prop(key, r.error));
    else Object.assign(state, key === 'preset' && v !== 'custom' ? { preset: v, ...PRESETS[v as PresetId] } : { [key]: r.value });
  }
  return { state, problems };
}
