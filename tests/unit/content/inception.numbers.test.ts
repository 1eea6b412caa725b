/**
 * Every figure the inception lesson quotes, recomputed: from the architecture catalogue, from the
 * Inception module model, and from closed forms written out here. Numbers with thousands
 * separators are allow-listed, so a figure typed into the prose that nothing computes fails.
 */
import { describe, expect, it } from 'vitest';
import { analyseNetwork, findNode, type LayerRow, type NetworkAnalysis } from '@/lib/nn/catalogue';
import { factorise, inceptionModuleCost } from '@/lib/nn/inceptionModule';
import { alexnet2012 } from '@/lib/nn/alexnet2012';
import { analyseGraph } from '@/lib/nn/catalogue';
import { formatMegabytes } from '@/lib/format/numberFormat';
import { fmt, onlyAllowedBigNumbers, quizzes, read, shows, side } from './lessonSource';

const src = read('inception');
const quiz = quizzes(src);
const row = (a: NetworkAnalysis, name: string): LayerRow => {
  const r = a.rows.find((x) => x.name === name);
  if (!r) throw new Error(`${a.id} has no row ${name}`);
  return r;
};
/** Closed forms, independent of the code: H·W·C_out·k²·C_in multiplies, (k²·C_in + 1)·C_out parameters. */
const macs = (hw: number, k: number, cin: number, cout: number) => hw * hw * cout * k * k * cin;
const tex = (v: number) => fmt(v).replace(/,/g, '{,}');

const nin = analyseNetwork('nin');
const alex = analyseNetwork('alexnet');
const goog = analyseNetwork('googlenet');
const v3 = analyseNetwork('inception_v3');
const cs = { h: 28, w: 28, cin: 256, c1: 128, c3r: 64, c3: 192, c5r: 64, c5: 96, proj: 64 };
const i3a = { h: 28, w: 28, cin: 192, c1: 64, c3r: 96, c3: 128, c5r: 16, c5: 32, proj: 32 };
/** GoogLeNet's (5×5 reduce, 5×5) channel pairs, inception3a to 5b (paper, Table 1). */
const fivePairs = [[16, 32], [32, 96], [16, 48], [24, 64], [24, 64], [32, 64], [32, 128], [32, 128], [48, 128]];

const naiveCs = inceptionModuleCost({ ...cs, reduce: false });
const reducedCs = inceptionModuleCost({ ...cs, reduce: true });
const naive3a = inceptionModuleCost({ ...i3a, reduce: false });
const reduced3a = inceptionModuleCost({ ...i3a, reduce: true });
const slipped = reducedCs.macs + macs(28, 3, 64, 192); // the 3×3 on 128 channels instead of 64
const with5x5 = goog.totals.params + fivePairs.reduce((a, [r, c]) => a + (25 - 9) * r * c, 0);
/** An auxiliary classifier (paper, section 5): 1×1 conv to 128, fc 2048 → 1024, fc 1024 → 1000, with biases. */
const aux = (cin: number) => (cin * 128 + 128) + (2048 * 1024 + 1024) + (1024 * 1000 + 1000);
const aux1 = aux(row(goog, 'inception4a.concat').outShape[0]);
const aux2 = aux(row(goog, 'inception4d.concat').outShape[0]);
const paperAlex = (() => {
  const r = analyseGraph(alexnet2012());
  if (!r.ok) throw new Error(r.error);
  return r;
})();

describe('lesson inception: NiN', () => {
  it('counts NiN against AlexNet and a 1×1 convolution', () => {
    shows(src, `has ${fmt(nin.totals.params)} parameters, against ${fmt(alex.totals.params)} for torchvision's AlexNet`);
    expect(row(nin, 'nin1.conv1x1a').params).toBe(96 * 96 + 96);
    shows(src, `$96 \\cdot 96 + 96 =$ ${fmt(row(nin, 'nin1.conv1x1a').params)} parameters`);
    expect(row(nin, 'nin4.relu3').outShape).toEqual([10, 5, 5]);
    expect(row(nin, 'avgpool').outShape).toEqual([10, 1, 1]);
    shows(src, 'ends with a block of 10 channels on a 5 × 5 map');
  });
});

