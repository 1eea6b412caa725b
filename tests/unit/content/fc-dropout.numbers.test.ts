/**
 * Every figure the fc-dropout lesson quotes, recomputed: parameter counts with lib/nn (VGG-16's
 * against the published torchvision count), the dropout figures from the widget's own layer with
 * the exact enumeration over all masks, and the quiz answers.
 */
import { describe, expect, it } from 'vitest';
import { convOutputSize, convParams, fcParams } from '@/lib/nn/convArithmetic';
import { walkLayers, type LayerSpec } from '@/lib/nn/layerStack';
import { headCounts } from '@/components/widgets/ClassifierHeads/model';
import { DEFAULT_STATE as HEADS_DEFAULT } from '@/components/widgets/ClassifierHeads/state';
import { dropoutView, fmt, INPUTS, maskDraws, OUTPUTS } from '@/components/widgets/DropoutDemo/model';
import { DEFAULT_STATE as DROPOUT_DEFAULT, type DropoutState } from '@/components/widgets/DropoutDemo/state';
import reference from '../../reference/architectures.json';
import { fmt as big, onlyAllowedBigNumbers, quizzes, read, shows, widgetProps } from './lessonSource';

const src = read('fc-dropout');
const quiz = quizzes(src);

// VGG-16 (configuration D): 13 convolutions, then 7 × 7 × 512 → 4096 → 4096 → 1000.
const conv = (cout: number): LayerSpec => ({ kind: 'conv', cout, kernel: 3, padding: 1 });
const vggConvs: LayerSpec[] = [[64, 64], [128, 128], [256, 256, 256], [512, 512, 512], [512, 512, 512]].flatMap((stage) => [
  ...stage.map(conv),
  { kind: 'pool', kernel: 2 } as LayerSpec,
]);
const vgg16 = reference.models.find((m) => m.id === 'vgg16')!;
const flat = 7 * 7 * 512;
const fc1 = fcParams(flat, 4096);
const fc2 = fcParams(4096, 4096);
const fc3 = fcParams(4096, 1000);
const fcTotal = fc1 + fc2 + fc3;

