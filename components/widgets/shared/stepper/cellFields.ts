/**
 * Schema fields for typed cell grids (a custom kernel, a custom input) and the link pre-reading
 * the steppers share. Reasons are codes that strings.ts words. No React.
 */
import { custom, type Field, type Schema } from '@/lib/store/schema';
import { parseCell } from './cells';

/** Longer text in one cell is not a number anyone typed: refused rather than carried in links. */
const MAX_CELL_TEXT = 40;

/**
 * A square grid of cells as typed, row-major: a flat list or (MDX) rows. `strict`: every cell
 * must be a number (an input); otherwise any short text is kept for the editor to explain in place
 * (a half-typed kernel). Reasons: 'not-square:<sizes>', or 'cell:<row>:<col>:<problem>' (1-based).
 */
export function gridCells(sizes: readonly number[], fallback: readonly string[], strict: boolean): Field<string[]> {
  const notSquare = { reason: `not-square:${sizes.join(',')}` };
  return custom<string[]>([...fallback], (v) => {
    if (!Array.isArray(v) || v.length === 0) return notSquare;
    const rows = v.every(Array.isArray) ? (v as unknown[][]) : null;
    if (rows && !rows.every((row) => row.length === rows.length)) return notSquare;
    const flat: unknown[] = rows ? rows.flat() : v;
    const size = sizes.find((n) => n * n === flat.length);
    if (size === undefined) return notSquare;
    const cells: string[] = [];
    for (let k = 0; k < flat.length; k++) {
      const c = flat[k];
      const text = typeof c === 'string' ? c : typeof c === 'number' && Number.isFinite(c) ? String(c) : null;
      const parsed = text !== null && text.length <= MAX_CELL_TEXT ? parseCell(text) : null;
      const problem = !parsed ? 'not-a-number' : strict && !parsed.ok ? parsed.problem : null;
      if (problem || text === null) return { reason: `cell:${Math.floor(k / size) + 1}:${(k % size) + 1}:${problem ?? 'not-a-number'}` };
      cells.push(text);
    }
    return { value: cells };
  });
}

/** The side of a grid a link or a prop carries (flat cells or rows), or null when it is not square. */
export function gridSide(v: unknown): number | null {
  if (!Array.isArray(v)) return null;
  if (v.length > 0 && v.every(Array.isArray)) return v.length;
  const side = Math.round(Math.sqrt(v.length));
  return side * side === v.length ? side : null;
}

/** A copy of `raw` with `key` set, when raw is an object of settings (what a link or props carry). */
export function withKey(raw: unknown, key: string, value: unknown): unknown {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? { ...(raw as Record<string, unknown>), [key]: value } : raw;
}

/** Whether `raw` is an object of settings that carries `key` (an own key, not undefined). */
export const has = (raw: unknown, key: string): boolean =>
  typeof raw === 'object' && raw !== null && !Array.isArray(raw) && Object.hasOwn(raw, key) && (raw as Record<string, unknown>)[key] !== undefined;

/** The value `raw` carries under `key` (call after `has`). */
export const get = (raw: unknown, key: string): unknown => (raw as Record<string, unknown>)[key];

/**
 * A schema whose links and props are first pre-read by `pre` (a size inferred from the cells a
 * link carries, the custom input selected by MDX rows): what plain fields cannot know, since it
 * depends on which keys are present. `pre` must not throw; if it does, the raw value is read as is.
 */
export function preRead<S extends object>(schema: Schema<S>, pre: (raw: unknown, props: boolean) => unknown): Schema<S> {
  const safe = (raw: unknown, props: boolean) => {
    try {
      return pre(raw, props);
    } catch {
      return raw;
    }
  };
  return {
    fields: schema.fields,
    defaults: schema.defaults,
    parse: (raw, base) => schema.parse(safe(raw, false), base),
    fromProps: (props, base) => schema.fromProps(safe(props, true) as Readonly<Record<string, unknown>>, base),
  };
}

