// The course map's lesson pictures: one for every lesson, each a labelled image, drawn from the
// numbers lib/ computes (the references here are published counts and closed forms).
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { allLessons } from '@/lib/content/lessons';
import { LESSON_PICTURES, LessonPicture, hasPicture } from '@/components/course/lessonPictures';
import { strings } from '@/components/course/lessonPictures/strings';
import { CONVOLUTION, convolutionData, poolingData, receptiveFieldData, ConvolutionPicture, PoolingPicture } from '@/components/course/lessonPictures/grids';
import { CHANCE, capacityData, lossData } from '@/components/course/lessonPictures/curves';
import { PRUNE, batchNormData, compressionData, preprocessingData } from '@/components/course/lessonPictures/distributions';
import { classicData, inceptionData, lightweightData, resnetData } from '@/components/course/lessonPictures/networks';
import { DROPOUT, SE, TRIPLET, attentionData, dropoutData, tripletData, FcDropoutPicture } from '@/components/course/lessonPictures/units';
import { keepMask } from '@/lib/nn/dropout';
import { uniforms } from '@/lib/random/prng';

const render = (slug: string) => renderToStaticMarkup(createElement(LessonPicture, { slug }));
const mean = (v: ArrayLike<number>) => Array.from(v).reduce((s, x) => s + x, 0) / v.length;

describe('a picture for every lesson', () => {
  it('every lesson in lessons/*.mdx has a picture of its own', () => {
    const missing = allLessons().map((l) => l.slug).filter((slug) => !hasPicture(slug));
    expect(missing).toEqual([]);
  });

  it('the lesson that shows what the units learned has one, ready for when it lands', () => {
    expect(hasPicture('visualising-cnns')).toBe(true);
  });

  for (const slug of Object.keys(LESSON_PICTURES)) {
    it(`${slug}: one SVG with role img, a description, no text under 12 px and no script`, () => {
      const html = render(slug);
      expect(html.match(/<svg/g)).toHaveLength(1);
      expect(html).toMatch(/^<svg[^>]* role="img"/);
      const label = /aria-label="([^"]*)"/.exec(html)?.[1] ?? '';
      expect(label.length).toBeGreaterThan(40);
      expect(label).not.toMatch(/undefined|NaN|Infinity/);
      expect(html).not.toMatch(/NaN|Infinity/);
      for (const size of html.matchAll(/font-size="([\d.]+)"/g)) expect(Number(size[1])).toBeGreaterThanOrEqual(12);
      expect(html).not.toMatch(/<script|on[a-z]+=/i);
      // colours only through the theme's variables, so light, dark and print follow
      expect(html).not.toMatch(/(fill|stroke)="#|(fill|stroke)="rgb/);
    });
  }

  it('a lesson without a picture gets the neutral placeholder, not an error', () => {
    const html = render('a-lesson-nobody-drew');
    expect(html).toContain('role="img"');
    expect(html).toContain(`aria-label="${strings.placeholder}"`);
  });
});

