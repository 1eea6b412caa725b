/**
 * The VGG-16 walkthrough, quizzes and widgets of the classic-networks lesson, recomputed: from the architecture catalogue,
 * from the published counts in tests/reference/architectures.json, and from closed forms written
 * out here independently of the code. Numbers with thousands separators are allow-listed, so a
 * figure typed into the prose that nothing computes fails the test.
 */
import { describe, expect, it } from 'vitest';
import { analyseNetwork, findNode } from '@/lib/nn/catalogue';
import { fmt, onlyAllowedBigNumbers, shows } from './lessonSource';
import { alex, convP, csValues, csWeights, lenet, mb, paper, pct, quiz, row, src, vgg, vggBn } from './classicNetworks.fixture';

describe('lesson classic-networks: the VGG-16 walkthrough', () => {
  it("sums CS231n's own rows to what the catalogue stores", () => {
    expect(vgg.totals.activations).toBe(csValues);
    shows(src, `**Activations: ${fmt(vgg.totals.activations)} values**`);
    shows(src, `at 4 bytes each is ${mb(vgg.totals.activations)} per image`);
    expect(Math.round(csValues / 1e5) / 10).toBe(15.2);
    shows(src, 'memory column gives the same 15.2 M');
    expect(Math.abs(csValues - 24e6) / 24e6, 'the quoted 24 M is far from its rows').toBeGreaterThan(0.3);
    expect(mb(csValues)).not.toBe('93 MB');
  });

  it('separates weights and biases in the parameter total', () => {
    const biases = vgg.totals.params - csWeights;
    const expected = 2 * 64 + 2 * 128 + 3 * 256 + 6 * 512 + 4096 + 4096 + 1000;
    expect(biases).toBe(expected);
    shows(src, `its rows add up to ${fmt(csWeights)} weights, and the ${fmt(biases)} biases make up the difference`);
    shows(src, `**Parameters: ${fmt(vgg.totals.params)}**`);
  });

  it('quotes the rows of the walkthrough', () => {
    shows(src, `$224 \\cdot 224 \\cdot 3$ = ${fmt(224 * 224 * 3)} values`);
    const conv11 = row(vgg, 'stage1.conv1_1');
    const conv12 = row(vgg, 'stage1.conv1_2');
    expect(conv11.memory).toBe(224 * 224 * 64);
    shows(src, `$224 \\cdot 224 \\cdot 64$ = ${fmt(conv11.memory)} values`);
    const stage1 = findNode(vgg.tree, 'stage1')!;
    shows(src, `the first stage alone stores ${fmt(stage1.memory)} values, ${pct(stage1.memory, vgg.totals.activations)} of all`);
    shows(src, `$(3 \\cdot 3 \\cdot 3) \\cdot 64$ = ${fmt(3 * 3 * 3 * 64)} weights (${fmt(conv11.params)} with its 64 biases)`);
    shows(src, `$(3 \\cdot 3 \\cdot 64) \\cdot 64$ = ${fmt(3 * 3 * 64 * 64)} (${fmt(conv12.params)})`);
    const head = findNode(vgg.tree, 'classifier')!;
    shows(src, `The three fully connected layers together hold ${fmt(head.params)} parameters, ${pct(head.params, vgg.totals.params)} of all, most of them in the first ([counted in the fully connected lesson](/lessons/fc-dropout/))`);
  });

  it('explains the batch-norm variant as the extra copies', () => {
    const convOutputs = vgg.rows.filter((r) => r.kind === 'conv').reduce((a, r) => a + r.values, 0);
    expect(vggBn.totals.activations).toBe(vgg.totals.activations + convOutputs);
    shows(src, `would give ${fmt(vggBn.totals.activations)} values, not 24 M`);
    expect(vggBn.rows.filter((r) => r.kind === 'bn')).toHaveLength(13);
    shows(src, 'grow by the 13 extra feature maps');
  });
});

