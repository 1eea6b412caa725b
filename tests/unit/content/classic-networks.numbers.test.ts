/**
 * Every figure the classic-networks lesson quotes, recomputed: from the architecture catalogue,
 * from the published counts in tests/reference/architectures.json, and from closed forms written
 * out here independently of the code. Numbers with thousands separators are allow-listed, so a
 * figure typed into the prose that nothing computes fails the test.
 */
import { describe, expect, it } from 'vitest';
import { formatCompact, formatMegabytes } from '@/lib/format/numberFormat';
import { alexnet2012 } from '@/lib/nn/alexnet2012';
import { analyseGraph, analyseNetwork, findNode, type LayerRow, type NetworkAnalysis } from '@/lib/nn/catalogue';
import { receptiveField } from '@/lib/nn/receptiveField';
import reference from '../../reference/architectures.json';
import { fmt, onlyAllowedBigNumbers, quizzes, read, shows, side } from './lessonSource';

const src = read('classic-networks');
const quiz = quizzes(src);
const published = (id: string) => {
  const m = reference.models.find((r) => r.id === id);
  if (!m) throw new Error(`${id} is not in the reference file`);
  return m;
};

const row = (a: NetworkAnalysis, name: string): LayerRow => {
  const r = a.rows.find((x) => x.name === name);
  if (!r) throw new Error(`${a.id} has no row ${name}`);
  return r;
};
const pct = (part: number, whole: number) => `${Math.round((100 * part) / whole)}%`;
const mb = (values: number) => formatMegabytes(values * 4);
/** Conv parameters by the closed form k·k·(cin/groups)·cout + cout. */
const convP = (k: number, cin: number, cout: number, groups = 1) => k * k * (cin / groups) * cout + cout;
const fcP = (nIn: number, nOut: number) => nIn * nOut + nOut;

const lenet = analyseNetwork('lenet5');
const alex = analyseNetwork('alexnet');
const zf = analyseNetwork('zfnet');
const vgg = analyseNetwork('vgg16');
const vggBn = analyseNetwork('vgg16_bn');
const paper = (() => {
  const r = analyseGraph(alexnet2012());
  if (!r.ok) throw new Error(r.error);
  return r;
})();

describe('lesson classic-networks: LeNet', () => {
  it('traces the digit and counts the parameters, checked against the published count', () => {
    expect(lenet.totals.params).toBe(published('lenet5').params);
    shows(src, `The whole network has ${fmt(lenet.totals.params)} parameters`);
    const shapes = ['conv1', 'pool1', 'conv2', 'pool2'].map((n) => row(lenet, n).outShape);
    expect(shapes).toEqual([[6, 28, 28], [6, 14, 14], [16, 10, 10], [16, 5, 5]]);
    shows(src, '28 \\times 28 \\times 6 \\xrightarrow{\\text{pool}} 14 \\times 14 \\times 6');
    shows(src, '10 \\times 10 \\times 16 \\xrightarrow{\\text{pool}} 5 \\times 5 \\times 16');
    expect(row(lenet, 'flatten').outShape).toEqual([5 * 5 * 16]);
    shows(src, `$5 \\cdot 5 \\cdot 16 = ${5 * 5 * 16}$ values`);
    const fc = ['fc1', 'fc2', 'fc3'].reduce((a, n) => a + row(lenet, n).params, 0);
    expect(fc).toBe(fcP(400, 120) + fcP(120, 84) + fcP(84, 10));
    shows(src, `${fmt(fc)} of them, ${pct(fc, lenet.totals.params)}, sit in the three fully connected layers`);
    shows(src, `fc1, which has ${fmt(row(lenet, 'fc1').params)} of the ${fmt(lenet.totals.params)}`);
  });
});

