/**
 * Every figure the attention lesson quotes, recomputed: SE costs from the architecture catalogue
 * and closed forms written out here, the trained model's accuracy from its file, and the findings
 * from running the 1,000 test images through the network exactly as the widgets do.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ready } from '@/lib/compute/tf';
import * as A from '@/lib/compute/attentionInspect';
import { decodeWeights } from '@/lib/compute/training/weightsFile';
import { inferShapes } from '@/lib/compute/training/spec';
import { ATTENTION_CNN } from '@/lib/attention/seCnn';
import { seParams, seResnetCost } from '@/lib/attention/seCost';
import { heatFinding, SURVEY_K, SURVEY_VARIANTS } from '@/components/widgets/SqueezeExcite/model';
import { SURVEY_FRACTION } from '@/components/widgets/AttentionMasks/model';
import { SPATIAL_MODES } from '@/components/widgets/AttentionMasks/state';
import reference from '../../reference/architectures.json';
import { fashion } from '../training/fashionData';
import { modelBytes } from '../attention/attentionModel';
import { fmt, onlyAllowedBigNumbers, quizzes, read, shows, widgetProps } from './lessonSource';

const src = read('attention');
const quiz = quizzes(src);
const pct = (p: number) => `${(100 * p).toFixed(1)} %`;
const se50 = seResnetCost(50, 16);
// SE-ResNet-50's blocks, written out: 3, 4, 6, 3 bottlenecks ending in 256, 512, 1024, 2048 channels.
const STAGES: [number, number][] = [[3, 256], [4, 512], [6, 1024], [3, 2048]];
const weightsOnly = STAGES.reduce((s, [n, c]) => s + (n * 2 * c * c) / 16, 0);
const biases = STAGES.reduce((s, [n, c]) => s + n * (c / 16 + c), 0);
const scaling = [[3, 56, 256], [4, 28, 512], [6, 14, 1024], [3, 7, 2048]].reduce((s, [n, hw, c]) => s + n * hw * hw * c, 0);
// The original ResNet-50 strides in the first 1×1 of layer2.0, layer3.0, layer4.0: that layer
// (input C_in = 2·planes at 2× the output side) then runs at a quarter of the positions.
const strideSaving = [[56, 256, 128], [28, 512, 256], [14, 1024, 512]].reduce((s, [hw, cin, cout]) => s + (3 / 4) * hw * hw * cin * cout, 0);

let survey: A.Survey;
let spatial: A.Survey;
let accuracy: number;
let params: number;

beforeAll(async () => {
  await ready();
  const model = A.loadAttentionModel(modelBytes());
  const { test } = await fashion();
  survey = await A.surveySet(model, test, SURVEY_VARIANTS);
  spatial = await A.surveySet(model, test, SPATIAL_MODES.map((m) => ({ spatial: m, hardFraction: SURVEY_FRACTION })));
  accuracy = Number(decodeWeights(modelBytes()).header.about.testAccuracy);
  const shapes = inferShapes(ATTENTION_CNN);
  params = shapes.ok ? shapes.params : NaN;
  model.dispose();
}, 120000);

describe('attention lesson numbers', () => {
  it('SE-ResNet-50 from the catalogue matches the closed forms and the published ResNet-50', () => {
    expect(se50.base.params).toBe(reference.models.find((m) => m.id === 'resnet50')?.params);
    expect(se50.blockChannels).toHaveLength(16);
    expect(se50.weightsOnly).toBe(weightsOnly);
    expect(se50.se.params - se50.base.params).toBe(weightsOnly + biases);
    expect(se50.se.macs - se50.base.macs).toBe(weightsOnly);
    expect(se50.scaleMultiplies).toBe(scaling);
    // Hu et al.: SE-ResNet-50 about 2.5 million more parameters (about 10 %), 28.1 M in all; 3.86 vs 3.87 GFLOPs.
    expect(Math.round(se50.se.params / 1e5) / 10).toBe(28.1);
    expect((se50.se.params - se50.base.params) / se50.base.params).toBeCloseTo(0.1, 2);
    expect(Math.round((se50.base.macs - strideSaving) / 1e7) / 100).toBe(3.86);
    expect(Math.round((se50.base.macs - strideSaving + weightsOnly + scaling) / 1e7) / 100).toBe(3.87);
    for (const v of [se50.base.params, se50.se.params, se50.base.macs, se50.se.macs]) shows(src, `| ${fmt(v)}`);
    shows(src, `**${fmt(weightsOnly)}** weights`);
    shows(src, `${fmt(biases)} biases`);
    shows(src, `only ${(100 * (weightsOnly / se50.base.macs)).toFixed(2)} %`);
    shows(src, `another\n${fmt(scaling)} multiplications`);
    const last = (3 * 2 * 2048 * 2048) / 16;
    expect(last / weightsOnly).toBeGreaterThan(0.5);
    shows(src, `(${fmt(last)} of the weights)`);
    shows(src, `saves ${fmt(strideSaving)} multiply-adds`);
    shows(src, `${fmt(se50.base.macs)} − ${fmt(strideSaving)} = ${fmt(se50.base.macs - strideSaving)}`);
    shows(src, `gives ${fmt(se50.base.macs - strideSaving + weightsOnly + scaling)}, its 3.87 G`);
  });

  it('the SE parameter formula, the widget network\'s block, and the numeric quiz', () => {
    expect(seParams(16, 4)).toBe(148);
    const shapes = inferShapes(ATTENTION_CNN);
    if (!shapes.ok) throw new Error(shapes.error);
    expect(shapes.layers.find((l) => l.type === 'squeezeExcite')?.params).toBe(seParams(16, 4));
    shows(src, `$${2 * 16 * 4} + ${16 / 4} + 16 = ${seParams(16, 4)}$ parameters`);
    const q = quiz.get('attention-se-params')!;
    expect(q.answer).toBe((2 * 512 * 512) / 16);
    expect(q.answer).toBe(seParams(512, 16, false));
    shows(q.text, fmt(q.answer));
    shows(q.text, `${fmt(q.answer / 2)} weights each`);
    shows(q.text, `32 + 512 = ${seParams(512, 16) - seParams(512, 16, false)}`);
  });

  it('the trained model: parameter count and test accuracy', () => {
    shows(src, `**${fmt(params)}** parameters, **${pct(accuracy)}** on the 1,000 test images`);
    expect(survey.accuracy[0]).toBeCloseTo(accuracy, 4);
    expect(survey.count).toBe(1000);
  });

  it('what the SE block does on the test set: mostly a fixed gain per channel, a small class-dependent part', () => {
    const f = heatFinding(survey.classExcitation.mean);
    expect(f.spread).toBeLessThan(0.2);
    expect(f.avgMax - f.avgMin).toBeGreaterThan(3 * f.spread);
    shows(src, `weights run from ${f.avgMin.toFixed(2)} to ${f.avgMax.toFixed(2)}`);
    shows(src, `by at most **${f.spread.toFixed(2)}**`);
    const names = ['T-shirt/top', 'Trouser', 'Pullover', 'Dress', 'Coat', 'Sandal', 'Shirt', 'Sneaker', 'Bag', 'Ankle boot'];
    shows(src, `(channel ${f.channel}, from ${f.loValue.toFixed(2)} for ${names[f.lo]} to\n${f.hiValue.toFixed(2)} for ${names[f.hi]})`);
  });

  it('switching SE off, hard top-k, and the four spatial masks: the accuracies quoted', () => {
    const [soft, off, hard] = survey.accuracy;
    expect(off).toBeLessThan(soft);
    expect(hard).toBeLessThan(soft);
    shows(src, `**${pct(off)}**\ninstead of ${pct(soft)}`);
    shows(src, `keeps only the ${SURVEY_K} most-weighted channels`);
    shows(src, `**${pct(hard)}**`);
    const [residual, mask, none, hardMask] = spatial.accuracy;
    expect(residual).toBeCloseTo(soft, 6);
    shows(src, `(${pct(residual)}) by $M \\cdot T$ costs accuracy\n(**${pct(mask)}**)`);
    shows(src, `($T$ alone: **${pct(none)}**)`);
    shows(src, `keeping a quarter\nof the positions falls to **${pct(hardMask)}**`);
    expect(SURVEY_FRACTION).toBe(0.25);
  });

  it('widget defaults quoted and every big number computed', () => {
    expect(widgetProps(src, 'SqueezeExcite').image).toBe(0);
    onlyAllowedBigNumbers(src, [
      params, 1000, se50.base.params, se50.se.params, se50.base.macs, se50.se.macs, weightsOnly, biases, scaling,
      (3 * 2 * 2048 * 2048) / 16, strideSaving, se50.base.macs - strideSaving, se50.base.macs - strideSaving + weightsOnly + scaling,
      (2 * 512 * 512) / 16, (512 * 512) / 16,
    ]);
  });
});
