/** The standalone im2col view's own state (padding, stride, chosen column) and link validation. */
import { strings } from './strings';

export interface Im2colState {
  padding: number;
  stride: number;
  /** Selected column (window), clamped when drawn. */
  column: number;
}

export const PADDINGS = [0, 1] as const;
export const STRIDES = [1, 2] as const;
export const DEFAULT_IM2COL: Im2colState = { padding: 0, stride: 1, column: 0 };

/** The standalone demo's kernel: 3×3, columns 1, 0, −1. */
export const DEMO_KERNEL = [1, 0, -1, 1, 0, -1, 1, 0, -1];

export function parseIm2colState(raw: unknown): { ok: true; value: Partial<Im2colState> } | { ok: false; error: string } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, error: strings.errors.notObject };
  const r = raw as Record<string, unknown>;
  const value: Partial<Im2colState> = {};
  if (r.padding !== undefined) {
    if (!PADDINGS.includes(r.padding as 0)) return { ok: false, error: strings.errors.field('padding', PADDINGS, r.padding) };
    value.padding = r.padding as number;
  }
  if (r.stride !== undefined) {
    if (!STRIDES.includes(r.stride as 1)) return { ok: false, error: strings.errors.field('stride', STRIDES, r.stride) };
    value.stride = r.stride as number;
  }
  if (r.column !== undefined) {
    if (typeof r.column !== 'number' || !Number.isInteger(r.column) || r.column < 0 || r.column > 10_000)
      return { ok: false, error: strings.errors.column(r.column) };
    value.column = r.column;
  }
  return { ok: true, value };
}

/** Starting state from MDX props; a value outside the choices falls back to the default, with the reason. */
export function im2colFromProps(props: { padding?: unknown; stride?: unknown }): { state: Im2colState; problem: string | null } {
  const num = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? Number(v) : v);
  const parsed = parseIm2colState({ padding: num(props.padding), stride: num(props.stride) });
  return parsed.ok ? { state: { ...DEFAULT_IM2COL, ...parsed.value }, problem: null } : { state: DEFAULT_IM2COL, problem: parsed.error };
}
