/** Which number field stops a widget's figure. No React, no words (a widget's strings word the issue). */
import type { Field, Issue } from '@/lib/store/schema';

/** What firstBadNumber needs of a schema: its fields, each able to read a value back. */
interface Readable<F extends string> {
  fields: Record<F, Pick<Field<unknown>, 'read'>>;
}

/**
 * The first number the reader typed wrong (empty, a fraction, out of range), in the order of
 * `fields`, as an issue code; null when every one can be used. A number field keeps what was typed
 * so the reader can fix it in place; this is what stops the figure until then.
 */
export function firstBadNumber<F extends string>(schema: Readable<F>, fields: readonly F[], state: Record<F, unknown>): { field: F; issue: Issue } | null {
  for (const field of fields) {
    const r = schema.fields[field].read(state[field], false);
    if (!r.ok) return { field, issue: { field, ...r.issue } };
  }
  return null;
}
