/** The words of the im2col figure (the standalone view and the stepper's linked one), in one place for translation. */
import { fmt } from '@/components/widgets/shared/stepper/format';

export const strings = {
  linkedTitle: 'The same convolution as one matrix product (im2col)',
  intro: (K: number, P: number) =>
    `Each window of the input is copied into one column, so the input becomes a ${K}×${P} matrix. The kernel, read row by row, becomes a 1×${K} row. One matrix product then computes every output value at once.`,
  inputCaption: (p: number) => `Input; window of column ${p + 1}`,
  outputCaption: (h: number, w: number) => `Output row reshaped to ${h}×${w}`,
  kernelRowTitle: (O: number, K: number) => (O > 1 ? `Kernel rows (${O}×${K}), one per kernel` : `Kernel as a row (1×${K})`),
  matrixTitle: (K: number, P: number) => `× im2col matrix (${K}×${P}): one column per window`,
  outputRowTitle: (O: number, P: number) => `= output row${O > 1 ? 's' : ''} (${O}×${P})`,
  rowLegend: (C: number) =>
    C > 1 ? 'Rows are labelled channel, kernel row, kernel column (e.g. “G 2,3”).' : 'Rows are labelled kernel row, kernel column (e.g. “2,3”).',
  outLabel: (o: number, O: number) => (O > 1 ? `out ${o + 1}` : 'out'),
  columnLabel: 'Column (window)',
  columnValue: (p: number, P: number, r: number, c: number) => `Column ${p + 1} of ${P}: window at row ${r + 1}, column ${c + 1}`,
  matrixLabel: (K: number, P: number) => `im2col matrix, ${K} rows by ${P} columns. Left and right arrow keys choose a column; Home and End the first and last.`,
  scrollHint: (P: number) => `← Scroll sideways: ${P} columns →`,
  cell: (label: string, p: number, v: number) => `Row ${label}, column ${p + 1}: ${fmt(v)}`,
  outCell: (p: number, v: number) => `Output, column ${p + 1}: ${fmt(v)}`,
  dotTitle: (p: number) => `Column ${p + 1}, multiplied by the kernel row`,
  dotMany: (K: number) => `sum of ${K} products`,
  plusBias: (b: string) => `+ bias ${b}`,
  toOutput: (r: number, c: number) => `→ output row ${r + 1}, column ${c + 1}`,
};
