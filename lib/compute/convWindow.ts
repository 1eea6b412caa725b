/**
 * Where a convolution window sits, in the original input's coordinates: what a widget needs to
 * highlight the cells under the kernel. Plain arithmetic, no tfjs. A row or column outside
 * [0, size) is a padding cell.
 */
import type { ConvTrace } from './types';

export type ConvWindowGeometry = Pick<ConvTrace, 'inH' | 'inW' | 'kh' | 'kw' | 'stride' | 'padding' | 'dilation' | 'outH' | 'outW'>;

export interface InputCell {
  row: number;
  col: number;
  isPadding: boolean;
}

export interface WindowCell extends InputCell {
  /** Kernel row and column. */
  i: number;
  j: number;
}

/** Output row and column of window p (raster order). */
export function rowColOfWindow(g: ConvWindowGeometry, p: number): { row: number; col: number } {
  return { row: Math.floor(p / g.outW), col: p % g.outW };
}

/** Window index p of output cell (row, col). */
export function windowOfRowCol(g: ConvWindowGeometry, row: number, col: number): number {
  return row * g.outW + col;
}

export const windowCount = (g: ConvWindowGeometry) => g.outH * g.outW;

export function isPaddingCell(g: ConvWindowGeometry, row: number, col: number): boolean {
  return row < 0 || row >= g.inH || col < 0 || col >= g.inW;
}

/** The input cell under kernel cell (i, j) when the kernel is at window p. */
export function inputCellOf(g: ConvWindowGeometry, p: number, i: number, j: number): InputCell {
  const out = rowColOfWindow(g, p);
  const row = out.row * g.stride - g.padding + i * g.dilation;
  const col = out.col * g.stride - g.padding + j * g.dilation;
  return { row, col, isPadding: isPaddingCell(g, row, col) };
}

/** All kernel cells of window p, kernel row by kernel row. */
export function windowCells(g: ConvWindowGeometry, p: number): WindowCell[] {
  const cells: WindowCell[] = [];
  for (let i = 0; i < g.kh; i++) for (let j = 0; j < g.kw; j++) cells.push({ i, j, ...inputCellOf(g, p, i, j) });
  return cells;
}

/** Inclusive extent of window p (dilation gaps included), in input coordinates. */
export function windowBounds(g: ConvWindowGeometry, p: number): { top: number; left: number; bottom: number; right: number } {
  const first = inputCellOf(g, p, 0, 0);
  const last = inputCellOf(g, p, g.kh - 1, g.kw - 1);
  return { top: first.row, left: first.col, bottom: last.row, right: last.col };
}

/** Row k of the im2col matrix (and column of a kernel row) for channel c, kernel cell (i, j). */
export function columnRowOf(g: Pick<ConvWindowGeometry, 'kh' | 'kw'>, c: number, i: number, j: number): number {
  return (c * g.kh + i) * g.kw + j;
}

/** Channel and kernel cell of im2col row k. */
export function cellOfColumnRow(g: Pick<ConvWindowGeometry, 'kh' | 'kw'>, k: number): { c: number; i: number; j: number } {
  const perChannel = g.kh * g.kw;
  const r = k % perChannel;
  return { c: Math.floor(k / perChannel), i: Math.floor(r / g.kw), j: r % g.kw };
}

/** Flat index into a trace's products [O, P, K] or channelSums [O, P, C] (pass the inner size). */
export const traceIndex = (o: number, p: number, inner: number, windows: number, innerSize: number) =>
  (o * windows + p) * innerSize + inner;