describe('lesson inception: the module', () => {
  it('corrects the pool padding of the notes', () => {
    expect(side(28, 3, 1, 1).size).toBe(28);
    shows(src, `$(28 + 2 \\cdot 2 - 3)/1 + 1 = ${side(28, 3, 2, 1).size}$`);
  });

  it("costs inception3a's 5×5 branch with and without the 1×1 reduction", () => {
    expect(naive3a.branches[2].macs).toBe(macs(28, 5, 192, 32));
    shows(src, `$28 \\cdot 28 \\cdot 32 \\cdot 25 \\cdot 192 =$ ${fmt(macs(28, 5, 192, 32))} multiplies`);
    const reduced = macs(28, 1, 192, 16) + macs(28, 5, 16, 32);
    expect(reduced3a.branches[2].macs).toBe(reduced);
    shows(src, `${fmt(reduced)} multiplies in all, a tenth of the ${fmt(naive3a.branches[2].macs)}`);
    expect(Math.round((10 * reduced) / naive3a.branches[2].macs)).toBe(1);
  });

  it('costs the naive CS231n module: 854,196,224, output 672 channels', () => {
    const closed = 28 * 28 * 256 * (128 * 1 + 192 * 9 + 96 * 25);
    expect(naiveCs.macs).toBe(closed);
    shows(src, `&28 \\cdot 28 \\cdot 256 \\cdot (128 \\cdot 1 + 192 \\cdot 9 + 96 \\cdot 25) \\\\\n&= ${tex(closed)}`);
    shows(src, `its output is 28 × 28 × ${naiveCs.outShape[2]} deep, because the pool branch passes all 256`);
  });

  it("costs the module with reductions: its terms give 271M, not the notes' 358M", () => {
    const terms = macs(28, 1, 256, 128 + 64 + 64 + 64) + macs(28, 3, 64, 192) + macs(28, 5, 64, 96);
    expect(reducedCs.macs).toBe(terms);
    shows(src, `&28 \\cdot 28 \\cdot 256 \\cdot (128 + 64 + 64 + 64) \\\\\n+\\; &28 \\cdot 28 \\cdot 64 \\cdot 192 \\cdot 9 \\\\\n+\\; &28 \\cdot 28 \\cdot 64 \\cdot 96 \\cdot 25 \\\\\n=\\; &${tex(terms)}`);
    shows(src, `multiplies, ${Math.round((100 * terms) / naiveCs.macs)}% of the naive ${fmt(naiveCs.macs)}, and the output is 28 × 28 × ${reducedCs.outShape[2]} instead of ${naiveCs.outShape[2]}`);
    shows(src, `they add up to ${fmt(terms)}`);
    expect(Math.round(slipped / 1e6)).toBe(358);
    shows(src, `which gives ${fmt(slipped)}, but`);
    shows(src, `not to ${Math.round((100 * 358e6) / naiveCs.macs)}%`);
  });
});

describe('lesson inception: GoogLeNet', () => {
  it("quotes torchvision's counts and its 3×3 '5×5' branch", () => {
    shows(src, `counts ${fmt(goog.totals.params)} parameters and ${fmt(goog.totals.macs)} multiply-accumulates per image`);
    const node = findNode(goog.tree, 'inception3a');
    if (!node) throw new Error('no inception3a');
    expect(row(goog, 'inception3a.branch3.1.conv').macs).toBe(macs(28, 3, 16, 32));
    // torchvision's module = the paper's module with the 5×5 conv replaced by a 3×3 one.
    expect(node.macs).toBe(reduced3a.macs - macs(28, 5, 16, 32) + macs(28, 3, 16, 32));
    shows(src, `its inception3a costs ${fmt(node.macs)} multiplies, where the paper's layout with a true 5×5 kernel costs ${fmt(reduced3a.macs)}`);
    shows(src, `the whole network would have ${fmt(with5x5)} parameters`);
  });

  it("checks the notes' size, fully connected layer and parameter ratio", () => {
    expect([row(goog, 'inception4a.concat').outShape[0], row(goog, 'inception4d.concat').outShape[0]]).toEqual([512, 528]);
    shows(src, `the network above takes ${formatMegabytes(with5x5 * 4)}`);
    shows(src, `which add ${fmt(aux1)} and ${fmt(aux2)} parameters: ${fmt(with5x5 + aux1 + aux2)} in all, ${formatMegabytes((with5x5 + aux1 + aux2) * 4)}`);
    const fcs = goog.rows.filter((r) => r.kind === 'fc');
    expect(fcs).toHaveLength(1);
    shows(src, `It has exactly one, the classifier after the global pooling, with ${fmt(fcs[0].params)} parameters`);
    expect(row(goog, 'dropout').label).toContain('0.2');
    shows(src, "(torchvision's port uses 20 %)");
    shows(src, `${fmt(with5x5)} against the original AlexNet's ${fmt(paperAlex.totals.params)} is about ${(paperAlex.totals.params / with5x5).toFixed(1)} times`);
  });

  it('works out the auxiliary classifier shapes', () => {
    expect(row(goog, 'inception4a.concat').outShape.slice(1)).toEqual([14, 14]);
    shows(src, `$(14 - 5)/3 + 1 = ${side(14, 5, 0, 3).size}$`);
    shows(src, `$4 \\cdot 4 \\cdot 128 = ${4 * 4 * 128}$ values`);
  });
});