describe('lesson classic-networks: quizzes', () => {
  it('answers the stage-5 convolution from the catalogue', () => {
    const q = quiz.get('classic-networks-vgg-conv-params')!;
    const node = findNode(vgg.tree, 'stage5.conv5_1')!;
    expect(q.answer).toBe(node.params);
    expect(q.answer).toBe(convP(3, 512, 512));
    shows(q.text, `3 × 3 × 512 = ${fmt(3 * 3 * 512)} weights plus one bias, so ${fmt(3 * 3 * 512 + 1)} × 512 = ${fmt(q.answer)}`);
  });

  it('answers the FC-share quiz', () => {
    const q = quiz.get('classic-networks-fc-share')!;
    const head = findNode(vgg.tree, 'classifier')!.params;
    const share = head / vgg.totals.params;
    const options = q.choices.map((c) => Number(/(\d+)%/.exec(c)![1]) / 100);
    const nearest = options.reduce((best, o, i) => (Math.abs(o - share) < Math.abs(options[best] - share) ? i : best), 0);
    expect(q.answer).toBe(nearest);
    shows(q.text, `hold ${fmt(head)} of VGG-16's ${fmt(vgg.totals.params)} parameters, ${pct(head, vgg.totals.params)}`);
    shows(q.text, `The first of them alone holds ${pct(row(vgg, 'classifier.fc1').params, vgg.totals.params)}`);
  });

  it('has at least four quizzes, with ids prefixed by the slug, every fixed numeric one checked above (parameterised ones are checked by the answer-key test)', () => {
    expect(quiz.size).toBeGreaterThanOrEqual(4);
    for (const id of quiz.keys()) expect(id.startsWith('classic-networks-')).toBe(true);
    const numeric = [...quiz.values()].filter((q) => q.kind === 'numeric' && !q.text.includes('generator="')).map((q) => q.id).sort();
    expect(numeric).toEqual(['classic-networks-alexnet-groups', 'classic-networks-stack-field', 'classic-networks-vgg-conv-params']);
  });
});

describe('lesson classic-networks: widgets', () => {
  it('points every explorer at a catalogue network and blocks it has', () => {
    const tags = src.match(/<ArchitectureExplorer\b[^>]*\/>/g) ?? [];
    expect(tags.length).toBeGreaterThanOrEqual(4);
    for (const tag of tags) {
      const network = /network="([^"]+)"/.exec(tag)?.[1];
      expect(network, tag).toBeDefined();
      const a = analyseNetwork(network!);
      const expand = /expand="([^"]+)"/.exec(tag)?.[1];
      if (expand && expand !== 'all') for (const name of expand.split(',')) expect(findNode(a.tree, name.trim())?.node, `${network} has a block ${name}`).toBe('block');
    }
  });
});

describe('lesson classic-networks: no other large figure', () => {
  it('writes only computed numbers with thousands separators', () => {
    const conv = (name: string) => row(paper, `features.${name}`);
    const fcs = ['fc6', 'fc7', 'fc8'].map((n) => row(paper, `classifier.${n}`));
    onlyAllowedBigNumbers(src, [
      lenet.totals.params,
      row(lenet, 'fc1').params,
      row(lenet, 'fc1').params + row(lenet, 'fc2').params + row(lenet, 'fc3').params,
      ...['conv1', 'conv2', 'conv3', 'conv4', 'conv5'].flatMap((n) => [conv(n).params, conv(n).macs]),
      ...fcs.flatMap((r) => [r.params, r.macs]),
      paper.totals.params,
      paper.totals.macs,
      convP(5, 96, 256),
      5 * 5 * 48,
      alex.totals.params,
      vgg.totals.params,
      row(vgg, 'stage1.conv1_2').macs,
      27 * 512 * 512,
      49 * 512 * 512,
      7 * 7 * 512,
      row(vgg, 'classifier.fc1').macs,
      row(vgg, 'classifier.fc1').params,
      224 * 224 * 3,
      224 * 224 * 64,
      findNode(vgg.tree, 'stage1')!.memory,
      3 * 3 * 3 * 64,
      row(vgg, 'stage1.conv1_1').params,
      3 * 3 * 64 * 64,
      row(vgg, 'stage1.conv1_2').params,
      findNode(vgg.tree, 'classifier')!.params,
      csWeights,
      vgg.totals.params - csWeights,
      vgg.totals.activations,
      vggBn.totals.activations,
      convP(3, 512, 512),
      3 * 3 * 512,
      3 * 3 * 512 + 1,
    ]);
  });
});