describe('the numbers the pictures draw', () => {
  it('convolution: a 5 × 5 input and a 3 × 3 window give the 3 × 3 output (n − f)/s + 1', () => {
    const { n, f, s, out } = convolutionData();
    expect(out).toBe((n - f) / s + 1);
    const html = renderToStaticMarkup(createElement(ConvolutionPicture));
    expect(html).toContain(`width="${CONVOLUTION.f * 10}"`);
    expect(html).toContain(`${out} × ${out} output`);
  });

  it('receptive fields: three 3-wide layers see 3, 5 and 7 cells (1 + L·(k − 1))', () => {
    expect(receptiveFieldData()).toEqual([1, 2, 3].map((l) => 1 + l * 2));
  });

  it('pooling: each output is the largest value of its 2 × 2 window, and the map shades it so', () => {
    const { input, output } = poolingData();
    const windows = [[0, 1, 4, 5], [2, 3, 6, 7], [8, 9, 12, 13], [10, 11, 14, 15]];
    expect(output).toEqual(windows.map((w) => Math.max(...w.map((i) => input[i]))));
    const html = renderToStaticMarkup(createElement(PoolingPicture));
    for (const v of output) expect(html).toContain(`fill-opacity="${v}"`);
  });

  it('losses: the curve is −log p, and the dot sits at ln 10 for a ten-class guess', () => {
    const { ps, loss, chanceLoss } = lossData();
    ps.forEach((p, i) => expect(loss[i]).toBeCloseTo(-Math.log(p), 12));
    expect(chanceLoss).toBeCloseTo(Math.log(1 / CHANCE), 12);
  });

  it('training practice: the training error falls to zero at the interpolating degree; the error on new data is least in between', () => {
    const { train, fresh, best } = capacityData();
    train.slice(1).forEach((e, i) => expect(e).toBeLessThanOrEqual(train[i] + 1e-12));
    expect(train.at(-1)).toBeLessThan(1e-12);
    expect(best).toBeGreaterThan(0);
    expect(best).toBeLessThan(fresh.length - 1);
    expect(fresh.at(-1)).toBeGreaterThan(5 * fresh[best]);
  });

  it('batch norm: the normalised batch has mean 0 and standard deviation 1; the raw one does not', () => {
    const { raw, normalised, before, after } = batchNormData();
    expect(mean(raw)).toBeGreaterThan(3);
    expect(mean(normalised)).toBeCloseTo(0, 6);
    expect(Math.sqrt(mean(normalised.map((v) => v * v)))).toBeCloseTo(1, 4);
    expect(before.reduce((a, b) => a + b)).toBe(raw.length);
    expect(after.reduce((a, b) => a + b)).toBe(raw.length);
  });

  it('preprocessing: the centred cloud is the raw cloud minus its mean, and its own mean is 0', () => {
    const { raw, centred, mean: m } = preprocessingData();
    expect(m[0]).toBeCloseTo(mean(raw.xs), 12);
    expect(m[1]).toBeCloseTo(mean(raw.ys), 12);
    Array.from(raw.xs).forEach((x, i) => expect(centred.xs[i]).toBeCloseTo(x - m[0], 12));
    expect(mean(centred.xs)).toBeCloseTo(0, 12);
    expect(mean(centred.ys)).toBeCloseTo(0, 12);
  });

  it('dropout: the mask is the seeded one, some units dropped and some kept, and the picture dashes exactly those', () => {
    const { keep, dropped } = dropoutData();
    expect(keep).toEqual(keepMask(uniforms(DROPOUT.seed, DROPOUT.inputs), DROPOUT.p));
    expect(dropped).toBeGreaterThan(0);
    expect(dropped).toBeLessThan(DROPOUT.inputs);
    const html = renderToStaticMarkup(createElement(FcDropoutPicture));
    expect(html.match(/stroke-dasharray/g)).toHaveLength(dropped);
    expect(html.match(/<line/g)).toHaveLength((DROPOUT.inputs - dropped) * DROPOUT.outputs);
  });

  it('attention: every gate is a sigmoid between 0 and 1, and each channel is scaled by its gate', () => {
    const { squeeze, gates, scaled } = attentionData();
    expect(gates).toHaveLength(SE.channels);
    for (const g of gates) expect(g > 0 && g < 1).toBe(true);
    scaled.forEach((v, i) => expect(v).toBeCloseTo(squeeze[i] * gates[i], 12));
  });

  it('siamese: the margin circle is d(anchor, positive) + margin, and the negative lies outside it', () => {
    const { points, dap, dan, radius, loss } = tripletData();
    expect(dap).toBeCloseTo(Math.hypot(points[2] - points[0], points[3] - points[1]), 12);
    expect(radius).toBeCloseTo(dap + TRIPLET.margin, 12);
    expect(dan).toBeGreaterThan(radius);
    expect(loss).toBe(0);
  });

  it('compression: half the trained layer\'s weights are pruned, exactly the smallest in magnitude', () => {
    const { weights, threshold, kept, removed } = compressionData();
    const total = kept.reduce((a, b) => a + b) + removed.reduce((a, b) => a + b);
    expect(total).toBe(weights.length);
    expect(removed.reduce((a, b) => a + b)).toBe(Math.round(weights.length * PRUNE.sparsity));
    // Every removed bin lies inside the threshold; the outermost bins are all kept.
    const inside = removed.flatMap((r, i) => (r > 0 ? [i] : []));
    expect(Math.min(...inside)).toBeGreaterThan(0);
    expect(Math.max(...inside)).toBeLessThan(removed.length - 1);
    expect(threshold).toBeGreaterThan(0);
  });

  it('classic networks: the published layer widths of LeNet-5, AlexNet and VGG-16', () => {
    const convs = classicData().map((n) => n.stages.filter((c) => c !== null));
    expect(convs[0]).toEqual([6, 16]);
    expect(convs[1]).toEqual([64, 192, 384, 256, 256]);
    expect(convs[2]).toEqual([64, 64, 128, 128, 256, 256, 256, 512, 512, 512, 512, 512, 512]);
  });

  it('inception: GoogLeNet 3a has four branches of 64, 128, 32 and 32 channels (256 in all)', () => {
    const branches = inceptionData();
    expect(branches.map((b) => b.channels)).toEqual([64, 128, 32, 32]);
    expect(branches[3].kernels[0]).toBe(0); // the pooling branch starts with its pool
  });

  it('resnet: ResNet-18\'s first block has two weight layers and an identity skip', () => {
    expect(resnetData()).toEqual({ convs: 2, identity: true });
  });

  it('lightweight: the separable layer costs 1/N + 1/9 of the standard one (MobileNet v1, block 1: 32 → 64)', () => {
    const cost = lightweightData();
    expect(cost.ratio).toBeCloseTo(1 / 64 + 1 / 9, 12);
    expect(cost.standard.mults).toBe(112 * 112 * 9 * 32 * 64);
  });
});
