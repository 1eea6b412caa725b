/** Widget challenges of the convolution lesson. */
import { convOutputSize } from '@/lib/nn/convArithmetic';
import { listFrom, numbersFrom, textFrom } from './state';
import { missBy, sizeGoal, validateSizeGoal } from './sizeGoal';
import type { ChallengeDef } from './types';
import { formatSignedShort } from '@/lib/format/numberFormat';

/** Sizes of the ConvolutionStepper's built-in inputs, and of its preset kernels. */
const INPUT_SIDES: Record<string, number> = { grid: 5, edge: 8, pattern: 8, digit: 12 };
const PRESET_KERNEL_SIDE = 3;

/**
 * A custom kernel cell as the ConvolutionStepper's editor accepts it: a decimal or a fraction like
 * 1/9, with a typographic minus or a decimal comma (the minimum of its parseCell, which lives in
 * the widget's folder). NaN when it is not a number yet.
 */
function cellValue(cell: unknown): number {
  if (typeof cell === 'number') return cell;
  if (typeof cell !== 'string') return NaN;
  const t = cell.trim().replace(/\u2212/g, '-').replace(',', '.');
  const fraction = /^([-+]?\d*\.?\d+)\s*\/\s*(\d*\.?\d+)$/.exec(t);
  if (fraction) return Number(fraction[1]) / Number(fraction[2]);
  return /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t) ? Number(t) : NaN;
}

const ZERO = 1e-9;
const fmt = (v: number) => formatSignedShort(v, 4);

export const challenges: Record<string, ChallengeDef> = {
  /** params: input (a built-in input's name), target (the output side to reach). */
  'conv-output-size': {
    widget: 'ConvolutionStepper',
    validate: validateSizeGoal(INPUT_SIDES),
    grade(state, params) {
      const read = numbersFrom(state, ['stride', 'padding', 'dilation'] as const);
      if (!read.ok) return read;
      const goal = sizeGoal(state, params, INPUT_SIDES);
      if ('grade' in goal) return goal.grade;
      const { n, target } = goal;
      const kernel = textFrom(state, 'kernel');
      const f = kernel === 'custom' ? ((state as { customSize?: number }).customSize ?? PRESET_KERNEL_SIDE) : PRESET_KERNEL_SIDE;
      const { stride: s, padding: p, dilation: d } = read.value;
      const out = convOutputSize({ n, f, p, s, d });
      if (!out.ok) return { ok: true, correct: false, feedback: out.error };
      const how = `With stride ${s}, padding ${p}${d > 1 ? ` and dilation ${d}` : ''}, the output is ${out.size} × ${out.size}`;
      if (out.size === target) return { ok: true, correct: true, feedback: `${how}, as asked.` };
      return { ok: true, correct: false, feedback: `${how}, not ${target} × ${target}. ${missBy(out.size, target, true)}.` };
    },
  },

  /**
   * The custom kernel responds to vertical edges only. Slid over a horizontal step edge (or a flat
   * region), a kernel gives Σ of the row sums below the step, so every row must sum to 0; over a
   * vertical step it gives Σ of the column sums right of the step, so some column sum must not be 0.
   */
  'vertical-edge-kernel': {
    widget: 'ConvolutionStepper',
    grade(state) {
      const kernel = textFrom(state, 'kernel');
      if (kernel === null) return { ok: false, error: 'The widget has not reported its kernel yet.' };
      if (kernel !== 'custom') return { ok: true, correct: false, feedback: 'Choose “Custom: type your own” as the kernel and type the weights yourself.' };
      const cells = listFrom(state, 'custom');
      const size = cells ? Math.round(Math.sqrt(cells.length)) : 0;
      if (!cells || size < 1 || size * size !== cells.length) return { ok: false, error: 'The widget’s custom kernel could not be read.' };
      const w = cells.map(cellValue);
      const bad = w.findIndex((v) => !Number.isFinite(v));
      if (bad >= 0) return { ok: true, correct: false, feedback: `Row ${Math.floor(bad / size) + 1}, column ${(bad % size) + 1} of the kernel is not a number yet.` };
      const at = (i: number, j: number) => w[i * size + j];
      const rows = Array.from({ length: size }, (_, i) => Array.from({ length: size }, (_, j) => at(i, j)).reduce((a, b) => a + b, 0));
      const cols = Array.from({ length: size }, (_, j) => Array.from({ length: size }, (_, i) => at(i, j)).reduce((a, b) => a + b, 0));
      const nonZeroRows = rows.flatMap((r, i) => (Math.abs(r) > ZERO ? [`row ${i + 1} sums to ${fmt(r)}`] : []));
      const flatCols = cols.every((c) => Math.abs(c) <= ZERO);
      if (nonZeroRows.length === 0 && !flatCols) {
        return { ok: true, correct: true, feedback: `Every row sums to 0, so flat regions and horizontal edges give 0; the column sums (${cols.map(fmt).join(', ')}) differ from left to right, so a vertical edge lights up.` };
      }
      const missing: string[] = [];
      if (nonZeroRows.length) missing.push(`${nonZeroRows.join(', ')}: every row must sum to 0, or flat regions and horizontal edges respond too`);
      if (flatCols) missing.push('every column sums to 0, so a change from left to right gives nothing: make the left column differ from the right one');
      return { ok: true, correct: false, feedback: `Not a vertical-edge detector yet: ${missing.join('; ')}.` };
    },
  },
};
