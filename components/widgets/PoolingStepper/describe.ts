/** The sentences under the figure and for screen readers, built from the numbers of one window. */
import { fmt, fmtTerm } from '@/components/widgets/shared/stepper/format';
import type { InputImage } from '@/components/widgets/shared/stepper/presets';
import { averageDivisor, cellValue, routedCells, type PoolView } from './model';
import type { Phase } from './presets';
import { strings } from './strings';

/** Sums with more terms than this are summarised (a 3×3 window has 9). */
const MAX_TERMS = 9;

const list = (values: string[], sep: string) => (values.length > MAX_TERMS ? `${values.slice(0, MAX_TERMS).join(sep)}${sep}…` : values.join(sep));

/** "max(1, 1, 5, 6) = 6", "(1 + 1 + 5 + 6) ÷ 4 = 3.25", or the stochastic pick / expectation. */
export function forwardRule(view: PoolView, image: InputImage, p: number, countIncludePad: boolean, phase: Phase): string {
  const cells = routedCells(view, p);
  const out = fmt(view.output[p]);
  if (view.mode === 'max') return strings.rule.max(list(cells.map((c) => (c.isPadding ? '−∞' : fmt(cellValue(image, c)))), ', '), out);
  if (view.mode === 'avg') {
    const { divisor } = averageDivisor(view.geometry, p, countIncludePad);
    const terms = cells.filter((c) => countIncludePad || !c.isPadding).map((c) => (c.isPadding ? '0' : fmtTerm(cellValue(image, c))));
    return strings.rule.avg(list(terms, ' + '), divisor, out);
  }
  const s = view.stochastic!;
  if (phase === 'test') return strings.rule.expectation(expectationTerms(view, image, p), out);
  const K = view.geometry.kh * view.geometry.kw;
  const picked = cells[s.picked[p]];
  return strings.rule.draw(fmt(s.draws[p]), picked.row, picked.col, fmt(s.sample[p])) + ` (p = ${fmt(s.probabilities[p * K + s.picked[p]])})`;
}

/** "0.08·1 + 0.46·6 + …" over the cells with a non-zero probability. */
export function expectationTerms(view: PoolView, image: InputImage, p: number): string {
  const s = view.stochastic!;
  const K = view.geometry.kh * view.geometry.kw;
  const terms = routedCells(view, p)
    .map((c, k) => ({ c, prob: s.probabilities[p * K + k] }))
    .filter(({ c, prob }) => prob > 0 && !c.isPadding)
    .map(({ c, prob }) => `${fmt(prob)}·${fmtTerm(cellValue(image, c))}`);
  return terms.length ? list(terms, ' + ') : '0';
}

/** Where window p's upstream gradient g goes, in a sentence (and a shorter one to announce). */
export function backwardSentences(view: PoolView, p: number, g: number, countIncludePad: boolean): { text: string[]; announce: string } {
  const cells = routedCells(view, p).filter((c) => !c.isPadding && c.share !== 0);
  const gs = fmt(g);
  if (view.mode === 'avg') {
    const { divisor } = averageDivisor(view.geometry, p, countIncludePad);
    const share = fmt(g / divisor);
    const text = [strings.back.avg(gs, divisor, share, cells.length)];
    if (view.lostShare[p] > 1e-6) text.push(strings.back.lost(fmt(g * view.lostShare[p])));
    return { text, announce: strings.announce.split(cells.length, share) };
  }
  const to = cells[0];
  const text = [view.mode === 'max' ? strings.back.max(gs, to.row, to.col) : strings.back.stochastic(gs, to.row, to.col)];
  return { text, announce: strings.announce.toCell(to.row, to.col) };
}

/** The aria-live line for window p. */
export function announcement(view: PoolView, image: InputImage, p: number, opts: { backward: boolean; g: number; countIncludePad: boolean; phase: Phase }): string {
  const r = Math.floor(p / view.geometry.outW);
  const c = p % view.geometry.outW;
  if (opts.backward) return strings.announce.backward(r, c, fmt(opts.g), backwardSentences(view, p, opts.g, opts.countIncludePad).announce);
  return strings.announce.forward(r, c, forwardRule(view, image, p, opts.countIncludePad, opts.phase));
}
