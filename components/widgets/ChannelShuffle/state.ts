/** ChannelShuffle's state, declared once: it reads MDX props, shared links and sync messages. No React. */
import { groupsProblem } from '@/lib/lightweight/shuffle';
import { defineSchema, int, type Issue, type StateOf } from '@/lib/store/schema';

export const LIMITS = { channels: [2, 24], groups: [1, 24] } as const;

export const schema = defineSchema(
  {
    channels: int(...LIMITS.channels, 12),
    groups: int(...LIMITS.groups, 3),
    /** Output positions filled in so far (0 = before the shuffle, channels = after). */
    step: int(0, LIMITS.channels[1], 12),
  },
  // A lesson that sets fewer channels starts with the shuffle done, as the default does.
  { normalize: (s) => (s.step > s.channels ? { ...s, step: s.channels } : s) },
);

export type ShuffleState = StateOf<typeof schema.fields>;
export const DEFAULT_STATE = schema.defaults;

type Field = 'channels' | 'groups';

export const divisors = (c: number) => Array.from({ length: c }, (_, i) => i + 1).filter((d) => c % d === 0);

/**
 * The first problem with the reader's numbers (they may type anything), as an issue the strings
 * word, or null. Groups that do not divide the channels are the reader's to fix in place, so a
 * link may carry them; the issue's `options` are the divisors.
 */
export function stateError(state: ShuffleState): { field: Field; issue: Issue } | null {
  for (const field of ['channels', 'groups'] as const) {
    const r = schema.fields[field].read(state[field], false);
    if (!r.ok) return { field, issue: { field, ...r.issue } };
  }
  if (groupsProblem(state.channels, state.groups) === 'divisor')
    return { field: 'groups', issue: { field: 'groups', code: 'invalid', detail: 'divisor', min: state.groups, max: state.channels, options: divisors(state.channels) } };
  return null;
}
