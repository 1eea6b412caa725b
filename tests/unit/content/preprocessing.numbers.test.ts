/**
 * Every figure the preprocessing lesson quotes, recomputed here from lib/preprocessing and the
 * widgets' defaults (or from the published constants file), and found in the MDX exactly as
 * computed.
 */
import { describe, expect, it } from 'vitest';
import { runPipeline } from '@/components/widgets/PreprocessingExplorer/model';
import { DEFAULT_STATE as CLOUD, PRESETS } from '@/components/widgets/PreprocessingExplorer/state';
import { meanImageModel } from '@/components/widgets/MeanImageExplorer/model';
import { DEFAULT_STATE as MEAN_IMAGE } from '@/components/widgets/MeanImageExplorer/state';
import { EXPERIMENT, unitZByMode } from '@/components/widgets/SigmoidSaturation/model';
import { DEFAULT_STATE as NEURON, weightStd } from '@/components/widgets/SigmoidSaturation/state';
import { S as NEURON_TEXT } from '@/components/widgets/SigmoidSaturation/strings';
import { imageSet } from '@/lib/preprocessing/imageSet';
import { whiteningScale } from '@/lib/preprocessing/pipeline2d';
import { saturationThreshold, summarize } from '@/lib/preprocessing/saturation';
import {
  ALEXNET_MEAN_IMAGE_SHAPE,
  CAFFE_IMAGENET_MEAN_RGB,
  TORCHVISION_MEAN_RGB,
  TORCHVISION_STD_RGB,
  VGG_MEAN_RGB,
} from '@/lib/preprocessing/publishedMeans';
import { fmt, onlyAllowedBigNumbers, quizzes, read, shows } from './lessonSource';

const src = read('preprocessing');
const quiz = quizzes(src);
const tag = (name: string, id: string) => new RegExp(`<${name}\\b[^>]*id="${id}"[^>]*/>`).exec(src)?.[0] ?? '';

