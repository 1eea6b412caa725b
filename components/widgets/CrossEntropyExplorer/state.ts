/** CrossEntropyExplorer's shareable state, its presets and the validation of a shared link. No React. */
import { isPlainObject } from '@/lib/store/numericFields';
import { S } from './strings';

export const MIN_CLASSES = 3;
export const MAX_CLASSES = 10;
/** Large enough to show the overflow of the naive formula; exp(88.8) already overflows float32. */
export const MAX_LOGIT = 10_000;

export interface CrossEntropyState {
  /** How many classes are shown (the first `classes` logits count). */
  classes: number;
  /** Always MAX_CLASSES long, so fewer classes and back keeps what the reader typed. NaN = empty field. */
  logits: number[];
  /** Index of the true class. */
  target: number;
}

const pad = (z: number[]) => [...z, ...new Array<number>(MAX_CLASSES - z.length).fill(0)];

export const DEFAULT_STATE: CrossEntropyState = { classes: 4, logits: pad([0.5, 2, -1, 1.5]), target: 3 };

export type PresetName = 'uniform' | 'right' | 'wrong' | 'huge';
export const PRESET_NAMES: PresetName[] = ['uniform', 'right', 'wrong', 'huge'];

/** The logits a preset sets, for the current classes and true class. */
export function presetLogits(name: PresetName, classes: number, target: number): number[] {
  const z = new Array<number>(classes).fill(0);
  const other = (target + 1) % classes;
  if (name === 'right') z[target] = 5;
  if (name === 'wrong') z[other] = 5;
  if (name === 'huge') z[other] = 1000;
  return pad(z);
}

export const logitOk = (v: number) => Number.isFinite(v) && Math.abs(v) <= MAX_LOGIT;

/** The first logit the reader got wrong, or null. */
export function stateError(state: CrossEntropyState): { index: number; error: string } | null {
  for (let j = 0; j < state.classes; j++) {
    if (!logitOk(state.logits[j])) return { index: j, error: S.errors.logit(S.classNames[j], state.logits[j]) };
  }
  return null;
}

export function parseCrossEntropyState(raw: unknown): { ok: true; value: Partial<CrossEntropyState> } | { ok: false; error: string } {
  if (!isPlainObject(raw)) return { ok: false, error: S.errors.notObject };
  const value: Partial<CrossEntropyState> = {};
  if ('classes' in raw) {
    const k = raw.classes;
    if (typeof k !== 'number' || !Number.isInteger(k) || k < MIN_CLASSES || k > MAX_CLASSES) return { ok: false, error: S.errors.classes(k) };
    value.classes = k;
  }
  if ('logits' in raw) {
    const z = raw.logits;
    if (!Array.isArray(z) || z.length > MAX_CLASSES || !z.every((v) => typeof v === 'number' && logitOk(v))) return { ok: false, error: S.errors.logits };
    value.logits = pad(z as number[]);
  }
  if ('target' in raw) {
    const t = raw.target;
    const k = value.classes ?? DEFAULT_STATE.classes;
    if (typeof t !== 'number' || !Number.isInteger(t) || t < 0 || t >= k) return { ok: false, error: S.errors.target(t, k) };
    value.target = t;
  } else if (value.classes !== undefined && DEFAULT_STATE.target >= value.classes) {
    value.target = 0;
  }
  return { ok: true, value };
}
