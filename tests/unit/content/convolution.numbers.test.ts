/**
 * Every figure the convolution lesson quotes is recomputed here with lib/nn (or from the matrices
 * the lesson itself prints), and must appear in
 * the MDX exactly as computed; numbers with thousands separators are allow-listed, so a wrong
 * figure typed into the prose fails even where no assertion names it.
 */
import { describe, expect, it } from 'vitest';
import { convMacs, convParams, fcParams, type ConvLayer } from '@/lib/nn/convArithmetic';
import { KERNELS, type PresetKernel } from '@/components/widgets/ConvolutionStepper/kernels';
import { fmt, innerProduct, matrices, onlyAllowedBigNumbers, quizzes, read, shape, shows, side, widgetProps } from './lessonSource';

describe('lesson convolution: every figure is computed', () => {
  const src = read('convolution');
  const quiz = quizzes(src);

  const alexnet: ConvLayer = { inH: 227, inW: 227, cin: 3, cout: 96, kh: 11, kw: 11, stride: 4, padding: 0 };
  const [, alexH, alexW] = shape(alexnet);
  const alexOutputs = alexH * alexW * alexnet.cout;
  const alexInputs = alexnet.inH * alexnet.inW * alexnet.cin;
  const alexWeightsPerKernel = alexnet.kh * alexnet.kw * alexnet.cin;
  const alexParams = convParams(alexnet);
  const alexWeights = convParams({ ...alexnet, bias: false });
  const alexFc = fcParams(alexInputs, alexOutputs);
  const alexIm2col = alexWeightsPerKernel * alexH * alexW;

  // Weight sharing example: 32 × 32 × 3 → 16 maps of 32 × 32, 3 × 3 kernels, padding 1.
  const small: ConvLayer = { inH: 32, inW: 32, cin: 3, cout: 16, kh: 3, kw: 3, stride: 1, padding: 1 };
  const [smallC, smallH, smallW] = shape(small);
  const smallOutputs = smallC * smallH * smallW;
  const smallInputs = small.inH * small.inW * small.cin;
  const smallFc = fcParams(smallInputs, smallOutputs);
  const perOutput = convParams({ ...small, cout: 1 }); // one window's weights and bias
  const smallLocal = smallOutputs * perOutput;
  const smallConv = convParams(small);

  const paramsQuiz: ConvLayer = { inH: 1, inW: 1, cin: 64, cout: 128, kh: 3, kw: 3, stride: 1, padding: 0 };

  it('computes the worked inner product from the matrices it prints', () => {
    const display = /\$\$[^$]*\\odot[^$]*\$\$/.exec(src)?.[0];
    expect(display, 'the worked example is a display formula with ⊙').toBeDefined();
    const [window, kernel] = matrices(display!);
    expect(window.flat()).toHaveLength(9);
    const rows = window.map((r) => `(${r[0]} - ${r[2]})`).join(' + ');
    // The kernel is [1 0 −1] in every row, so the sum is left column minus right column.
    expect(kernel).toEqual([[1, 0, -1], [1, 0, -1], [1, 0, -1]]);
    shows(display!, `${rows} = ${innerProduct(window, kernel)}`);
    expect(innerProduct(window, kernel), 'the text calls the result negative').toBeLessThan(0);
  });

  it('answers the inner-product quiz from its own matrices and bias', () => {
    const q = quiz.get('convolution-inner-product')!;
    const [kernel, window] = matrices(q.text);
    const bias = Number(/with bias \$b = (-?\d+)\$/.exec(q.text)?.[1]);
    expect(Number.isFinite(bias)).toBe(true);
    expect(q.answer).toBe(innerProduct(window, kernel) + bias);
  });

  it('quotes the kernels the stepper widget uses', () => {
    const rows: [string, PresetKernel, 'smooth' | 'edge' | null][] = [
      ['identity', 'identity', null],
      ['box blur', 'box-blur', 'smooth'],
      ['Gaussian blur', 'gaussian', 'smooth'],
      ['sharpen', 'sharpen', null],
      ['Sobel x', 'sobel-x', 'edge'],
      ['Sobel y', 'sobel-y', 'edge'],
      ['Laplacian', 'laplacian', 'edge'],
    ];
    for (const [label, name, family] of rows) {
      const line = src.split('\n').find((l) => l.startsWith(`| ${label} |`));
      expect(line, `a table row for ${label}`).toBeDefined();
      const scale = /\\frac\{1\}\{(\d+)\}/.exec(line!);
      const values = matrices(line!)[0].flat().map((v) => v / (scale ? Number(scale[1]) : 1));
      const expected = KERNELS[name].values;
      expect(values).toHaveLength(expected.length);
      values.forEach((v, i) => expect(v).toBeCloseTo(expected[i], 12));
      const sum = values.reduce((a, b) => a + b, 0);
      if (family === 'smooth') expect(sum).toBeCloseTo(1, 12);
      if (family === 'edge') expect(sum).toBeCloseTo(0, 12);
    }
  });

  it('gives the output sizes of the sliding and padding examples', () => {
    shows(src, `A 5 × 5 image and a 3 × 3 kernel give a ${side(5, 3, 0, 1).size} × ${side(5, 3, 0, 1).size} feature map`);
    const shrunk = side(32, 3, 0, 1).size;
    shows(src, `a 32 × 32 image becomes ${shrunk} × ${shrunk} after a 3 × 3 kernel`);
    const kept = side(32, 3, 1, 1).size;
    shows(src, `the 32 × 32 image becomes ${32 + 2} × ${32 + 2}, and the 3 × 3 kernel then fits in exactly ${kept} × ${kept} positions`);
    expect(kept).toBe(32);
  });

  it('answers the output-size and same-padding quizzes', () => {
    const size = side(32, 5, 0, 1).size;
    expect(quiz.get('convolution-output-size')?.answer).toBe(size);
    shows(quiz.get('convolution-output-size')!.text, `32 − 5 + 1 = ${size}`);

    const q = quiz.get('convolution-same-padding')!;
    const keeps = q.choices.filter((c) => side(32, 5, Number(c.replace('p = ', '')), 1).size === 32);
    expect(keeps).toEqual([q.choices[q.answer]]);
  });

  it('counts the im2col copies on the 5 × 5 grid', () => {
    const windows = side(5, 3, 1, 1).size ** 2;
    shows(src, `there are ${windows} windows of 9 values each: ${windows * 9} numbers to hold 25, exactly $k^2 = ${(windows * 9) / 25}$ times`);
  });

  it('gives the channel example and answers the channels quiz', () => {
    const [c, h, w] = shape({ inH: 6, inW: 6, cin: 3, cout: 8, kh: 3, kw: 3, stride: 1, padding: 0 });
    shows(src, `a 6 × 6 × 3 image and 8 kernels of size 3 × 3 × 3 (stride 1, no padding) give a ${h} × ${w} × ${c} output`);
    const q = quiz.get('convolution-channels')!;
    shows(q.text, 'shape 28 × 28 × 16 and has 32 kernels of size 5 × 5');
    expect(q.choices[q.answer]).toBe('5 × 5 × 16, and 32 output channels');
  });

  it('counts what local connectivity and weight sharing save', () => {
    shows(src, `i.e. ${fmt(smallOutputs)} output values`);
    shows(src, `| fully connected | all ${fmt(smallInputs)} input values | ${fmt(smallFc)} |`);
    shows(src, `| ${fmt(smallLocal)} |`);
    shows(src, `| ${fmt(smallConv)} |`);
    expect(perOutput).toBe(27 + 1);
    expect(Math.round(Math.log10(smallFc / smallLocal)), 'locality alone saves about a hundredfold').toBe(2);
    shows(src, 'about a hundredfold');
    shows(src, `divides it by another ${fmt(smallLocal / smallConv)}, the number of positions`);
    expect(smallLocal / smallConv).toBe(smallH * smallW);
    shows(src, `do the same ${fmt(convMacs(small))} multiply-accumulates`);
  });

  it('fills the stride table for n = 7, f = 3 from the formula', () => {
    for (const s of [1, 2, 3]) {
      const r = side(7, 3, 0, s);
      const raw = (7 - 3) / s + 1;
      const starts = Array.from({ length: r.size }, (_, i) => i * s).join(', ');
      const formula = r.exact ? `$4/${s} + 1 = ${raw}$` : `$4/${s} + 1 \\approx ${raw.toFixed(2)}$`;
      shows(src, `| ${s} | ${formula} | ${starts} | ${r.size} |`);
    }
    const grid2 = side(5, 3, 0, 2).size;
    const grid3 = side(5, 3, 0, 3);
    expect(grid3.size).toBe(1);
    shows(src, `On this 5 × 5 grid, stride 2 gives a ${grid2} × ${grid2} output; stride 3 fits only one window and leaves the last ${grid3.leftover} rows and columns unread`);
    const r = side(7, 3, 0, 3);
    expect(r.leftover).toBe(1);
    shows(src, `windows start at rows 0 and 3 and cover rows 0 to ${3 + 3 - 1}. **Row ${7 - r.leftover} is never read.**`);
  });

  it("checks the AlexNet 224 story against the formula", () => {
    const paper = side(224, 11, 0, 4);
    shows(src, `$(224 - 11)/4 + 1 = ${(224 - 11) / 4 + 1}$`);
    expect(paper.exact).toBe(false);
    shows(src, `$(227 - 11)/4 + 1 = ${side(227, 11, 0, 4).size}$`);
    const torchvision = side(224, 11, 2, 4);
    shows(src, `$(224 + 4 - 11)/4 + 1 = ${(224 + 4 - 11) / 4 + 1}$, floored to ${torchvision.size}`);
    expect(torchvision.leftover, 'the unread column lies in the padding').toBeLessThanOrEqual(2);
  });

  it('answers the floor quiz', () => {
    const r = side(10, 3, 0, 2);
    expect(quiz.get('convolution-floor')?.answer).toBe(r.size);
    const starts = Array.from({ length: r.size }, (_, i) => i * 2);
    shows(quiz.get('convolution-floor')!.text, `(10 + 0 − 3)/2 + 1 = ${(10 - 3) / 2 + 1}`);
    shows(quiz.get('convolution-floor')!.text, `start at ${starts.slice(0, -1).join(', ')} and ${starts.at(-1)}`);
  });

  it('gives the dilated kernel its effective size', () => {
    const r = side(12, 3, 2, 1, 2);
    shows(src, `with dilation $d = 2$ covers a ${r.effectiveKernel} × ${r.effectiveKernel} area with only 9 weights`);
  });

  it('answers the parameter quiz', () => {
    const q = quiz.get('convolution-params')!;
    expect(q.answer).toBe(convParams(paramsQuiz));
    shows(q.text, `3 × 3 × 64 = ${3 * 3 * 64} weights`);
    shows(q.text, `${3 * 3 * 64 + 1} × 128 = ${fmt(convParams(paramsQuiz))}`);
  });

  it("works through AlexNet's first layer", () => {
    expect(alexH).toBe(side(227, 11, 0, 4).size);
    shows(src, `$(227 + 0 - 11)/4 + 1 = ${alexH}$, so the output is $${alexH} \\times ${alexW} \\times ${alexnet.cout}$, or ${fmt(alexOutputs)} values`);
    shows(src, `$11 \\times 11 \\times 3 = ${alexWeightsPerKernel}$ weights per kernel`);
    shows(src, `$(${alexWeightsPerKernel} + 1) \\times ${alexnet.cout} =$ ${fmt(alexParams)} parameters`);
    shows(src, `Of these, ${fmt(alexWeights)} are weights and ${alexnet.cout} are biases`);
    const macs = convMacs(alexnet);
    shows(src, `each of the ${fmt(alexOutputs)} output values is an inner product of length ${alexWeightsPerKernel}: ${fmt(macs)} multiply-accumulates, about ${Math.round(macs / 1e6)} million`);
    shows(src, `from all ${fmt(alexInputs)} input values: ${fmt(alexFc)} parameters`);
    expect(alexParams / alexFc, 'less than a millionth').toBeLessThan(1e-6);
  });

  it('puts the cost counter on exactly that layer', () => {
    expect(widgetProps(src, 'ConvCostCounter')).toEqual({
      inH: alexnet.inH,
      inW: alexnet.inW,
      cin: alexnet.cin,
      cout: alexnet.cout,
      kernel: alexnet.kh,
      stride: alexnet.stride,
      padding: alexnet.padding,
    });
  });

  it("sizes AlexNet's im2col matrix", () => {
    shows(src, `has ${alexWeightsPerKernel} rows and ${fmt(alexH * alexW)} columns (one per output position), ${fmt(alexIm2col)} numbers to hold an input of ${fmt(alexInputs)}: about ${Math.round(alexIm2col / alexInputs)} times as many`);
    expect(alexIm2col / alexInputs).toBeLessThan(11 ** 2);
  });

  it('backs the remarks about counting positions and the notes', () => {
    // Counting the input's pixels instead of the output's positions.
    expect(Math.round((alexnet.inH * alexnet.inW) / (alexH * alexW))).toBe(17);
    shows(src, "counting the input's 227 × 227 pixels would overstate the compute about 17 times");
    // "35K" in the study notes: the weights without biases, rounded; with biases it rounds the same.
    expect(Math.round(alexWeights / 1000)).toBe(35);
    expect(Math.round(alexParams / 1000)).toBe(35);
    shows(src, `That is the ${fmt(alexWeights)} weights, rounded, with the ${alexnet.cout} biases left out`);
    shows(src, `the exact figure with biases is ${fmt(alexParams)}`);
    // Speaker notes: stride 2 on the same layer.
    const s2 = side(227, 11, 0, 2).size;
    shows(src, `the output grows to ${s2} × ${s2}`);
  });

  it('has at least four quizzes, every numeric one checked above', () => {
    expect(quiz.size).toBeGreaterThanOrEqual(4);
    const numeric = [...quiz.values()].filter((q) => q.kind === 'numeric' && !q.text.includes('generator="')).map((q) => q.id);
    expect(numeric.sort()).toEqual(['convolution-floor', 'convolution-inner-product', 'convolution-output-size', 'convolution-params']);
    for (const q of quiz.values()) {
      if (q.kind === 'choice') expect(q.answer).toBeLessThan(q.choices.length);
    }
  });

  const padded: ConvLayer = { inH: 56, inW: 56, cin: 64, cout: 64, kh: 3, kw: 3, stride: 1, padding: 1 };
  const unpadded: ConvLayer = { ...padded, padding: 0 };

  it('shows that padding changes the MACs and not the parameters', () => {
    expect(convParams(padded)).toBe(convParams(unpadded));
    expect(shape(padded)).toEqual([64, 56, 56]);
    expect(shape(unpadded)).toEqual([64, 54, 54]);
    shows(src, `has ${fmt(convParams(padded))} parameters with or without padding; with padding 1 it keeps 56 × 56 outputs and costs ${fmt(convMacs(padded))} MACs, without padding it leaves 54 × 54 and costs ${fmt(convMacs(unpadded))}`);
  });

  it('writes no other large figure', () => {
    onlyAllowedBigNumbers(src, [
      convParams(padded),
      convMacs(padded),
      convMacs(unpadded),
      smallOutputs,
      smallInputs,
      smallFc,
      smallLocal,
      smallLocal / smallConv,
      convMacs(small),
      alexOutputs,
      alexParams,
      alexWeights,
      convMacs(alexnet),
      alexInputs,
      alexFc,
      alexH * alexW,
      alexIm2col,
      convParams(paramsQuiz),
    ]);
  });
});
