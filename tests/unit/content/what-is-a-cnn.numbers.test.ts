/**
 * Every figure the what-is-a-cnn lesson quotes is recomputed here with lib/nn, and must appear in
 * the MDX exactly as computed; numbers with thousands separators are allow-listed, so a wrong
 * figure typed into the prose fails even where no assertion names it.
 */
import { describe, expect, it } from 'vitest';
import { convParams, fcParams } from '@/lib/nn/convArithmetic';
import reference from '../../reference/architectures.json';
import { FASHION_CNN } from '@/lib/compute/training/spec';
import { FASHION_CLASSES } from '@/lib/data/fashionMnist';
import { fmt, onlyAllowedBigNumbers, quizzes, read, shows, widgetProps } from './lessonSource';

describe('lesson what-is-a-cnn: every figure is computed', () => {
  const src = read('what-is-a-cnn');
  const quiz = quizzes(src);

  // A 200 × 200 colour photo into a first hidden layer of 1,000 neurons.
  const photo = 200 * 200 * 3;
  const hidden = 1000;
  // VGG-16's first fully connected layer: 7 × 7 × 512 feature maps into 4,096 units.
  const vggFlat = 7 * 7 * 512;
  const vggFc = 4096;
  const vgg16 = reference.models.find((m) => m.id === 'vgg16');

  it('describes the trained network the overview shows with its own input size and classes', () => {
    const [h, w, c] = FASHION_CNN.input;
    const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
    shows(src, `${h} × ${w} grey pictures of ${words[FASHION_CLASSES.length]} kinds of clothing`);
    shows(src, `${fmt(h * w * c)} numbers between 0 (background) and 1 (brightest)`);
  });

  it('quotes the fully connected counts for a 200 × 200 × 3 photo', () => {
    shows(src, `200 × 200 × 3 = ${fmt(photo)} numbers`);
    shows(src, `needs ${fmt(fcParams(photo, 1, false))} weights`);
    shows(src, `${fmt(fcParams(photo, hidden, false))} weights, plus ${fmt(hidden)} biases`);
    shows(src, `${fmt(fcParams(photo, hidden))} parameters in total`);
  });

  it('gives the weights per fully connected neuron for each image size', () => {
    for (const [label, h, w] of [
      ['32 × 32 × 3 (a CIFAR-10 thumbnail)', 32, 32],
      ['200 × 200 × 3', 200, 200],
      ["227 × 227 × 3 (AlexNet's input)", 227, 227],
    ] as const) {
      shows(src, `| ${label} | ${fmt(fcParams(h * w * 3, 1, false))} |`);
    }
  });

  it('counts the weights of a 3 × 3 kernel on a colour image', () => {
    const weights = convParams({ inH: 1, inW: 1, cin: 3, cout: 1, kh: 3, kw: 3, stride: 1, padding: 0, bias: false });
    shows(src, `3 × 3 × 3 = ${weights} weights and one bias`);
  });

  it("quotes VGG-16's first fully connected layer against the reference parameter count", () => {
    expect(vgg16).toBeDefined();
    expect(vggFlat).toBe(7 * 7 * 512);
    // Taught once, in fc-dropout: the product is not worked out here.
    expect(src.includes(fmt(fcParams(vggFlat, vggFc, false)))).toBe(false);
    shows(src, 'the [fully connected lesson](/lessons/fc-dropout/) counts them');
    const share = fcParams(vggFlat, vggFc) / vgg16!.params;
    expect(Math.round(share * 4) / 4, 'the layer holds about three quarters of VGG-16').toBe(0.75);
    shows(src, 'about three quarters');
  });

  it('has numeric quiz answers equal to the computed values', () => {
    expect(quiz.get('what-is-a-cnn-fc-weights')?.answer).toBe(fcParams(64 * 64 * 3, 1, false));
    shows(quiz.get('what-is-a-cnn-fc-weights')!.text, `64 × 64 × 3 = ${fmt(64 * 64 * 3)}`);

    // Layers with weights in INPUT → [[CONV → RELU]*N → POOL?]*M → [FC → RELU]*K → FC.
    const { n, m, k } = widgetProps(src, 'LayerPattern');
    const countQuiz = quiz.get('what-is-a-cnn-count-layers')!;
    shows(countQuiz.text, `$N = ${n}$, $M = ${m}$, $K = ${k}$`);
    expect(countQuiz.answer).toBe(n * m + k + 1);
    shows(countQuiz.text, `N × M = ${n} × ${m} = ${n * m} convolution layers`);
  });

  it('has at least two quizzes, every numeric one checked above', () => {
    expect(quiz.size).toBeGreaterThanOrEqual(2);
    const numeric = [...quiz.values()].filter((q) => q.kind === 'numeric' && !q.text.includes('generator="')).map((q) => q.id);
    expect(numeric.sort()).toEqual(['what-is-a-cnn-count-layers', 'what-is-a-cnn-fc-weights']);
  });

  it('writes no other large figure', () => {
    onlyAllowedBigNumbers(src, [
      photo,
      hidden,
      fcParams(photo, hidden, false),
      fcParams(photo, hidden),
      32 * 32 * 3,
      227 * 227 * 3,
      vggFlat,
      vggFc,
      fcParams(vggFlat, vggFc, false),
      vgg16!.params,
      64 * 64 * 3,
    ]);
  });
});
