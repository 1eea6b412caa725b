/** GradientChain's shareable state and the validation of a shared link. No React. */
import { isPlainObject } from '@/lib/store/numericFields';
import type { ChainSettings } from './model';
import { S } from './strings';

export type ChainState = ChainSettings;

/** [min, max, step] of each slider. */
export const LIMITS = {
  depth: [1, 30, 1],
  x0: [-3, 3, 0.1],
  weight: [0.25, 4, 0.25],
} as const satisfies Record<keyof ChainState, readonly [number, number, number]>;

export const DEFAULT_STATE: ChainState = { depth: 10, x0: 1, weight: 1 };

/** What is wrong with one value, or null. Depth must be whole; the others any number in range. */
export function fieldError(field: keyof ChainState, v: unknown): string | null {
  const [lo, hi] = LIMITS[field];
  if (typeof v !== 'number' || !Number.isFinite(v) || v < lo || v > hi) return S.errors.range(S.labels[field], lo, hi, v);
  if (field === 'depth' && !Number.isInteger(v)) return S.errors.whole(S.labels.depth, v);
  return null;
}

export function parseChainState(raw: unknown): { ok: true; value: Partial<ChainState> } | { ok: false; error: string } {
  if (!isPlainObject(raw)) return { ok: false, error: S.errors.notObject };
  const value: Partial<ChainState> = {};
  for (const field of Object.keys(LIMITS) as (keyof ChainState)[]) {
    if (!(field in raw)) continue;
    const error = fieldError(field, raw[field]);
    if (error) return { ok: false, error };
    value[field] = raw[field] as number;
  }
  return { ok: true, value };
}
