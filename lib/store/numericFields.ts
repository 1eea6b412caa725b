/**
 * Whole-number fields with limits: the validation the counters share for what a reader types
 * and for what a shared link carries. Messages come from each widget's strings.
 */

export interface NumericFieldMessages {
  missing: (label: string) => string;
  notWhole: (label: string, v: number) => string;
  outOfRange: (label: string, min: number, max: number, v: number) => string;
}

export type Limits<F extends string> = Record<F, readonly [min: number, max: number]>;

export function numericFields<F extends string>(limits: Limits<F>, label: (field: F) => string, messages: NumericFieldMessages) {
  const fields = Object.keys(limits) as F[];

  /** The message for one value, or null when it is a whole number within its limits. */
  const fieldError = (field: F, v: number): string | null => {
    const [min, max] = limits[field];
    if (!Number.isFinite(v)) return messages.missing(label(field));
    if (!Number.isInteger(v)) return messages.notWhole(label(field), v);
    if (v < min || v > max) return messages.outOfRange(label(field), min, max, v);
    return null;
  };

  /** The first field the reader got wrong, in the order of `limits`. */
  const firstError = (state: Record<F, number>): { field: F; error: string } | null => {
    for (const field of fields) {
      const error = fieldError(field, state[field]);
      if (error) return { field, error };
    }
    return null;
  };

  /** The numeric fields a link carries, each checked; absent fields stay absent. */
  const parseFields = (record: Record<string, unknown>): { ok: true; value: Partial<Record<F, number>> } | { ok: false; error: string } => {
    const value: Partial<Record<F, number>> = {};
    for (const field of fields) {
      if (!(field in record)) continue;
      const v = record[field];
      const error = typeof v === 'number' ? fieldError(field, v) : messages.missing(label(field));
      if (error) return { ok: false, error };
      value[field] = v as number;
    }
    return { ok: true, value };
  };

  return { fieldError, firstError, parseFields };
}

export const isPlainObject = (raw: unknown): raw is Record<string, unknown> =>
  typeof raw === 'object' && raw !== null && !Array.isArray(raw);
