/**
 * Every figure the activations lesson quotes, recomputed with the code its widgets run: the
 * saturating regions (tfjs slopes), the chain of slopes, the dying-ReLU layer, Maxout's count.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as compute from '@/lib/compute';
import { maxoutParams } from '@/lib/activations/maxout';
import { BATCH, READOUT, TRAIN_RATE, UNITS, MAX_STEPS } from '@/lib/activations/dyingRelu';
import { fcParams } from '@/lib/nn/convArithmetic';
import { explorerCurve, type ExplorerSettings } from '@/components/widgets/ActivationExplorer/model';
import { chainResults, sci, sigmoidBound } from '@/components/widgets/GradientChain/model';
import { revived, run } from '@/components/widgets/DyingRelu/model';
import type { CurveName } from '@/lib/activations/saturation';
import { fmt, onlyAllowedBigNumbers, quizzes, read, shape, shows, widgetProps } from './lessonSource';

beforeAll(compute.ready);

const src = read('activations');
const quiz = quizzes(src);

/** 9.5 \times 10^{-7}: a small number as the lesson's TeX writes it. */
const texSci = (v: number) => {
  const [m, e] = v.toExponential(1).split('e');
  return `${m} \\times 10^{${Number(e)}}`;
};
const two = (v: number) => v.toFixed(2);
/** Parameters sigmoid ignores. */
const dummy = { negativeSlope: 0, alpha: 1, pieces: { slopes: [1], intercepts: [0] } };
const curve = (fn: CurveName, extra: Partial<ExplorerSettings> = {}) =>
  explorerCurve(compute, { fn, negativeSlope: 0.01, alpha: 1, maxout: 'abs', ...extra });

