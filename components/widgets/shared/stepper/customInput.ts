/**
 * The reader's own input: a square grid of typed cells (grayscale), parsed like the custom
 * kernel's cells. Plain data; the editor is CellEditor, the state fields live in state.ts.
 */
import { parseCustom, resizeCells, type CellError } from './cells';
import { NUMBERS_IMAGE, type InputImage } from './presets';

/** Small enough to type, large enough for a 5×5 kernel with room to slide. */
export const CUSTOM_INPUT_SIZES = [3, 4, 5, 6, 7, 8] as const;
export type CustomInputSize = (typeof CUSTOM_INPUT_SIZES)[number];

/** The reader starts from the 5×5 grid of small numbers. */
export const DEFAULT_CUSTOM_INPUT_SIZE: CustomInputSize = 5;
export const DEFAULT_CUSTOM_INPUT: readonly string[] = Array.from(NUMBERS_IMAGE.data, (v) => String(v));

export type TypedImage = { ok: true; image: InputImage } | { ok: false; errors: CellError[] };

/** The typed cells as a one-channel image, or every cell that is not a number. */
export function imageFromCells(cells: readonly string[], size: number): TypedImage {
  const parsed = parseCustom(cells);
  if (!parsed.ok) return parsed;
  return { ok: true, image: { channels: 1, height: size, width: size, data: parsed.values } };
}

/**
 * Cells and a size that belong together: cells of another square size are resized to `size`
 * (a link may carry a size without cells), anything else falls back to `fallback`.
 */
export function fitCells<S extends number>(
  cells: readonly string[],
  size: S,
  sizes: readonly S[],
  fallback: { cells: readonly string[]; size: S },
): { cells: string[]; size: S } | null {
  if (cells.length === size * size) return null;
  const from = Math.round(Math.sqrt(cells.length));
  if (from * from === cells.length && sizes.includes(size)) return { cells: resizeCells(cells, from, size), size };
  return { cells: [...fallback.cells], size: fallback.size };
}
