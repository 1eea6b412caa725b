/** OverfittingLab's shareable state (the configuration of the next run) and its link parser. */
import { isPlainObject } from '@/lib/store/numericFields';
import { MAX_SEED } from '@/lib/random/prng';
import { EPOCH_CHOICES, PER_CLASS_CHOICES, type OverfitConfig } from './model';
import { S } from './strings';

export const DEFAULT_OVERFIT: OverfitConfig = { perClass: 20, dropout: false, weightDecay: false, augment: false, epochs: 20, seed: 1 };

const checks: Record<keyof OverfitConfig, (v: unknown) => boolean> = {
  perClass: (v) => (PER_CLASS_CHOICES as readonly unknown[]).includes(v),
  dropout: (v) => typeof v === 'boolean',
  weightDecay: (v) => typeof v === 'boolean',
  augment: (v) => typeof v === 'boolean',
  epochs: (v) => (EPOCH_CHOICES as readonly unknown[]).includes(v),
  seed: (v) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= MAX_SEED,
};

export function parseOverfitState(raw: unknown): { ok: true; value: Partial<OverfitConfig> } | { ok: false; error: string } {
  if (!isPlainObject(raw)) return { ok: false, error: S.errors.notObject };
  const value: Partial<OverfitConfig> = {};
  for (const key of Object.keys(checks) as (keyof OverfitConfig)[]) {
    if (!(key in raw)) continue;
    if (!checks[key](raw[key])) return { ok: false, error: S.errors.bad(key) };
    (value as Record<string, unknown>)[key] = raw[key];
  }
  return { ok: true, value };
}