describe('lesson activations: every figure is computed', () => {
  it('applies the activation to each of the 55 × 55 × 96 values of AlexNet’s first layer', () => {
    const [c, h, w] = shape({ inH: 227, inW: 227, cin: 3, cout: 96, kh: 11, kw: 11, stride: 4, padding: 0 });
    shows(src, `outputs ${h} × ${w} × ${c} values`);
  });

  it('relates tanh, softplus and the sigmoid as the text says', () => {
    shows(src, 'Tanh is a sigmoid stretched and shifted, $\\tanh x = 2\\sigma(2x) - 1$');
    shows(src, 'Softplus is a smooth ReLU, and its derivative is exactly the sigmoid');
    const xs = [-3, -0.7, 0, 0.4, 2.5];
    const tanh = compute.sampleActivation('tanh', xs, dummy);
    const sig2 = compute.sampleActivation('sigmoid', xs.map((x) => 2 * x), dummy).values;
    const sig = compute.sampleActivation('sigmoid', xs, dummy).values;
    xs.forEach((_, i) => expect(tanh.values[i]).toBeCloseTo(2 * sig2[i] - 1, 6));
    compute.sampleActivation('softplus', xs, dummy).slopes.forEach((d, i) => expect(d).toBeCloseTo(sig[i], 6));
    for (const [fn, left] of [['relu', 0], ['leaky_relu', 0.01], ['elu', 1]] as const) {
      expect(compute.sampleActivation(fn, [0], { ...dummy, negativeSlope: 0.01 }).slopes[0]).toBeCloseTo(left, 6);
    }
  });

  it('tabulates the saturating regions the explorer finds', () => {
    const both = (fn: CurveName) => {
      const [left, right] = curve(fn).intervals;
      expect(two(-left.to)).toBe(two(right.from));
      return two(right.from);
    };
    const sig = both('sigmoid');
    const tanh = both('tanh');
    shows(src, `| sigmoid | 0.25, at $x = 0$ | $\\lvert x \\rvert > ${sig}$ |`);
    shows(src, `| tanh | 1, at $x = 0$ | $\\lvert x \\rvert > ${tanh}$ |`);
    shows(src, `| softsign | 1, at $x = 0$ | $\\lvert x \\rvert > ${both('softsign')}$ |`);
    shows(src, `| softplus | 1, as $x \\to \\infty$ | $x < ${two(curve('softplus').intervals[0].to)}$ |`);
    const elu = two(curve('elu').intervals[0].to);
    shows(src, `| ELU ($\\alpha = 1$) | 1, for $x > 0$ | $x < ${elu}$ |`);
    shows(src, `saturates below $x = ${elu}$ (for $\\alpha = 1$)`);
    const relu = curve('relu').intervals;
    expect(relu).toHaveLength(1);
    expect(relu[0].zero && Math.abs(relu[0].to) < 1e-6).toBe(true);
    shows(src, '| ReLU | 1, for $x > 0$ | $x < 0$, where the slope is exactly 0 |');
    const leaky = curve('leaky_relu').intervals;
    expect(leaky.length === 1 && !leaky[0].zero).toBe(true);
    shows(src, "Leaky ReLU with PyTorch's default $a = 0.01$ also falls under the 5% line for $x < 0$, but its slope is never 0");
    expect(curve('maxout').intervals).toEqual([]);
    shows(src, `sigmoid for $\\lvert x \\rvert > ${sig}$, tanh for $\\lvert x \\rvert > ${tanh}$`);
    shows(src, `Switch to tanh at the same x: also saturated, and sooner (${tanh})`);
  });

  it('answers the saturation quiz from the computed boundary', () => {
    const c = curve('sigmoid');
    const edge = c.intervals[1].from;
    const q = quiz.get('activations-sigmoid-saturation')!;
    expect(q.answer).toBe(Number(two(edge)));
    shows(q.text, `below ${c.threshold}`);
    const s = compute.sampleActivation('sigmoid', [edge], dummy).values[0];
    shows(q.text, `σ(x) > ${s.toFixed(4)}, which is x > ${two(edge)}`);
  });

  it('bounds the product of sigmoid slopes by 0.25^N', () => {
    expect(compute.sampleActivation('sigmoid', [0], dummy).slopes[0]).toBe(0.25);
    shows(src, `Ten sigmoid layers shrink the gradient at least ${fmt(1 / sigmoidBound(10))} times ($0.25^{10} = ${texSci(sigmoidBound(10))}$)`);
    shows(src, `thirty layers, $0.25^{30} = ${texSci(sigmoidBound(30))}$`);
    shows(src, `Push the depth slider to 30 and read the bound: ${sci(sigmoidBound(30))}.`);
    const q = quiz.get('activations-sigmoid-bound')!;
    expect(q.answer).toBe(1 / sigmoidBound(10));
    shows(q.text, `1/4¹⁰ = 1/${fmt(4 ** 10)}`);
    shows(src, `(${fmt(4 ** 10)} for ten)`);
  });

  it('quotes the chain widget at its defaults, and with weight 4', () => {
    const { depth, x0, weight } = widgetProps(src, 'GradientChain');
    shows(src, `With the default settings (${depth} layers, input ${x0}, every weight ${weight})`);
    const [sig, tanh, relu] = chainResults(compute, { depth, x0, weight });
    shows(src, `the product of the sigmoid slopes is $${texSci(sig.products[depth - 1])}$`);
    shows(src, `Tanh does better, $${tanh.products[depth - 1].toPrecision(2)}$`);
    expect(relu.products.every((p) => p === 1)).toBe(true);
    shows(src, "ReLU's product is exactly 1");
    const heavy = chainResults(compute, { depth, x0, weight: 4 });
    expect(4 ** depth).toBe(1 / sigmoidBound(depth));
    shows(src, `With $w = 4$ the factor $w^{${depth}}$ is ${fmt(4 ** depth)}, exactly what the bound takes away`);
    shows(src, `the whole gradient comes out at $${texSci(heavy[0].gradient)}$`);
    expect(chainResults(compute, { depth, x0: -x0, weight })[2].products[0]).toBe(0);
  });

  it('quotes the dying-ReLU widget at its defaults', () => {
    const { seed, rate, slope, steps } = widgetProps(src, 'DyingRelu');
    shows(src, 'kick="step"');
    expect(steps).toBeLessThanOrEqual(MAX_STEPS);
    shows(src, `The widget below has a layer of ${UNITS} units on 2-D inputs, read out as $y = ${READOUT} \\sum_j h_j$, and ${BATCH} inputs in a batch`);
    shows(src, `plain gradient descent at learning rate ${TRAIN_RATE} runs for up to ${MAX_STEPS} steps`);
    const base = { seed, kick: 'step' as const, rate, shift: -3, slope };
    const r = run(base);
    shows(src, `With a learning rate of ${rate}, the step leaves ${r.relu.off[0]} of the ${UNITS} ReLU units off for every input: dead.`);
    expect(r.relu.off[steps]).toBe(r.relu.off[0]);
    shows(src, `${steps} steps later all ${r.relu.off[steps]} are still dead and the loss is stuck at ${r.relu.loss[steps].toFixed(3)}`);
    shows(src, `Leaky ReLU with $a = ${slope}$ is knocked out just as hard (${r.leaky.off[0]} units off)`);
    shows(src, `after ${steps} steps only ${r.leaky.off[steps]} are still off, ${revived(r.leaky, r.task, steps)} have come back, and the loss is down to ${r.leaky.loss[steps].toFixed(4)}`);
    const tiny = run({ ...base, slope: 0.01 });
    shows(src, `With $a = 0.01$, PyTorch's default, the push back is a hundredth and ${steps} steps are not enough: ${tiny.leaky.off[steps]} units stay off`);
    const gentle = run({ ...base, rate: 0.5 });
    expect(gentle.relu.off[0]).toBe(0);
    shows(src, 'With a learning rate of 0.5 instead of 3, no unit dies at all');
    const at = (rate: number) => run({ ...base, rate }).relu.off[0];
    shows(src, `no unit dies at 0.5, ${at(1)} die at 1 and ${at(2)} at 2`);
  });

  it('counts Maxout’s parameters', () => {
    const q = quiz.get('activations-maxout-params')!;
    expect(q.answer).toBe(maxoutParams(128, 64, 3));
    shows(q.text, `64 × 3 × (128 + 1) = ${fmt(maxoutParams(128, 64, 3))}, three times the ${fmt(fcParams(128, 64))}`);
  });

  it('has at least four quizzes, ids prefixed, every numeric one checked above', () => {
    expect(quiz.size).toBeGreaterThanOrEqual(4);
    for (const id of quiz.keys()) expect(id.startsWith('activations-')).toBe(true);
    // Parameterised questions (generator=…) are checked over many students by tests/unit/quiz/answerKeys.test.ts.
    const numeric = [...quiz.values()].filter((q) => q.kind === 'numeric' && !/\bgenerator="/.test(q.text)).map((q) => q.id);
    expect(numeric.sort()).toEqual(['activations-maxout-params', 'activations-sigmoid-bound', 'activations-sigmoid-saturation']);
  });

  it('writes no other large figure', () => {
    onlyAllowedBigNumbers(src, [4 ** 10, maxoutParams(128, 64, 3), fcParams(128, 64)]);
  });
});
