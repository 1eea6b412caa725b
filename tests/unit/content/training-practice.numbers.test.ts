/**
 * Every figure the training-practice lesson quotes that is not a training result (those are in
 * training-practice.results.test.ts): parameter counts from the network specs and lib/nn, the
 * crop counts, the quiz answers, and the widget defaults the prose names.
 */
import { describe, expect, it } from 'vitest';
import { fcParams } from '@/lib/nn/convArithmetic';
import { inferShapes } from '@/lib/compute/training/spec';
import { PRODUCT_GROUPS, productGroup } from '@/lib/compute/training/transfer';
import { FASHION_CLASSES } from '@/lib/data/fashionMnist';
import { DROPOUT_RATE, MILD_AUGMENTATION, WEIGHT_DECAY, overfitSpec } from '@/components/widgets/OverfittingLab/model';
import { TRUNK_FACTOR } from '@/components/widgets/FineTuneLab/model';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeWeights } from '@/lib/compute/training/weightsFile';
import { fmt, onlyAllowedBigNumbers, quizzes, read, shows } from './lessonSource';

const src = read('training-practice');
const quiz = quizzes(src);

/** Distinct crops of a k × k window in an n × n image, times 2 with mirror images. */
const versions = (n: number, k: number) => (n - k + 1) ** 2 * 2;

describe('lesson training-practice: every figure is computed', () => {
  it('counts the parameters of the overfitting network', () => {
    const r = inferShapes(overfitSpec(false));
    if (!r.ok) throw new Error(r.error);
    // conv 3×3×1×8 + 8, conv 3×3×8×16 + 16, dense 784→64, dense 64→10
    expect(r.params).toBe(9 * 8 + 8 + (9 * 8 * 16 + 16) + fcParams(7 * 7 * 16, 64) + fcParams(64, 10));
    shows(src, `The small network of this lesson has ${fmt(r.params)} of them`);
    const withDropout = inferShapes(overfitSpec(true));
    expect(withDropout.ok && withDropout.params).toBe(r.params); // dropout has no weights
  });

  it('counts AlexNet’s crops and mirror images, and the paper’s 2048', () => {
    expect(256 - 224 + 1).toBe(33);
    expect(versions(256, 224)).toBe(2178);
    shows(src, '$256 - 224 + 1 = 33$');
    shows(src, '33 \\times 33 \\times 2 = 2{,}178');
    expect(32 * 32 * 2).toBe(2048);
    shows(src, '"by a factor of 2048", which is $32 \\times 32 \\times 2$');
    shows(src, 'this is not 2,178 times the information');
  });

  it('answers the crop quiz', () => {
    const q = quiz.get('training-practice-crops')!;
    expect(q.answer).toBe(versions(32, 16));
    expect(q.text).toContain('17 × 17 = 289 crops');
    expect(17 * 17).toBe(289);
  });

  it('counts the new AlexNet head of the notes’ 95-class example, and the layer it replaces', () => {
    const head = fcParams(4096, 95);
    expect(head).toBe(4096 * 95 + 95);
    expect(quiz.get('training-practice-head-params')!.answer).toBe(head);
    shows(src, `$4096 \\times 95 + 95 = 389{,}215$ parameters, against the ${fmt(fcParams(4096, 1000))} of the layer it replaces`);
    expect(quiz.get('training-practice-head-params')!.text).toContain(`4,096 × 95 weights plus 95 biases = ${fmt(4096 * 95)} + 95 = ${fmt(head)}`);
  });

  it('describes the shared pre-trained network and the new task as the code defines them', () => {
    const file = path.resolve(__dirname, '../../../public/models/fashion-cnn.weights');
    const { header } = decodeWeights(new Uint8Array(readFileSync(file)));
    const FASHION_CNN = header.spec;
    expect(String(header.about.data)).toContain('6,000 training images');
    shows(src, 'was trained on all 6,000 training images to tell the ten Fashion-MNIST classes apart');
    const convs = FASHION_CNN.layers.filter((l) => l.type === 'conv').map((l) => (l.type === 'conv' ? l.filters : 0));
    expect(convs).toEqual([16, 32]);
    const hidden = FASHION_CNN.layers.filter((l) => l.type === 'dense').map((l) => (l.type === 'dense' ? l.units : 0));
    expect(hidden).toEqual([64, 10]);
    shows(src, 'two convolution blocks (16 and 32 filters) and a 64-unit hidden layer, so its CNN codes have 64 values');
    const groups = PRODUCT_GROUPS.map((_, g) => FASHION_CLASSES.filter((_, c) => productGroup(c) === g).map((n) => n.toLowerCase()));
    expect(groups).toEqual([['t-shirt/top', 'pullover', 'coat', 'shirt'], ['trouser', 'dress'], ['sandal', 'sneaker', 'ankle boot'], ['bag']]);
    shows(src, 'tops (T-shirt, pullover, coat, shirt), bottoms and dresses (trouser, dress), footwear (sandal, sneaker, ankle boot) and bags');
    expect(TRUNK_FACTOR.tenth).toBe(0.1);
    expect(TRUNK_FACTOR.frozen).toBe(0);
  });

  it('names the overfitting widget’s regularisers as the code sets them', () => {
    expect(DROPOUT_RATE).toBe(0.5);
    expect(WEIGHT_DECAY).toBe(0.001);
    shows(src, '**Dropout** (p = 0.5 before the output layer)');
    shows(src, 'the course uses $\\lambda = 0.001$');
    expect(MILD_AUGMENTATION).toMatchObject({ flipH: true, flipV: false, rotation: 10, shift: 2 });
    shows(src, '**Augmentation** (mirror, ±10°, ±2 pixels');
  });

  it('prints no other big number', () => {
    onlyAllowedBigNumbers(src, [2178, 389215, fcParams(4096, 1000), 4096, 1000, 6000, 4096 * 95, (inferShapes(overfitSpec(false)) as { params: number }).params]);
  });

  it('has at least four quizzes, ids prefixed with the slug, at least one numeric', () => {
    expect(quiz.size).toBeGreaterThanOrEqual(4);
    expect([...quiz.keys()].every((id) => id.startsWith('training-practice-'))).toBe(true);
    expect([...quiz.values()].some((q) => q.kind === 'numeric')).toBe(true);
  });
});