describe('lesson preprocessing: every figure is computed', () => {
  it('quotes the default cloud correlation and the near-line cloud whitening numbers', () => {
    const cloud = runPipeline(CLOUD);
    shows(src, `(${cloud.stages[0].stats.correlation.toFixed(3)} on the default sample)`);
    expect(tag('PreprocessingExplorer', 'preprocessing-cloud')).toBe('<PreprocessingExplorer id="preprocessing-cloud" />');

    const lineTag = tag('PreprocessingExplorer', 'preprocessing-line');
    expect(lineTag).toContain('preset="line"');
    expect(lineTag).toContain('stage="whitened"');
    expect(lineTag).toContain('epsilon={0.001}');
    shows(src, `(correlation ${PRESETS.line.rho})`);
    const line = (epsilon: (typeof CLOUD)['epsilon']) => runPipeline({ ...CLOUD, ...PRESETS.line, epsilon });
    shows(src, `Its smallest eigenvalue is only ${line(0.001).fit.eigen.values[1].toFixed(3)}.`);
    const left = (e: (typeof CLOUD)['epsilon']) => line(e).stages.find((r) => r.stage === 'whitened')!.stats.cov.yy.toFixed(3);
    shows(src, `${left(1e-5)} with $\\varepsilon = 10^{-5}$, ${left(0.001)} with $10^{-3}$, ${left(0.1)} with $0.1$`);
  });

  it('answers the whitening quiz with the whitening scale', () => {
    const q = quiz.get('preprocessing-whitening-factor')!;
    shows(q.text, 'eigenvalues 4 and 0.0001');
    expect(q.answer).toBeCloseTo(whiteningScale(0.0001, 0), 10);
  });

  it("counts AlexNet's mean image and quotes the published per-channel means", () => {
    const size = ALEXNET_MEAN_IMAGE_SHAPE.reduce((a, b) => a * b, 1);
    shows(src, `256 × 256 × 3 = ${fmt(size)} numbers`);
    shows(src, `has ${fmt(size)} values, not ${fmt(227 * 227 * 3)}`);
    expect(quiz.get('preprocessing-alexnet-mean-size')!.answer).toBe(size);
    const [r, g, b] = VGG_MEAN_RGB;
    shows(src, `R = ${r}, G = ${g}, B = ${b}`);
    shows(src, `(often rounded to ${VGG_MEAN_RGB.map((v) => v.toFixed(2)).join(', ')}`);
    shows(src, `mean colour** (${VGG_MEAN_RGB.join(', ')})`);
    const [cr, cg, cb] = CAFFE_IMAGENET_MEAN_RGB;
    shows(src, `R = ${cr.toFixed(2)}, G = ${cg.toFixed(2)}, B = ${cb.toFixed(2)}`);
    shows(src, `means (${TORCHVISION_MEAN_RGB.join(', ')}) and standard deviations (${TORCHVISION_STD_RGB.join(', ')})`);
    expect(Math.abs(TORCHVISION_MEAN_RGB[0] * 255 - r)).toBeLessThanOrEqual(0.01);
    expect(Math.abs(TORCHVISION_MEAN_RGB[1] * 255 - g)).toBeLessThan(0.5);
    expect(Math.abs(TORCHVISION_MEAN_RGB[2] * 255 - b)).toBeLessThan(0.5);
    shows(src, 'within 0.01 of');
    shows(src, 'within 0.5 of');
  });

  it('quotes the layout the mean colour leaves in the default image set', () => {
    const m = meanImageModel(MEAN_IMAGE);
    shows(src, `default set of ${MEAN_IMAGE.count} ${MEAN_IMAGE.set}`);
    shows(src, `off by up to ${m.leftoverChannel.toFixed(2)} at some pixel`);
    expect(m.leftoverPixel).toBeLessThan(1e-9);
  });

  it('quotes the saturation threshold and the measured saturation at the widget defaults', () => {
    const t = saturationThreshold();
    shows(src, `\\approx ${t.toFixed(2)}`);
    expect(quiz.get('preprocessing-threshold')!.answer).toBe(Number(t.toFixed(2)));
    // The closed form the lesson prints equals the threshold.
    expect(Math.log((1 + Math.sqrt(0.95)) / (1 - Math.sqrt(0.95)))).toBeCloseTo(t, 12);

    const images = imageSet(EXPERIMENT.set, EXPERIMENT.images, EXPERIMENT.seed);
    let sq = 0;
    let n = 0;
    for (const img of images) {
      for (const v of img.data) sq += v * v;
      n += img.data.length;
    }
    const rms = Math.round(Math.sqrt(sq / n));
    shows(src, `root mean square pixel value of the landscape images below is ${rms}), so $\\lVert x \\rVert \\approx ${rms}\\sqrt{D}$`);

    shows(src, `on ${NEURON.k} × ${NEURON.k} × 3 patches`);
    shows(src, `$\\sigma_w = ${weightStd(NEURON)}$`);
    const z = unitZByMode(NEURON.k);
    const sat = (mode: keyof typeof z, w = weightStd(NEURON)) => NEURON_TEXT.pct(summarize(z[mode], w).saturated);
    shows(src, `on raw 0–255 pixels ${sat('raw')} of the pre-activations are saturated; on normalised pixels ${sat('normalised')}`);
    shows(src, `(${sat('centred')} saturated at the default settings)`);
    shows(src, `Dividing by 255 alone does** (${sat('unit')})`);
    // "keeps normalised inputs almost entirely unsaturated while raw pixels saturate even more"
    const xavier = 1 / Math.sqrt(NEURON.k * NEURON.k * 3);
    expect(summarize(z.normalised, xavier).saturated).toBeLessThan(0.01);
    expect(summarize(z.raw, xavier).saturated).toBeGreaterThan(summarize(z.raw, weightStd(NEURON)).saturated);
  });

  it('counts the covariance of a 224 × 224 × 3 image', () => {
    const d = 224 * 224 * 3;
    shows(src, `has ${fmt(d)} values, so its covariance matrix has ${fmt(d)} × ${fmt(d)} = ${fmt(d * d)} entries`);
  });

  it('has at least four quizzes, every fixed numeric one checked above (parameterised ones are checked by the answer-key test), ids prefixed', () => {
    expect(quiz.size).toBeGreaterThanOrEqual(4);
    for (const id of quiz.keys()) expect(id.startsWith('preprocessing-')).toBe(true);
    const numeric = [...quiz.values()].filter((q) => q.kind === 'numeric' && !q.text.includes('generator="')).map((q) => q.id);
    expect(numeric.sort()).toEqual(['preprocessing-alexnet-mean-size', 'preprocessing-threshold', 'preprocessing-whitening-factor']);
    for (const q of quiz.values()) expect(q.text).toMatch(/explanation="[^"]{20,}"/);
  });

  it('writes no other large figure', () => {
    const d = 224 * 224 * 3;
    onlyAllowedBigNumbers(src, [ALEXNET_MEAN_IMAGE_SHAPE.reduce((a, b) => a * b, 1), 227 * 227 * 3, d, d * d]);
  });
});
