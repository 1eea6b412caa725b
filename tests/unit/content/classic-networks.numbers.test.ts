/**
 * Every figure the classic-networks lesson quotes, recomputed: from the architecture catalogue,
 * from the published counts in tests/reference/architectures.json, and from closed forms written
 * out here independently of the code. Numbers with thousands separators are allow-listed, so a
 * figure typed into the prose that nothing computes fails the test.
 */
import { describe, expect, it } from 'vitest';
import { formatCompact } from '@/lib/format/numberFormat';
import { analyseNetwork } from '@/lib/nn/catalogue';
import { receptiveField } from '@/lib/nn/receptiveField';
import { fmt, shows, side } from './lessonSource';
import { alex, convP, fcP, lenet, mb, paper, pct, published, quiz, row, src, vgg, zf } from './classicNetworks.fixture';

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

  it("names ZFNet's three changes as the catalogue builds them", () => {
    expect(row(zf, 'features.pool1').outShape.slice(1)).toEqual([55, 55]);
    expect(row(zf, 'features.conv2').label).toContain('/2');
    expect(row(zf, 'features.conv2').outShape.slice(1)).toEqual([26, 26]);
    expect(row(zf, 'features.pool2').outShape.slice(1)).toEqual([13, 13]);
    expect(row(paper, 'features.pool2').outShape.slice(1)).toEqual([13, 13]);
    shows(src, 'the 55 × 55 maps after the first pooling become 26 × 26, and the second pooling leaves 13 × 13');
    for (const [name, cin, cout, k] of [['conv2', 96, 256, 5], ['conv4', 384, 384, 3], ['conv5', 384, 256, 3]] as const) {
      expect(row(zf, `features.${name}`).params, name).toBe(convP(k, cin, cout));
      expect(row(paper, `features.${name}`).params, name).toBe(convP(k, cin, cout, 2));
    }
    shows(src, `conv2 has ${fmt(row(zf, 'features.conv2').params)} parameters instead of ${fmt(row(paper, 'features.conv2').params)}`);
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

  it("gives the first fully connected layer's share and leaves its count to the fc-dropout lesson", () => {
    const fc1 = row(vgg, 'classifier.fc1');
    expect(fc1.inShape).toEqual([7 * 7 * 512]);
    shows(src, `holds ${pct(fc1.params, vgg.totals.params)} of the whole network with its biases ([the fully connected lesson](/lessons/fc-dropout/) counts its weights)`);
    // Taught once: the 25,088 × 4096 product is not worked out again here.
    expect(src.includes(fmt(fc1.macs))).toBe(false);
  });

  it('puts one pooling at the end of each stage, not after every convolution', () => {
    const convs = vgg.rows.filter((r) => r.kind === 'conv').length;
    const pools = vgg.rows.filter((r) => /^stage\d\.pool\d$/.test(r.name)).length;
    expect([convs, pools]).toEqual([13, 5]);
    shows(src, `VGG-16 has ${convs} convolutions and ${pools} poolings`);
    expect(224 / 2 ** 13).toBeLessThan(1);
  });

  it('notes that the extra layers of VGG-19 add MACs, not parameters', () => {
    const v11 = analyseNetwork('vgg11');
    const v19 = analyseNetwork('vgg19');
    shows(src, `the parameters barely move (${formatCompact(v11.totals.params)} to ${formatCompact(v19.totals.params)})`);
    expect(v19.totals.macs / v11.totals.macs).toBeGreaterThan(2);
    shows(src, 'the MACs more than double');
  });
});
