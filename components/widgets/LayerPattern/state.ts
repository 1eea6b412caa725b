/** LayerPattern's state, declared once: it reads MDX props, shared links and sync messages. No React. */
import { bool, defineSchema, int, type Issue } from '@/lib/store/schema';
import type { PatternState } from './expand';

export type NumericField = Exclude<keyof PatternState, 'pool'>;

export const schema = defineSchema({
  n: int(1, 3, 2),
  m: int(1, 4, 3),
  pool: bool(true),
  k: int(0, 2, 1),
  side: int(1, 512, 32),
  channels: int(1, 16, 3),
  base: int(1, 512, 16),
  fcUnits: int(1, 8192, 256),
});

export const DEFAULT_STATE: PatternState = schema.defaults;

const NUMERIC: NumericField[] = ['n', 'm', 'k', 'side', 'channels', 'base', 'fcUnits'];

/** The first number the reader typed wrong (empty, a fraction, out of range), as an issue code. */
export function stateError(state: PatternState): { field: NumericField; issue: Issue } | null {
  for (const field of NUMERIC) {
    const r = schema.fields[field].read(state[field], false);
    if (!r.ok) return { field, issue: { field, ...r.issue } };
  }
  return null;
}
