/** CrossEntropyExplorer's state, declared once: it reads MDX props, shared links and sync messages. No React. */
import { custom, defineSchema, int, type Issue, type NumberFieldSpec, type StateOf } from '@/lib/store/schema';

export const MIN_CLASSES = 3;
export const MAX_CLASSES = 10;
/** Large enough to show the overflow of the naive formula; exp(88.8) already overflows float32. */
export const MAX_LOGIT = 10_000;

const pad = (z: number[]) => [...z, ...new Array<number>(MAX_CLASSES - z.length).fill(0)];

const classRange = int(MIN_CLASSES, MAX_CLASSES, 4);
/** How many classes are shown. A refusal is worded whole by strings ('classes'), as links always said it. */
const classes: NumberFieldSpec = {
  ...classRange,
  read(v, coerce) {
    const r = classRange.read(v, coerce);
    return r.ok ? r : { ok: false, issue: { ...r.issue, code: 'invalid', detail: 'classes' } };
  },
};

/** A logit in a link: a number within ±MAX_LOGIT, or null for a field the reader left empty (NaN). */
function readLogit(v: unknown, coerce: boolean): number | undefined {
  if (v === null || (typeof v === 'number' && Number.isNaN(v))) return Number.NaN;
  const n = typeof v === 'number' ? v : coerce && typeof v === 'string' && v.trim() !== '' && v.length < 40 ? Number(v) : Number.NaN;
  return Number.isFinite(n) && Math.abs(n) <= MAX_LOGIT ? n + 0 : undefined;
}

/**
 * The logits, always MAX_CLASSES long so fewer classes and back keeps what the reader typed; a link
 * may give fewer (the rest are 0). NaN is an empty field.
 */
const logits = custom<number[]>(pad([0.5, 2, -1, 1.5]), (v, coerce) => {
  if (!Array.isArray(v) || v.length > MAX_CLASSES) return { reason: 'logits' };
  const z = v.map((x) => readLogit(x, coerce));
  return z.every((x) => x !== undefined) ? { value: pad(z as number[]) } : { reason: 'logits' };
});

/** The true class's index; whether it is one of the classes shown is checked across fields. */
const target = custom<number>(3, (v, coerce) => {
  const n = typeof v === 'number' ? v : coerce && typeof v === 'string' && v.trim() !== '' ? Number(v) : Number.NaN;
  return Number.isInteger(n) ? { value: n + 0 } : { reason: 'target' };
});

/** The reason for a true class outside the classes shown names the last one: 'target-max-3'. */
export const targetReason = (classes: number) => `target-max-${classes - 1}`;

export const schema = defineSchema(
  { classes, logits, target },
  {
    check(s, given): Issue[] {
      if (!given.has('target') || (s.target >= 0 && s.target < s.classes)) return [];
      return [{ field: 'target', code: 'invalid', got: String(s.target), detail: targetReason(s.classes) }];
    },
    // Fewer classes than the current true class (a link giving only `classes`): the truth moves to class 0.
    normalize: (s) => (s.target >= 0 && s.target < s.classes ? s : { ...s, target: 0 }),
  },
);

export type CrossEntropyState = StateOf<typeof schema.fields>;
export const DEFAULT_STATE = schema.defaults;

/** MDX props give the starting logits; the number of classes is how many were written. */
export const lessonProps = ({ logits, target }: { logits?: unknown; target?: unknown }) => ({
  logits,
  target,
  classes: Array.isArray(logits) ? logits.length : undefined,
});

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

/** The first logit shown that the reader left empty or typed out of range, or null. */
export function stateError(state: CrossEntropyState): { index: number; empty: boolean; value: number } | null {
  for (let j = 0; j < state.classes; j++) {
    const v = state.logits[j];
    if (!logitOk(v)) return { index: j, empty: !Number.isFinite(v), value: v };
  }
  return null;
}
