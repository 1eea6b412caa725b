/**
 * A number field that never holds −0. JSON writes −0 as 0, so a state holding −0 would not read
 * back as itself from a link (the schema's round-trip promise). Any field whose range or choices
 * include 0 needs it. No React.
 */
import type { Field } from '@/lib/store/schema';

export function signless<F extends Field<number>>(field: F): F {
  const read: Field<number>['read'] = (v, coerce) => {
    const r = field.read(v, coerce);
    return r.ok ? { ok: true, value: r.value + 0 } : r;
  };
  // Same value type as `field` (a choice stays a choice): only −0 changes, to 0.
  return { ...field, read } as F;
}
