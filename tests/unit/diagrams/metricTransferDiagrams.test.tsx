/**
 * The metric-learning and transfer-learning figures: the shared CNN's parameters and embedding
 * size come from the network the EmbeddingTrainer trains, the margin picture's loss from
 * lib/metric/margin, and the transfer counts from the catalogue network with a new head,
 * checked against torchvision's published total and the training-practice lesson's own count.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { renderToStaticMarkup } from 'react-dom/server';
import type { ReactElement } from 'react';
import { MetricNetworkDiagram } from '@/components/mdx/diagrams/MetricNetworkDiagram';
import { BranchesPanel } from '@/components/mdx/diagrams/BranchesPanel';
import { metricNetwork } from '@/components/mdx/diagrams/metricNetworks';
import { TransferLearningDiagram } from '@/components/mdx/diagrams/TransferLearningDiagram';
import { EMBEDDING_CNN } from '@/lib/compute/training/lessonSpecs';
import { transferPlan } from '@/lib/nn/transfer';
import { negativeZone, tripletLoss } from '@/lib/metric/margin';
import { expectAccessible } from './expectAccessible';

const html = (el: ReactElement) => renderToStaticMarkup(el).replace(/&quot;/g, '"').replace(/&#x27;/g, "'");
const text = (el: ReactElement) => html(el).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

const expectError = (el: ReactElement, words: string) => {
  const out = html(el);
  expect(out).toContain('role="alert"');
  expect(out).not.toContain('<svg');
  expect(out).toContain(words);
};

describe('MetricNetworkDiagram', () => {
  // The embedding CNN by hand: conv 3×3 1→8, conv 3×3 8→16 ('same', two 2×2 pools: 7×7×16 = 784), dense 32, dense 2.
  const byHand = (9 * 1 * 8 + 8) + (9 * 8 * 16 + 16) + (784 * 32 + 32) + (32 * 2 + 2);

  it('draws the trainer network\'s parameters once, however many branches', () => {
    expect(byHand).toBe(26434);
    for (const [variant, n] of [['siamese', 2], ['triplet', 3], ['quadruplet', 4]] as const) {
      const t = text(<MetricNetworkDiagram variant={variant} />);
      expect(count(t, 'W: the one set of weights')).toBe(1);
      expect(count(t, '26,434 parameters')).toBe(3); // the W box, the description and the caption: never once per branch
      expect(t).toContain('conv 8 · conv 16 · dense 32 · dense 2');
      expect(t).toContain('embeddings (2 values)');
      expect(count(html(<MetricNetworkDiagram variant={variant} />), '>f</text>')).toBe(n);
    }
  });

  it('joins the branches with the distances of each loss, and writes the loss the lesson uses', () => {
    const s = text(<MetricNetworkDiagram variant="siamese" />);
    expect(s).toContain('d(x₁, x₂)');
    expect(s).toContain('L = ½ (y d² + (1 − y) max(0, m − d)²)');
    const t = text(<MetricNetworkDiagram variant="triplet" />);
    expect(t).toContain('d(a, p)');
    expect(t).toContain('d(a, n)');
    expect(t).toContain('L = max(0, d(a, p) − d(a, n) + α)');
    const q = text(<MetricNetworkDiagram variant="quadruplet" />);
    for (const d of ['d(a, p)', 'd(a, n₁)', 'd(n₁, n₂)', '+ max(0, d(a, p) − d(n₁, n₂) + α₂)']) expect(q).toContain(d);
  });

  it('follows the network it is given: a 3-D embedding with more weights', () => {
    const wider = { ...EMBEDDING_CNN, layers: [...EMBEDDING_CNN.layers.slice(0, -1), { type: 'dense' as const, units: 3 }] };
    const r = metricNetwork('triplet', wider);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const t = text(<BranchesPanel variant="triplet" net={r.net} />);
    expect(t).toContain('embeddings (3 values)');
    expect(t).toContain(`${(byHand + 33).toLocaleString('en-US')} parameters`);
    expect(t).not.toContain('26,434');
  });

  it('draws the margin around the anchor with the loss of the drawn negative', () => {
    const t = text(<MetricNetworkDiagram variant="triplet" />);
    expect(t).toContain('L = max(0, 1 − 1.4 + 1) = 0.6');
    expect(t).toContain('pushed out');
    // The challenge's triplet: semi-hard, loss 0.3 at α = 0.7.
    const m = text(<MetricNetworkDiagram variant="margin" dap={0.6} dan={1} alpha={0.7} />);
    expect(m).toContain('L = max(0, 0.6 − 1 + 0.7) = 0.3');
    expect(m).toContain('a semi-hard negative');
    const easy = text(<MetricNetworkDiagram variant="margin" dap={0.6} dan={2} alpha={0.7} />);
    expect(easy).toContain('= 0 ');
    expect(easy).toContain('an easy negative');
    expect(easy).not.toContain('pushed out');
    expect(text(<MetricNetworkDiagram variant="margin" dap={1} dan={0.5} alpha={1} />)).toContain('a hard negative');
  });

  it('names the zones as the lesson defines semi-hard: d(a, p) < d(a, n) < d(a, p) + α', () => {
    expect([0.5, 1, 1.5, 2, 2.5].map((dan) => negativeZone(1, dan, 1))).toEqual(['hard', 'hard', 'semiHard', 'easy', 'easy']);
    expect(tripletLoss(0.6, 1, 0.7)).toBeCloseTo(0.3, 12);
    expect(tripletLoss(1, 3, 1)).toBe(0);
  });

  it('has a title and a description for every panel', () => {
    for (const variant of ['siamese', 'triplet', 'quadruplet', 'margin'] as const) expectAccessible(html(<MetricNetworkDiagram variant={variant} />));
  });

  it('shows what is wrong instead of throwing on bad props', () => {
    expectError(<MetricNetworkDiagram variant={'pentuplet' as never} />, 'no variant "pentuplet"');
    expectError(<MetricNetworkDiagram variant="margin" dap={-1} />, 'dap must be');
    expectError(<MetricNetworkDiagram variant="triplet" alpha={0} />, 'alpha must be');
    expectError(<MetricNetworkDiagram variant="margin" dan={'far' as never} />, 'dan must be');
    expectError(<MetricNetworkDiagram variant="margin" dan={Number.NaN} />, 'dan must be');
  });
});

describe('TransferLearningDiagram', () => {
  const reference = JSON.parse(fs.readFileSync('tests/reference/architectures.json', 'utf8')) as { models: { id: string; params: number }[] };
  const published = (id: string) => reference.models.find((m) => m.id === id)!.params;

  it('counts what trains in each regime of ResNet-18 with a 10-class head, from torchvision\'s total', () => {
    const plan = transferPlan('resnet18', 10, 1);
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    const head = 512 * 10 + 10;
    expect(plan.parts.map((p) => p.name)).toEqual(['stem', 'layer1', 'layer2', 'layer3', 'layer4', 'fc']);
    expect(plan.total).toBe(published('resnet18') - (512 * 1000 + 1000) + head);
    const layer4 = plan.parts[4].params;
    expect(plan.regimes.map((r) => r.trainable)).toEqual([head, layer4 + head, plan.total]);
    const t = text(<TransferLearningDiagram />);
    for (const n of [head, layer4 + head, plan.total]) expect(t).toContain(n.toLocaleString('en-US'));
    expect(t).toContain('512 → 10');
    expect(t).toContain('Fine-tune layer4');
  });

  it('draws each part frozen or training as the regime says', () => {
    const out = html(<TransferLearningDiagram />);
    // Feature extraction freezes all 5 trunk parts, fine-tuning the top freezes 4, fine-tuning everything none.
    expect(count(out, '>frozen</tspan>')).toBe(9);
    expect(count(out, '>lr ÷ 10</tspan>')).toBe(1 + 5);
    expect(count(out, '>new, lr</tspan>')).toBe(3);
    expect(count(html(<TransferLearningDiagram top={2} />), '>frozen</tspan>')).toBe(8);
  });

  it('follows its inputs: AlexNet for the lesson\'s 95 product types has the 389,215-parameter head', () => {
    const t = text(<TransferLearningDiagram network="alexnet" classes={95} />);
    expect(t).toContain('389,215');
    expect(t).toContain('4096 → 95');
    expect(t).not.toContain('5,130');
    const vgg = transferPlan('vgg16', 10, 1);
    expect(vgg.ok && vgg.parts.at(-2)?.name).toBe('fc1, fc2');
    expect(vgg.ok && vgg.total).toBe(published('vgg16') - (4096 * 1000 + 1000) + 4096 * 10 + 10);
  });

  it('has a title and a description', () => {
    expectAccessible(html(<TransferLearningDiagram />));
    expect(text(<TransferLearningDiagram />)).toMatch(/In fine-tuning the top, layer4 and the new head train: 8,398,858 parameters/);
  });

  it('shows what is wrong instead of throwing on bad props', () => {
    expectError(<TransferLearningDiagram network="resnet7" />, 'no network "resnet7"');
    expectError(<TransferLearningDiagram network="squeezenet1_0" />, 'without a fully connected layer');
    expectError(<TransferLearningDiagram top={5} />, 'top must be a whole number from 1 to 4');
    expectError(<TransferLearningDiagram classes={2.5} />, 'classes must be');
  });
});
