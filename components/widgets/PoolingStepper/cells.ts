/** The cells each grid of the figure draws, built from the view (pure; memoized by the figure). */
import { fmt, maxAbs } from '@/components/widgets/shared/stepper/format';
import { grayPaint, signedPaint } from '@/components/widgets/shared/stepper/colors';
import { valueRange, type InputImage } from '@/components/widgets/shared/stepper/presets';
import { paddingMeaning, type PoolView } from './model';
import type { PoolMode } from './presets';
import { strings } from './strings';
import type { ValueCell } from './ValueGrid';

/** The input with its padding, as pooling sees it: −∞, 0, or left out. */
export function inputCells(image: InputImage, padding: number, mode: PoolMode, countIncludePad: boolean): ValueCell[] {
  const { height: H, width: W, data } = image;
  const [lo, hi] = valueRange(image);
  const meaning = paddingMeaning(mode, countIncludePad);
  const cells: ValueCell[] = [];
  for (let pr = 0; pr < H + 2 * padding; pr++)
    for (let pc = 0; pc < W + 2 * padding; pc++) {
      const r = pr - padding;
      const c = pc - padding;
      if (r < 0 || c < 0 || r >= H || c >= W) cells.push({ padding: true, text: strings.paddingText[meaning], title: strings.paddingCell[meaning] });
      else {
        const v = data[r * W + c];
        cells.push({ value: v, paint: grayPaint(v, lo, hi), title: strings.inputCell(r, c, fmt(v)) });
      }
    }
  return cells;
}

/** The output map, filled up to window `upTo` (every cell when upTo is past the end). */
export function outputCells(view: PoolView, image: InputImage, upTo: number): ValueCell[] {
  const [lo, hi] = valueRange(image);
  const { outW } = view.geometry;
  return Array.from(view.output, (v, p) => {
    const r = Math.floor(p / outW);
    const c = p % outW;
    return p > upTo ? { pending: true, title: strings.outputPending } : { value: v, paint: grayPaint(v, lo, hi), title: strings.outputCell(r, c, fmt(v)) };
  });
}

/** A map of gradients (signed colours), every cell shown. */
export function gradientCells(values: ArrayLike<number>, width: number, scale: number, title: (r: number, c: number, v: string) => string): ValueCell[] {
  const m = scale > 0 ? scale : maxAbs(values);
  return Array.from(values, (v, k) => ({ value: v, paint: signedPaint(v, m), title: title(Math.floor(k / width), k % width, fmt(v)) }));
}
