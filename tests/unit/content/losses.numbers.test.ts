/**
 * Every figure the losses lesson quotes is recomputed here: cross-entropy and the regression
 * losses with the compute layer (checked against PyTorch in the golden tests), the regularisation
 * numbers with lib/regularisation, and closed forms in plain float64.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { crossEntropyReadout, ready, regressionLossesAt } from '@/lib/compute';
import { risks } from '@/lib/regularisation/polynomialFit';
import { DEFAULT_STATE as CE } from '@/components/widgets/LossExplorer/CrossEntropyExplorer/state';
import { S as CE_S } from '@/components/widgets/LossExplorer/CrossEntropyExplorer/strings';
import { DEFAULT_STATE as REGRESSION } from '@/components/widgets/LossExplorer/RegressionLossExplorer/state';
import { DEFAULT_STATE as REG } from '@/components/widgets/LossExplorer/RegularisationExplorer/state';
import { fitsAt, formatNumber, lambdaOf, problemFor, unregularisedFit } from '@/components/widgets/LossExplorer/RegularisationExplorer/model';
import { onlyAllowedBigNumbers, quizzes, read, shows } from './lessonSource';

beforeAll(ready);

const src = read('losses');
const quiz = quizzes(src);
const d3 = (v: number) => v.toFixed(3);

describe('lesson losses: the hinge loss example', () => {
  it('computes the multiclass hinge loss of the worked example', () => {
    const z = [3.2, 5.1, -1.7];
    const terms = z.map((zj, j) => (j === 0 ? 0 : Math.max(0, zj - z[0] + 1)));
    expect(terms[1]).toBeCloseTo(2.9, 12);
    expect(terms[2]).toBe(0);
    const loss = terms.reduce((a, b) => a + b, 0);
    shows(src, `the second class costs $\\max(0, 5.1 - 3.2 + 1) = ${loss.toFixed(1)}$ and the third nothing`);
    shows(src, `the loss is ${loss.toFixed(1)}.`);
  });
});

describe('lesson losses: every figure is computed', () => {
  it("quotes the cross-entropy widget's default logits, its truth and its loss", () => {
    const z = CE.logits.slice(0, CE.classes);
    const words: Record<number, string> = { 3: 'three', 4: 'four', 5: 'five' };
    shows(src, `${words[CE.classes]} classes with logits 0.5, 2, −1 and 1.5 and the truth "${CE_S.classNames[CE.target]}"`);
    expect(z).toEqual([0.5, 2, -1, 1.5]);
    const r = crossEntropyReadout(z, CE.target);
    const best = r.probs.indexOf(Math.max(...r.probs));
    shows(src, `the network prefers "${CE_S.classNames[best]}", the loss is ${d3(r.loss)}`);
    expect(r.loss).toBeCloseTo(Math.log(z.reduce((s, v) => s + Math.exp(v), 0)) - 1.5, 5);
    // "pushes cat up and car down hardest": the most negative and most positive gradients.
    expect(r.grad.indexOf(Math.min(...r.grad))).toBe(CE.target);
    expect(r.grad.indexOf(Math.max(...r.grad))).toBe(best);
  });

  it('a uniform guess over ten classes costs log 10, and a probability of 0.01 costs 4.6', () => {
    const uniform = crossEntropyReadout(new Array(10).fill(0), 4).loss;
    expect(uniform).toBeCloseTo(Math.log(10), 5);
    shows(src, `${d3(uniform)} for ten classes`);
    expect(quiz.get('losses-uniform')?.answer).toBe(Number(d3(uniform)));
    shows(src, `$-\\log 0.01 \\approx ${(-Math.log(0.01)).toFixed(1)}$`);
  });

  it('softmax over (z, 0) is the sigmoid, so the binary form is the K = 2 case', () => {
    for (const z of [-3, 0, 0.7, 4]) expect(crossEntropyReadout([z, 0], 0).probs[0]).toBeCloseTo(1 / (1 + Math.exp(-z)), 6);
    shows(src, 'softmax over the two logits $(z, 0)$ gives exactly $a = \\sigma(z)$');
  });

  it('float32 overflows past e^88.72, about 3.4 × 10^38', () => {
    const f32max = (2 - 2 ** -23) * 2 ** 127;
    expect(Math.fround(f32max)).toBe(f32max);
    shows(src, `$3.4 \\times 10^{${Math.floor(Math.log10(f32max))}}$`);
    expect(f32max / 1e38).toBeCloseTo(3.4, 1);
    shows(src, `at $z = ${Math.log(f32max).toFixed(2)}$`);
    // The widget's own check agrees: the naive formula survives 88 and fails at 100.
    expect(Number.isFinite(crossEntropyReadout([88, 0], 1).naiveLoss)).toBe(true);
    expect(crossEntropyReadout([100, 0], 1).naiveProbs.some(Number.isNaN)).toBe(true);
    shows(src, 'A logit of 100');
  });

  it('the cross-entropy quizzes', () => {
    const r = crossEntropyReadout([2, 1, 0], 0);
    const q = quiz.get('losses-cross-entropy-value')!;
    expect(q.answer).toBe(Number(d3(r.loss)));
    const sum = Math.E ** 2 + Math.E + 1;
    shows(q.text, `log ${d3(sum)} = ${d3(Math.log(sum))}`);
    shows(q.text, `e^−${d3(r.loss)} = ${d3(r.probs[0])}`);

    const g = quiz.get('losses-cross-entropy-gradient')!;
    expect(r.grad[0]).toBeLessThan(0);
    expect(r.grad[1]).toBeGreaterThan(0);
    expect(r.grad[2]).toBeGreaterThan(0);
    expect(r.grad.reduce((s, v) => s + v, 0)).toBeCloseTo(0, 6);
    expect(g.choices[g.answer]).toMatch(/p − 1 \(negative\).*probabilities \(positive\)/);
  });

  it('the regression losses at the errors the lesson names', () => {
    expect(REGRESSION).toEqual({ beta: 1, error: 2 });
    const atTwo = regressionLossesAt(REGRESSION.error, REGRESSION.beta);
    shows(src, `At an error of ${REGRESSION.error} (the widget's default), L2's gradient is $2d = ${atTwo.grad.l2}$, four times smooth L1's ${atTwo.grad.smoothL1}.`);
    expect(atTwo.grad.l2 / atTwo.grad.smoothL1).toBe(4);
    const near = regressionLossesAt(0.3, 1);
    expect(near.grad.smoothL1).toBeCloseTo(0.3, 6);
    expect(near.grad.l1).toBe(1);
    shows(src, "At an error of 0.3, smooth L1's gradient is 0.3, fading to zero at the target, while L1's is still 1.");

    const three = regressionLossesAt(3, 1);
    expect(quiz.get('losses-smooth-l1')?.answer).toBeCloseTo(three.loss.smoothL1, 6);
    shows(quiz.get('losses-smooth-l1')!.text, `L2 would give ${three.loss.l2}`);

    const five = regressionLossesAt(5, 1);
    const outlier = quiz.get('losses-outlier')!;
    expect(outlier.choices[outlier.answer]).toBe(`L1 and smooth L1: ${five.grad.l1}; L2: ${five.grad.l2}`);
    expect(five.grad.smoothL1).toBe(five.grad.l1);
  });

  it('the regularisation widget at its default λ and seed', () => {
    expect(lambdaOf(REG.logLambda)).toBeCloseTo(0.01, 15);
    shows(src, 'Start at the default, $\\lambda = 0.01$');
    const problem = problemFor(REG.seed);
    const none = unregularisedFit(problem);
    const fits = fitsAt(problem, lambdaOf(REG.logLambda));
    const biggest = Math.max(...none.w.map(Math.abs));
    expect(biggest).toBeGreaterThan(100);
    expect(biggest).toBeLessThan(1000);
    shows(src, `with weights in the hundreds, and strays ${formatNumber(none.truthError)} from the true curve`);
    shows(src, `${formatNumber(fits.l2.truthError)} for L2 and ${formatNumber(fits.l1.truthError)} for L1, which sets ${fits.l1.zeros} of its 9 penalised weights exactly to zero`);
    expect(fits.l2.zeros).toBe(0);
    // "both fits give up a little empirical risk and come far closer to the truth"
    expect(Math.min(fits.l1.risks.empirical, fits.l2.risks.empirical)).toBeGreaterThan(none.risks.empirical);
    expect(Math.max(fits.l1.truthError, fits.l2.truthError)).toBeLessThan(none.truthError / 5);
    // Too strong a penalty underfits, too weak overfits: the distance is U-shaped in λ.
    const far = fitsAt(problem, 1);
    const near = fitsAt(problem, 1e-7);
    for (const k of ['l1', 'l2'] as const) {
      expect(far[k].truthError).toBeGreaterThan(fits[k].truthError);
      expect(near[k].truthError).toBeGreaterThan(fits[k].truthError);
    }
  });

  it('the structural-risk quiz', () => {
    const r = risks('l2', [0, 2, -1, 0.5], { x: [], y: [] }, 0.1);
    expect(r.penalty).toBe(5.25);
    const q = quiz.get('losses-structural-risk')!;
    expect(q.answer).toBeCloseTo(0.05 + r.weightedPenalty, 12);
    shows(q.text, `= ${r.penalty}`);
    shows(q.text, `that is ${r.weightedPenalty.toFixed(3)}`);
  });

  it('has at least four quizzes, ids prefixed, every numeric one checked above', () => {
    expect(quiz.size).toBeGreaterThanOrEqual(4);
    for (const id of quiz.keys()) expect(id.startsWith('losses-')).toBe(true);
    // Parameterised questions (generator=…) are checked over many students by tests/unit/quiz/answerKeys.test.ts.
    const numeric = [...quiz.values()].filter((q) => q.kind === 'numeric' && !/\bgenerator="/.test(q.text)).map((q) => q.id);
    expect(numeric.sort()).toEqual(['losses-cross-entropy-value', 'losses-smooth-l1', 'losses-structural-risk', 'losses-uniform']);
    for (const q of quiz.values()) if (!/\bgenerator="/.test(q.text)) expect(q.text).toMatch(/explanation="[^"]{20,}"/);
  });

  it('prints no figure with thousands separators', () => {
    onlyAllowedBigNumbers(src, []);
  });
});
