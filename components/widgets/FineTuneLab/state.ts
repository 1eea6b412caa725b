/** FineTuneLab's shareable state (the next run's configuration) and its link parser. */
import { isPlainObject } from '@/lib/store/numericFields';
import { MAX_SEED } from '@/lib/random/prng';
import { EPOCH_CHOICES, LEARNING_RATES, MODES, PER_CLASS_CHOICES, type FineTuneConfig } from './model';
import { S } from './strings';

export const DEFAULT_FINE_TUNE: FineTuneConfig = { mode: 'frozen', perClass: 5, learningRate: 0.03, epochs: 15, seed: 1 };

const checks: Record<keyof FineTuneConfig, (v: unknown) => boolean> = {
  mode: (v) => (MODES as unknown[]).includes(v),
  perClass: (v) => (PER_CLASS_CHOICES as readonly unknown[]).includes(v),
  learningRate: (v) => (LEARNING_RATES as readonly unknown[]).includes(v),
  epochs: (v) => (EPOCH_CHOICES as readonly unknown[]).includes(v),
  seed: (v) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= MAX_SEED,
};

export function parseFineTuneState(raw: unknown): { ok: true; value: Partial<FineTuneConfig> } | { ok: false; error: string } {
  if (!isPlainObject(raw)) return { ok: false, error: S.errors.notObject };
  const value: Partial<FineTuneConfig> = {};
  for (const key of Object.keys(checks) as (keyof FineTuneConfig)[]) {
    if (!(key in raw)) continue;
    if (!checks[key](raw[key])) return { ok: false, error: S.errors.bad(key) };
    (value as Record<string, unknown>)[key] = raw[key];
  }
  return { ok: true, value };
}
