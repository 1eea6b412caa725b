/** ChannelShuffle's shareable state and the validation of a shared link. No React. */
import { groupsProblem } from '@/lib/lightweight/shuffle';
import { isPlainObject, numericFields } from '@/lib/store/numericFields';
import { S } from './strings';

export interface ShuffleState {
  channels: number;
  groups: number;
  /** Output positions filled in so far (0 = before the shuffle, channels = after). */
  step: number;
}

type Field = 'channels' | 'groups';
export const LIMITS: Record<Field, [min: number, max: number]> = { channels: [2, 24], groups: [1, 24] };
export const DEFAULT_STATE: ShuffleState = { channels: 12, groups: 3, step: 12 };

const checks = numericFields(LIMITS, (f) => S.fields[f], { ...S.errors, outOfRange: S.errors.range });

export const divisors = (c: number) => Array.from({ length: c }, (_, i) => i + 1).filter((d) => c % d === 0);

/** The first problem with the reader's numbers, as a sentence, or null. */
export function stateError(state: ShuffleState): { field: Field; error: string } | null {
  const basic = checks.firstError(state);
  if (basic) return basic;
  if (groupsProblem(state.channels, state.groups) === 'divisor')
    return { field: 'groups', error: S.divisor(state.channels, state.groups, divisors(state.channels)) };
  return null;
}

export function parseShuffleState(raw: unknown): { ok: true; value: Partial<ShuffleState> } | { ok: false; error: string } {
  if (!isPlainObject(raw)) return { ok: false, error: S.errors.notObject };
  const fields = checks.parseFields(raw);
  if (!fields.ok) return fields;
  const value: Partial<ShuffleState> = { ...fields.value };
  if ('step' in raw) {
    const s = raw.step;
    if (typeof s !== 'number' || !Number.isInteger(s) || s < 0 || s > LIMITS.channels[1]) return { ok: false, error: S.errors.range('step', 0, 24, Number(s)) };
    value.step = s;
  }
  return { ok: true, value };
}
