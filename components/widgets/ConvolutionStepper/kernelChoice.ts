/** The spatial kernel the state asks for: a preset, or the reader's cells once they all parse. */
import { parseCustom, type CellError } from '@/components/widgets/shared/stepper/cells';
import { KERNELS } from './kernels';
import type { StepperState } from './state';

export type KernelChoice =
  | { ok: true; pattern: number[]; size: number; labels?: readonly string[] }
  | { ok: false; errors: CellError[] };

export function chooseKernel(state: Pick<StepperState, 'kernel' | 'custom' | 'customSize'>): KernelChoice {
  if (state.kernel !== 'custom') {
    const k = KERNELS[state.kernel];
    return { ok: true, pattern: k.values, size: 3, labels: k.labels };
  }
  const parsed = parseCustom(state.custom);
  return parsed.ok ? { ok: true, pattern: parsed.values, size: state.customSize } : { ok: false, errors: parsed.errors };
}
