/**
 * Cells a reader types (a custom kernel, a custom input): a decimal or a fraction, kept as typed
 * so a half-typed "-0." survives; parsed here, worded by strings.ts. No React.
 */
/** Larger weights are almost surely typing slips, and would wash out every colour scale. */
export const CUSTOM_LIMIT = 1000;

export type CellProblem = 'empty' | 'not-a-number' | 'too-large';
export type CellResult = { ok: true; value: number } | { ok: false; problem: CellProblem };

/** A custom cell as typed: a decimal number, or a fraction like 1/9. */
export function parseCell(text: string): CellResult {
  const t = text.trim().replace(/\u2212/g, '-').replace(',', '.');
  if (t === '') return { ok: false, problem: 'empty' };
  const fraction = /^([-+]?\d*\.?\d+)\s*\/\s*(\d*\.?\d+)$/.exec(t);
  const value = fraction ? Number(fraction[1]) / Number(fraction[2]) : /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t) ? Number(t) : NaN;
  if (!Number.isFinite(value)) return { ok: false, problem: 'not-a-number' };
  if (Math.abs(value) > CUSTOM_LIMIT) return { ok: false, problem: 'too-large' };
  return { ok: true, value };
}

export interface CellError {
  index: number;
  text: string;
  problem: CellProblem;
}

export function parseCustom(cells: readonly string[]): { ok: true; values: number[] } | { ok: false; errors: CellError[] } {
  const values: number[] = [];
  const errors: CellError[] = [];
  cells.forEach((text, index) => {
    const r = parseCell(text);
    if (r.ok) values.push(r.value);
    else errors.push({ index, text, problem: r.problem });
  });
  return errors.length ? { ok: false, errors } : { ok: true, values };
}

/**
 * Grows (zeros around) or shrinks (keeps the centre) a square grid of cells. When the sizes differ
 * by an odd number the extra row and column go to the bottom and right, so growing and then
 * shrinking back returns the same cells.
 */
export function resizeCells(cells: readonly string[], from: number, to: number): string[] {
  const off = Math.trunc((to - from) / 2);
  return Array.from({ length: to * to }, (_, idx) => {
    const r = Math.floor(idx / to) - off;
    const c = (idx % to) - off;
    return r >= 0 && r < from && c >= 0 && c < from ? cells[r * from + c] : '0';
  });
}

