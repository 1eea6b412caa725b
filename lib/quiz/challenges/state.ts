/**
 * Reading a widget's state inside a grader. The state arrives as plain JSON from the widget's
 * store; graders check only the fields they need and say plainly when one is missing.
 */
export type Fields<T> = { ok: true; value: T } | { ok: false; error: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Picks the named numeric fields from a widget state, or explains which is missing. */
export function numbersFrom<K extends string>(state: unknown, keys: readonly K[]): Fields<Record<K, number>> {
  if (!isRecord(state)) return { ok: false, error: 'The widget has not reported its settings yet.' };
  const out = {} as Record<K, number>;
  for (const k of keys) {
    const v = state[k];
    if (typeof v !== 'number' || !Number.isFinite(v)) return { ok: false, error: `The widget's "${k}" setting is not a number.` };
    out[k] = v;
  }
  return { ok: true, value: out };
}

/** A text field of a widget state, or null. */
export function textFrom(state: unknown, key: string): string | null {
  return isRecord(state) && typeof state[key] === 'string' ? (state[key] as string) : null;
}

/** A list field of a widget state, or null. */
export function listFrom(state: unknown, key: string): unknown[] | null {
  return isRecord(state) && Array.isArray(state[key]) ? (state[key] as unknown[]) : null;
}