describe('lesson classic-networks: AlexNet', () => {
  it('works out the first layer from the notes', () => {
    const s = side(227, 11, 0, 4);
    expect(s.exact).toBe(true);
    shows(src, `\\frac{227 - 11}{4} + 1 = ${s.size}`);
    expect(side(224, 11, 0, 4).exact, '224 does not give a whole number of positions').toBe(false);
    shows(src, `$11 \\cdot 11 \\cdot 3 = ${11 * 11 * 3}$ weights`);
    shows(src, `$(363 + 1) \\cdot 96 =$ ${fmt(convP(11, 3, 96))} parameters`);
    expect(row(paper, 'features.conv1').params).toBe(convP(11, 3, 96));
    expect(row(paper, 'features.conv1').outShape).toEqual([96, 55, 55]);
  });

  it("prints the paper's table as the catalogue computes it, and the closed forms agree", () => {
    const layers: [string, string, number][] = [
      ['features.conv1', 'conv1 11 × 11/4, 96 | 55 × 55 × 96', convP(11, 3, 96)],
      ['features.pool1', 'max pool 3 × 3/2 | 27 × 27 × 96', 0],
      ['features.conv2', 'conv2 5 × 5, 256, two groups | 27 × 27 × 256', convP(5, 96, 256, 2)],
      ['features.pool2', 'max pool 3 × 3/2 | 13 × 13 × 256', 0],
      ['features.conv3', 'conv3 3 × 3, 384 | 13 × 13 × 384', convP(3, 256, 384)],
      ['features.conv4', 'conv4 3 × 3, 384, two groups | 13 × 13 × 384', convP(3, 384, 384, 2)],
      ['features.conv5', 'conv5 3 × 3, 256, two groups | 13 × 13 × 256', convP(3, 384, 256, 2)],
      ['features.pool5', 'max pool 3 × 3/2 | 6 × 6 × 256', 0],
      ['classifier.fc6', 'fc6 | 4096', fcP(9216, 4096)],
      ['classifier.fc7', 'fc7 | 4096', fcP(4096, 4096)],
      ['classifier.fc8', 'fc8 | 1000', fcP(4096, 1000)],
    ];
    for (const [name, text, params] of layers) {
      const r = row(paper, name);
      expect(r.params, name).toBe(params);
      shows(src, `| ${text} | ${fmt(r.params)} | ${fmt(r.macs)} |`);
    }
    const total = layers.reduce((a, [, , p]) => a + p, 0);
    expect(paper.totals.params).toBe(total);
    // Caffe's bvlc_alexnet, the paper's network, is published with 60,965,224 parameters.
    expect(total).toBe(60_965_224);
    shows(src, `| **total** | | **${fmt(paper.totals.params)}** | **${fmt(paper.totals.macs)}** |`);
    shows(src, `take ${mb(paper.totals.params)}, the "model larger than 200 MB"`);
    shows(src, `(fc6 alone has ${pct(row(paper, 'classifier.fc6').params, paper.totals.params)})`);
  });

  it('counts what the two-GPU split saves in conv2', () => {
    const ungrouped = convP(5, 96, 256);
    shows(src, `conv2 alone would have ${fmt(ungrouped)} parameters instead of ${fmt(row(paper, 'features.conv2').params)}`);
    const q = quiz.get('classic-networks-alexnet-groups')!;
    expect(q.answer).toBe(row(paper, 'features.conv2').params);
    shows(q.text, `5 × 5 × 48 = ${fmt(5 * 5 * 48)} weights plus a bias, times 256 kernels = ${fmt(q.answer)}, half of the ${fmt(ungrouped)}`);
    expect(ungrouped - 256).toBe(2 * (row(paper, 'features.conv2').params - 256));
  });

  it("quotes torchvision's AlexNet as the reference counts it", () => {
    expect(alex.totals.params).toBe(published('alexnet').params);
    shows(src, `adaptive pooling to 6 × 6, and ${fmt(alex.totals.params)} parameters`);
    const kernels = ['conv1', 'conv2', 'conv3', 'conv4', 'conv5'].map((n) => row(alex, `features.${n}`).outShape[0]);
    shows(src, `with ${kernels.slice(0, 4).join(', ')} and ${kernels[4]} kernels`);
  });
});

describe('lesson classic-networks: ZFNet', () => {
  it('gives the larger first maps and the cost against AlexNet', () => {
    expect(row(zf, 'features.conv1').outShape).toEqual([96, 110, 110]);
    expect(row(alex, 'features.conv1').outShape.slice(1)).toEqual([55, 55]);
    shows(src, '(110 × 110 after the first layer instead of 55 × 55)');
    shows(src, `${formatCompact(zf.totals.macs)} MACs for ZFNet against ${formatCompact(alex.totals.macs)} for torchvision's AlexNet`);
    expect(alex.totals.macs).toBe(published('alexnet').macs);
  });

  it('answers the ZFNet quiz with the first layer the catalogue holds', () => {
    const q = quiz.get('classic-networks-zfnet-change')!;
    const conv1 = row(zf, 'features.conv1').label;
    expect(conv1).toBe('conv 7×7/2, 96');
    expect(q.choices[q.answer]).toBe('It used 7 × 7 kernels with stride 2 in the first layer instead of 11 × 11 with stride 4');
    expect(row(paper, 'features.conv1').label).toBe('conv 11×11/4, 96');
  });
});