describe('lesson inception: v2/v3', () => {
  it('computes the factorisation savings', () => {
    const f5 = factorise(5);
    const f3 = factorise(3);
    const f7 = factorise(7);
    expect(f5.stacked3?.weights).toBe(2 * 9);
    shows(src, `2 \\cdot 3^2 = ${f5.stacked3?.weights} \\quad\\text{weights instead of}\\quad 5^2 = ${f5.full}`);
    shows(src, `${Math.round(100 * f5.stacked3!.saving)}% fewer, with a ReLU`);
    shows(src, `1 \\cdot 3 + 3 \\cdot 1 = ${f3.asymmetric} \\text{ vs } ${f3.full} \\;(${Math.round(100 * f3.asymmetricSaving)}\\% \\text{ fewer})`);
    shows(src, `7 \\times 7: \\; ${f7.asymmetric} \\text{ vs } ${f7.full} \\;(${Math.round(100 * f7.asymmetricSaving)}\\% \\text{ fewer})`);
    expect(row(v3, 'Mixed_6b.branch7x7_2.conv').params).toBeGreaterThan(0);
  });

  it("quotes Inception v3's totals from the catalogue", () => {
    shows(src, `has ${fmt(v3.totals.params)} parameters and costs ${fmt(v3.totals.macs)} multiply-accumulates on its 299 × 299 input`);
  });
});

describe('lesson inception: quizzes and allowed numbers', () => {
  it('answers the numeric quizzes from the catalogue and the model', () => {
    const concat = row(goog, 'inception3a.concat').outShape[0];
    expect(concat).toBe(64 + 128 + 32 + 32);
    expect(quiz.get('inception-3a-channels')!.answer).toBe(concat);
    const conv = row(goog, 'inception3a.branch2.1.conv');
    expect(conv.macs).toBe(macs(28, 3, 96, 128));
    expect(quiz.get('inception-3a-3x3-macs')!.answer).toBe(conv.macs);
    shows(quiz.get('inception-3a-3x3-macs')!.text, `= ${fmt(conv.macs)}`);
    const others = goog.rows.filter((r) => r.name.startsWith('inception3a.') && r.name !== conv.name);
    expect(Math.max(...others.map((r) => r.macs))).toBeLessThan(conv.macs);
    expect(quiz.get('inception-factor-7')!.answer).toBe(factorise(7).asymmetric);
    for (const id of ['inception-why-reduce', 'inception-gap']) expect(quiz.get(id)!.kind).toBe('choice');
    expect(quiz.size).toBeGreaterThanOrEqual(4);
  });

  it('prints no big number that nothing computes', () => {
    onlyAllowedBigNumbers(src, [
      nin.totals.params, alex.totals.params, row(nin, 'nin1.conv1x1a').params,
      naive3a.branches[2].macs, reduced3a.branches[2].macs, naiveCs.macs, reducedCs.macs, slipped,
      goog.totals.params, goog.totals.macs, findNode(goog.tree, 'inception3a')!.macs, reduced3a.macs, with5x5,
      aux1, aux2, with5x5 + aux1 + aux2, row(goog, 'fc').params, paperAlex.totals.params,
      v3.totals.params, v3.totals.macs, row(goog, 'inception3a.branch2.1.conv').macs,
    ]);
  });
});