describe('lesson fc-dropout: every figure is computed', () => {
  it('flattens VGG-16 and counts its first fully connected layer', () => {
    shows(src, `7 × 7 × 512 feature maps, which flatten to ${big(flat)} values`);
    shows(src, `$$\n25{,}088 \\times 4{,}096 = 102{,}760{,}448,\n$$`);
    expect(fcParams(flat, 4096, false)).toBe(102_760_448); // 25,088 × 4,096, the notes' figure
    expect(flat).toBe(25_088);
    shows(src, `with its 4,096 biases the layer has ${big(fc1)} parameters`);
    shows(src, `The next two layers add ${big(fc2)} (4,096 → 4,096) and ${big(fc3)} (4,096 → 1,000)`);
  });

  it("splits VGG-16's published parameter count into its convolutions and its three FC layers", () => {
    const convs = walkLayers([3, 224, 224], vggConvs);
    expect(convs.ok).toBe(true);
    if (!convs.ok) return;
    expect(convs.output).toEqual([512, 7, 7]);
    expect(convs.totals.params + fcTotal, 'convolutions + FC layers = torchvision vgg16').toBe(vgg16.params);
    shows(src, `the three fully connected layers hold ${big(fcTotal)} of the network's ${big(vgg16.params)} parameters, about ${Math.round((100 * fcTotal) / vgg16.params)} %`);
    shows(src, `all thirteen convolution layers together hold ${big(convs.totals.params)}`);
    shows(src, `its float32 weights alone take ${Math.round((fc1 * 4) / 1e6)} MB`);
    shows(src, `three fully connected layers hold about ${Math.round((100 * fcTotal) / vgg16.params)} % of its parameters`);
    shows(src, `The whole network has ${big(vgg16.params)} parameters`);
    // "about 100 M" in the notes is the first layer, not the network.
    expect(Math.round(fc1 / 1e8)).toBe(1);
    expect(vgg16.params / 1e6).toBeGreaterThan(130);
  });

  it('quotes the FC-as-convolution equivalence and the larger image', () => {
    // A convolution with 7 × 7 × 512 kernels and 4,096 of them has exactly the FC layer's parameters.
    expect(convParams({ inH: 7, inW: 7, cin: 512, cout: 4096, kh: 7, kw: 7, stride: 1, padding: 0 })).toBe(fc1);
    const side14 = convOutputSize({ n: 448 / 32, f: 7, p: 0, s: 1 });
    expect(side14.ok && side14.size).toBe(8);
    shows(src, `On a 448 × 448 image VGG-16's last maps are ${448 / 32} × ${448 / 32} × 512`);
    shows(src, 'giving an 8 × 8 map of outputs instead of one');
    shows(src, `a classifier run on ${8 * 8} overlapping crops`);
    shows(src, `only accepts a 224 × 224 image (which gives ${224 / 32} × ${224 / 32} maps)`);
    expect(widgetProps(src, 'FcAsConv')).toMatchObject({ c: 2, h: 3, w: 3, outputs: 4 });
    shows(src, 'Set *Image larger by* to 2');
  });

  it('counts the global-average-pooling heads with the widget on VGG-16', () => {
    const props = widgetProps(src, 'ClassifierHeads');
    expect(props).toEqual({ ...HEADS_DEFAULT });
    const n = headCounts(HEADS_DEFAULT);
    expect(n.flatTotal).toBe(fcTotal);
    expect(n.gap).toBe(fcParams(512, 1000));
    expect(n.nin).toBe(n.gap);
    shows(src, `for 512 channels and 1,000 classes, ${big(n.gap)}, against VGG-16's ${big(fcTotal)}`);
  });

  it('answers the numeric quizzes', () => {
    const q1 = quiz.get('fc-dropout-fc-to-conv')!;
    const inputs = 5 * 5 * 64;
    expect(q1.answer).toBe(fcParams(inputs, 10));
    expect(q1.answer).toBe(convParams({ inH: 5, inW: 5, cin: 64, cout: 10, kh: 5, kw: 5, stride: 1, padding: 0 }));
    shows(q1.text, `5 · 5 · 64 = ${big(inputs)} values`);
    shows(q1.text, `(${big(inputs)} + 1) × 10 = ${big(q1.answer)}`);

    const q2 = quiz.get('fc-dropout-pointwise-params')!;
    expect(q2.answer).toBe(convParams({ inH: 28, inW: 28, cin: 256, cout: 64, kh: 1, kw: 1, stride: 1, padding: 0 }));
    shows(q2.text, `(256 + 1) × 64 = ${big(q2.answer)}`);

    const q3 = quiz.get('fc-dropout-gap-params')!;
    expect(q3.answer).toBe(headCounts({ h: 7, w: 7, c: 2048, hidden: 1, classes: 1000 }).gap);
    shows(q3.text, `2,048 × 1,000 weights and 1,000 biases: ${big(q3.answer)}`);
    // ResNet-50's published count includes exactly this head; it must be larger than the head.
    expect(reference.models.find((m) => m.id === 'resnet50')!.params).toBeGreaterThan(q3.answer);
  });

  it('answers the scaling quiz from 1/(1 − p)', () => {
    const q = quiz.get('fc-dropout-inverted-scale')!;
    expect(Number(q.choices[q.answer])).toBeCloseTo(1 / (1 - 0.2), 12);
    expect(q.choices.filter((c) => Math.abs(Number(c) - 1.25) < 1e-9)).toHaveLength(1);
  });

  it('quotes the dropout widgets from their own layer', () => {
    const linear = widgetProps(src, 'DropoutDemo');
    expect(linear).toMatchObject({ p: 0.5, masks: 1, seed: DROPOUT_DEFAULT.seed });
    shows(src, `on a layer of ${INPUTS} inputs and ${OUTPUTS} outputs`);
    shows(src, `computed exactly over all ${2 ** INPUTS} masks`);
    shows(src, `the mean over all ${2 ** INPUTS} masks`);

    const tag = /<DropoutDemo id="fc-dropout-relu"[^>]*\/>/.exec(src)?.[0];
    expect(tag).toBeDefined();
    const unit = Number(/unit=\{(\d+)\}/.exec(tag!)?.[1]);
    const seed = Number(/seed=\{(\d+)\}/.exec(tag!)?.[1]);
    const state: DropoutState = { ...DROPOUT_DEFAULT, seed, p: 0.5, after: 'relu', unit, masks: 1 };
    const view = dropoutView(state, maskDraws(seed));
    shows(src, `following output unit ${unit + 1}. Its full-network output is ${fmt(view.target[unit])}, but the mean over all 256 masks is ${fmt(view.mean[unit])}`);
    expect(view.mean[unit], 'after a ReLU the mean is larger (Jensen)').toBeGreaterThan(view.target[unit]);
    // The linear instance has no gap at all.
    const lin = dropoutView({ ...state, after: 'none' }, maskDraws(seed));
    expect(lin.bias).toBeLessThan(1e-12);
  });

  it('has at least four quizzes with prefixed ids, every numeric one checked above', () => {
    expect(quiz.size).toBeGreaterThanOrEqual(4);
    // Parameterised questions (generator=…) are checked over many students by tests/unit/quiz/answerKeys.test.ts.
    const numeric = [...quiz.values()].filter((q) => q.kind === 'numeric' && !/\bgenerator="/.test(q.text)).map((q) => q.id);
    expect(numeric.sort()).toEqual(['fc-dropout-fc-to-conv', 'fc-dropout-gap-params', 'fc-dropout-pointwise-params']);
    for (const q of quiz.values()) {
      expect(q.id.startsWith('fc-dropout-')).toBe(true);
      if (!/\bgenerator="/.test(q.text)) expect(q.text).toMatch(/explanation="[^"]{20,}"/);
      if (q.kind === 'choice') expect(q.answer).toBeLessThan(q.choices.length);
    }
  });

  it('writes no other large figure', () => {
    const convs = walkLayers([3, 224, 224], vggConvs);
    onlyAllowedBigNumbers(src, [
      flat, 4096, 1000, fcParams(flat, 4096, false), fc1, fc2, fc3, fcTotal, vgg16.params,
      convs.ok ? convs.totals.params : NaN,
      fcParams(512, 1000), 5 * 5 * 64, fcParams(5 * 5 * 64, 10), fcParams(256, 64), 2048, fcParams(2048, 1000),
    ]);
  });
});