describe('lesson classic-networks: VGG', () => {
  it('gives the total parameters and their size against the reference', () => {
    expect(vgg.totals.params).toBe(published('vgg16').params);
    expect(vgg.totals.macs).toBe(published('vgg16').macs);
    shows(src, `It has ${fmt(vgg.totals.params)} parameters, ${mb(vgg.totals.params)} at float32`);
    shows(src, `the weights (${mb(vgg.totals.params)})`);
  });

  it('doubles the channels and keeps the cost of a convolution', () => {
    const widths = [1, 2, 3, 4, 5].map((s) => row(vgg, `stage${s}.conv${s}_1`).outShape[0]);
    expect(widths).toEqual([64, 128, 256, 512, 512]);
    const macs = [1, 2, 3, 4].map((s) => row(vgg, `stage${s}.conv${s}_2`).macs);
    expect(new Set(macs).size).toBe(1);
    expect(macs[0]).toBe(224 * 224 * 64 * 3 * 3 * 64);
    shows(src, `conv1_2, conv2_2, conv3_2 and conv4_2 each take ${fmt(macs[0])} MACs`);
  });

  it('computes the receptive field and the weights of a 3 × 3 stack', () => {
    for (const n of [1, 2, 3]) {
      const field = receptiveField(Array.from({ length: n }, () => ({ kernel: 3 })));
      expect(field.size).toBe(2 * n + 1);
    }
    shows(src, 'r_n = 1 + n\\,(3 - 1) = 2n + 1');
    const q = quiz.get('classic-networks-stack-field')!;
    expect(q.answer).toBe(receptiveField([{ kernel: 3 }, { kernel: 3 }, { kernel: 3 }]).size);
    expect(q.answer).toBe(receptiveField([{ kernel: 7 }]).size);
    const c = 512;
    const stack = 3 * convP(3, c, c) - 3 * c;
    const big = convP(7, c, c) - c;
    expect(stack).toBe(27 * c * c);
    expect(big).toBe(49 * c * c);
    shows(src, `for $C = 512$: ${fmt(stack)} against ${fmt(big)}`);
    shows(src, `weights, ${pct(big - stack, big)} fewer`);
  });

  it('counts the first fully connected layer and its share', () => {
    const fc1 = row(vgg, 'classifier.fc1');
    const flat = 7 * 7 * 512;
    expect(fc1.inShape).toEqual([flat]);
    shows(src, `$7 \\times 7 \\times 512$ = ${fmt(flat)} values`);
    shows(src, `$25{,}088 \\times 4096$ = ${fmt(fc1.macs)} weights, ${pct(fc1.params, vgg.totals.params)} of the whole network`);
    expect(fc1.macs).toBe(flat * 4096);
  });

  it('notes that the extra layers of VGG-19 add MACs, not parameters', () => {
    const v11 = analyseNetwork('vgg11');
    const v19 = analyseNetwork('vgg19');
    shows(src, `the parameters barely move (${formatCompact(v11.totals.params)} to ${formatCompact(v19.totals.params)})`);
    expect(v19.totals.macs / v11.totals.macs).toBeGreaterThan(2);
    shows(src, 'the MACs more than double');
  });
});

// CS231n's table, rebuilt here from its own recipe: memory = H·W·C of each output, weights = k·k·cin·cout.
const cs231n: { values: number; weights: number }[] = [];
let c = 3;
let s = 224;
cs231n.push({ values: s * s * c, weights: 0 });
for (const [convs, width] of [[2, 64], [2, 128], [3, 256], [3, 512], [3, 512]]) {
  for (let i = 0; i < convs; i++) {
    cs231n.push({ values: s * s * width, weights: 3 * 3 * c * width });
    c = width;
  }
  s /= 2;
  cs231n.push({ values: s * s * c, weights: 0 });
}
for (const [nIn, nOut] of [[7 * 7 * 512, 4096], [4096, 4096], [4096, 1000]]) cs231n.push({ values: nOut, weights: nIn * nOut });
const csValues = cs231n.reduce((a, r) => a + r.values, 0);
const csWeights = cs231n.reduce((a, r) => a + r.weights, 0);

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
    const fc1 = row(vgg, 'classifier.fc1');
    shows(src, `The first fully connected layer has ${fmt(fc1.macs)} weights (${fmt(fc1.params)} with biases)`);
    const head = findNode(vgg.tree, 'classifier')!;
    shows(src, `together hold ${fmt(head.params)} parameters, ${pct(head.params, vgg.totals.params)} of all`);
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
