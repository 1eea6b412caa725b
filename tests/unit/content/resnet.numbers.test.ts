/**
 * Every figure the resnet lesson quotes, recomputed: parameter counts from the architecture
 * catalogue and from closed forms written out here, and the widget's claims from the compute layer.
 */
import { describe, expect, it } from 'vitest';
import { gradientFlow, ready } from '@/lib/compute';
import { analyseNetwork, findNode } from '@/lib/nn/catalogue';
import reference from '../../reference/architectures.json';
import { fmt, onlyAllowedBigNumbers, quizzes, read, shows, widgetProps } from './lessonSource';

const src = read('resnet');
const quiz = quizzes(src);
const r18 = analyseNetwork('resnet18');
const r50 = analyseNetwork('resnet50');
const r152 = analyseNetwork('resnet152');
const node = (a: ReturnType<typeof analyseNetwork>, name: string) => {
  const n = findNode(a.tree, name);
  if (!n) throw new Error(`${a.id} has no ${name}`);
  return n;
};
const conv = (k: number, cin: number, cout: number) => k * k * cin * cout;
const published = (id: string) => reference.models.find((m) => m.id === id)?.params;

describe('resnet lesson numbers', () => {
  it('basic block of resnet18 layer1.0', () => {
    const weights = 2 * conv(3, 64, 64);
    expect(weights).toBe(73728);
    expect(node(r18, 'layer1.0').params).toBe(weights + 4 * 64);
    shows(src, `$2 \\cdot 3 \\cdot 3 \\cdot 64 \\cdot 64 = 73{,}728$`);
    shows(src, `**${fmt(weights + 4 * 64)}** in all`);
  });

  it('bottleneck of resnet50 layer2.1 and layer2.0, and the quiz', () => {
    const bottleneck = conv(1, 512, 128) + conv(3, 128, 128) + conv(1, 128, 512) + 2 * (128 + 128 + 512);
    expect(node(r50, 'layer2.1').params).toBe(bottleneck);
    const projection = conv(1, 256, 512) + 2 * 512;
    const first = conv(1, 256, 128) + conv(3, 128, 128) + conv(1, 128, 512) + 2 * (128 + 128 + 512) + projection;
    expect(node(r50, 'layer2.0').params).toBe(first);
    expect(quiz.get('resnet-bottleneck-params')?.answer).toBe(bottleneck);
    shows(src, `**${fmt(bottleneck)}** parameters`);
    shows(src, `has **${fmt(first)}**`);
    shows(src, `= ${fmt(2 * conv(3, 512, 512)).replaceAll(',', '{,}')}$`);
    for (const part of [conv(1, 512, 128), conv(3, 128, 128), 2 * (128 + 128 + 512)]) shows(quiz.get('resnet-bottleneck-params')!.text, fmt(part));
  });

  it('network totals match the catalogue and the published counts', () => {
    for (const a of [r18, r50]) expect(a.totals.params).toBe(published(a.id));
    for (const a of [r18, r50, r152]) shows(src, fmt(a.totals.params));
    const fc = node(r50, 'fc').params;
    expect(fc).toBe(2048 * 1000 + 1000);
    shows(src, `classifier holds ${fmt(fc)}`);
    expect(node(r50, 'avgpool').params).toBe(0);
    expect(r152.totals.params).toBeLessThan(analyseNetwork('vgg16').totals.params);
  });

  it('gives the projection stride 2 only where the block downsamples', () => {
    const proj = (name: string) => r50.rows.find((r) => r.name === `${name}.downsample.0`)!;
    expect(proj('layer1.0').label).not.toContain('/2');
    expect(proj('layer1.0').outShape).toEqual([256, 56, 56]);
    expect(r50.rows.find((r) => r.name === 'layer1.0.conv1')!.inShape).toEqual([64, 56, 56]);
    expect(proj('layer2.0').label).toContain('/2');
    shows(src, 'the first block of ResNet-50 goes from 64 to 256\nchannels at 56 × 56, and its projection has stride 1');
  });

  it("corrects the notes' 80 % with VGG-16's computed fully connected share", () => {
    const vgg = analyseNetwork('vgg16');
    const head = findNode(vgg.tree, 'classifier')!.params;
    shows(src, `${Math.round((100 * head) / vgg.totals.params)} % of its weights (one of the notes says 80 %`);
  });

  it('the sigmoid bound and the widget claim', async () => {
    expect(0.25 ** 50).toBeCloseTo(7.9e-31, 32);
    shows(src, '(1/4)^{50} \\approx 7.9 \\times 10^{-31}');
    const p = widgetProps(src, 'GradientFlow');
    expect(p.depth).toBe(50);
    await ready();
    const spec = { depth: p.depth, activation: 'sigmoid', batchNorm: false, initScale: 1, seed: 1 } as const;
    expect(gradientFlow({ ...spec, architecture: 'plain' }).firstOverLast).toBeLessThan(1e-6);
    expect(gradientFlow({ ...spec, architecture: 'residual' }).firstOverLast).toBeGreaterThan(0.2);
  });

  it('the explorers open blocks that exist, with their parent stages', () => {
    for (const [a, stage, block] of [[r50, 'layer2', 'layer2.0'], [r18, 'layer1', 'layer1.0']] as const) {
      shows(src, `network="${a.id}" expand="${stage},${block}"`);
      expect(node(a, stage).name).toBe(stage);
      expect(node(a, block).name).toBe(block);
    }
  });

  it('quizzes and big numbers', () => {
    expect(quiz.size).toBeGreaterThanOrEqual(4);
    for (const id of quiz.keys()) expect(id.startsWith('resnet-')).toBe(true);
    expect(quiz.get('resnet-gradient')?.choices[quiz.get('resnet-gradient')!.answer]).toBe('∂F/∂x + 1');
    onlyAllowedBigNumbers(src, [
      73728, 73984, 280064, 379392, 2 * conv(3, 512, 512), 65536, 147456, 1536, 2048, 1000,
      2049000, r18.totals.params, r50.totals.params, r152.totals.params,
    ]);
  });
});
