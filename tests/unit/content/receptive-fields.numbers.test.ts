/**
 * Every figure the receptive-fields lesson quotes, recomputed with lib/nn and lib/compute (or from
 * closed forms written here), and found in the MDX exactly as computed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { convParams, fcParams } from '@/lib/nn/convArithmetic';
import { receptiveField, receptiveFieldsByLayer } from '@/lib/nn/receptiveField';
import { fieldSpread, shareInSquare, shareSquare } from '@/lib/nn/fieldSpread';
import type { ChainLayer } from '@/lib/nn/layerChain';
import { effectiveReceptiveField, ready } from '@/lib/compute';
import { PRESETS } from '@/components/widgets/ReceptiveFieldExplorer/state';
import { fmt, onlyAllowedBigNumbers, quizzes, read, shows } from './lessonSource';

beforeAll(ready);

const src = read('receptive-fields');
const quiz = quizzes(src);
const c3 = { kernel: 3, stride: 1, padding: 1 };
const pool2 = { kernel: 2, stride: 2 };
const conv = (k: number, cin: number, cout: number, side = 1) =>
  convParams({ inH: side, inW: side, cin, cout, kh: k, kw: k, stride: 1, padding: (k - 1) / 2, bias: false });
const chain = (layers: { kernel: number; stride?: number; padding?: number; dilation?: number }[]): ChainLayer[] =>
  layers.map((l) => ({ kind: 'conv', kernel: l.kernel, stride: l.stride ?? 1, padding: l.padding ?? 0, dilation: l.dilation ?? 1 }));

describe('lesson receptive-fields: every figure is computed', () => {
  const big: number[] = [];

  it('counts a 3×3, 64→64 layer on 32×32 three ways', () => {
    const shared = conv(3, 64, 64, 32);
    const positions = 32 * 32;
    const local = shared * positions;
    const values = 32 * 32 * 64;
    const full = fcParams(values, values, false);
    expect(shared).toBe(9 * 64 * 64);
    shows(src, `shared by all positions | ${fmt(shared)} |`);
    shows(src, `each of the ${fmt(positions)} positions | ${fmt(local)} |`);
    shows(src, `each of the ${fmt(values)} outputs connected to all ${fmt(values)} inputs | ${fmt(full)} |`);
    expect(local / shared).toBe(positions);
    big.push(shared, local, full, positions, values);
  });

  it('gives the fields of stacked 3×3 convolutions and their weights', () => {
    expect(receptiveFieldsByLayer([c3, c3, c3]).map((r) => r.size)).toEqual([3, 5, 7]);
    shows(src, '| 5 × 5 | $2 \\times 9 = 18$ weights | $25$ weights |');
    shows(src, '| 7 × 7 | $3 \\times 9 = 27$ weights | $49$ weights |');
    const three = 3 * conv(3, 64, 64);
    const seven = conv(7, 64, 64);
    const two = 2 * conv(3, 64, 64);
    const five = conv(5, 64, 64);
    shows(src, `For $C = 64$ that is ${fmt(three)} weights against ${fmt(seven)}: ${Math.round((1 - three / seven) * 100)}% fewer`);
    shows(src, `${Math.round((1 - two / five) * 100)}% fewer for the 5 × 5 field (${fmt(two)} against ${fmt(five)})`);
    big.push(three, seven, two, five);
  });

  it('answers the VGG weights quiz from conv parameter counts', () => {
    const q = quiz.get('receptive-fields-vgg-weights')!;
    const one = conv(3, 256, 256);
    expect(q.answer).toBe(3 * one);
    shows(q.text, `9 × 256 × 256 = ${fmt(one)}`);
    shows(q.text, `27 × ${fmt(256 * 256)} = ${fmt(3 * one)}`);
    shows(q.text, `49 × ${fmt(256 * 256)} = ${fmt(conv(7, 256, 256))}`);
    big.push(one, 256 * 256, 3 * one, conv(7, 256, 256));
  });

  it('computes the pooling stack of the prose and the quiz', () => {
    const shown = receptiveField([c3, pool2, c3, c3]);
    expect(shown.size).toBe(12);
    shows(src, '= 12\n$$');
    shows(src, 'its field is 12 × 12 instead of 7 × 7');
    const q = quiz.get('receptive-fields-pool-stack')!;
    const rf = receptiveField([c3, pool2, c3, pool2, c3]);
    expect(q.answer).toBe(rf.size);
    expect(rf.effectiveStride).toBe(4);
    shows(q.text, `= ${rf.size}, so ${rf.size} × ${rf.size} pixels; the effective stride is 2 × 2 = ${rf.effectiveStride}`);
  });

  it("quotes VGG-16's fields after its last convolution and its last pooling", () => {
    const block = (n: number) => [...Array.from({ length: n }, () => c3), pool2];
    const vgg = [...block(2), ...block(2), ...block(3), ...block(3), ...block(3)];
    const conv53 = receptiveField(vgg.slice(0, -1));
    const pool5 = receptiveField(vgg);
    shows(src, `effective stride ${conv53.effectiveStride}) sees ${conv53.size} × ${conv53.size} pixels of the 224 × 224 input`);
    shows(src, `takes the field to ${pool5.size} × ${pool5.size} with an effective stride of ${pool5.effectiveStride}`);
  });

  it('answers the dilation quiz and shows holes where the prose says', async () => {
    const dilated = PRESETS.dilated;
    expect(dilated.map((l) => l.dilation)).toEqual([1, 2, 4]);
    expect(receptiveField(dilated).size).toBe(15);
    const q = quiz.get('receptive-fields-dilation')!;
    expect(q.choices[q.answer]).toBe(`${receptiveField(dilated).size} × ${receptiveField(dilated).size}, with ${dilated.length * 9} weights`);
    shows(src, 'grows the field as $1 + 2 + 4 + 8 = 15$ with still only 27 weights');
    // A single dilated layer reads 9 cells; dilations 1, 2, 4 fill the field; 2, 2, 2 leave holes.
    const side = 25;
    const nonZero = (layers: ChainLayer[]) => Array.from(effectiveReceptiveField({ side, layers, seed: 3 }).magnitude).filter((v) => v > 0).length;
    expect(nonZero(chain([{ kernel: 3, padding: 2, dilation: 2 }]))).toBe(9);
    expect(nonZero(dilated)).toBe(15 * 15);
    const twos = chain(Array.from({ length: 3 }, () => ({ kernel: 3, padding: 2, dilation: 2 })));
    expect(receptiveField(twos).size).toBe(13);
    expect(nonZero(twos)).toBe(7 * 7);
  });

  it('derives the effective-field figures from path counts', async () => {
    // Coefficients of (1 + x + x²)^L, computed here.
    const counts = (L: number) => {
      let p = [1];
      for (let l = 0; l < L; l++) p = Array.from({ length: p.length + 2 }, (_, i) => (p[i - 2] ?? 0) + (p[i - 1] ?? 0) + (p[i] ?? 0));
      return p;
    };
    shows(src, `for three layers, ${counts(3).join(', ')}`);
    const sigma = (L: number) => Math.sqrt((2 * L) / 3);
    shows(src, `Six layers give a ${2 * 6 + 1} × ${2 * 6 + 1} field but $\\sigma = ${sigma(6)}$ pixels`);
    shows(src, `to 24 layers and the theoretical field grows to ${2 * 24 + 1} × ${2 * 24 + 1}, while $\\sigma$ only doubles, to ${sigma(24)}`);
    // The op agrees: six all-ones 3×3 layers.
    const side = 21;
    const six = PRESETS['six-3x3'];
    expect(receptiveField(six).size).toBe(13);
    const ones = effectiveReceptiveField({ side, layers: six, init: 'ones' });
    expect(fieldSpread(ones.magnitude, side).std[0]).toBeCloseTo(sigma(6), 6);
    // The central 5 × 5 is the smallest centred square holding half of the paths…
    expect(shareSquare(ones.magnitude, side, [10, 10], 0.5)).toBe(5);
    const share = shareInSquare(ones.magnitude, side, [10, 10], 5);
    // …and independently: the 2-D count is the product of two 1-D counts, so the square's share
    // is the square of the central 5 of 13 in one dimension.
    const row = counts(6);
    const total = row.reduce((a, b) => a + b, 0);
    const central = (w: number) => row.slice(6 - (w - 1) / 2, 6 + (w + 1) / 2).reduce((a, b) => a + b, 0) / total;
    expect(share).toBeCloseTo(central(5) ** 2, 9);
    expect(central(3) ** 2).toBeLessThan(0.5);
    shows(src, `${Math.round(share * 100)} % of all paths start in the central 5 × 5, which is only ${Math.round((100 * 25) / 13 ** 2)} % of the field's area`);
  });

  it('explains the challenge with a stack that reaches 15 in four layers', () => {
    const challenge = /<Challenge id="receptive-fields-target-challenge"[\s\S]*?explanation="([^"]*)"/.exec(src)![1];
    const s2 = { kernel: 3, stride: 2, padding: 1 };
    expect(receptiveField([s2, c3, c3, c3]).size).toBe(15);
    expect(receptiveField([s2, c3, c3]).size).toBe(11);
    shows(challenge, 'add three more 3 × 3 layers: 1 + 2·1 + 2·2 + 2·2 + 2·2 = 15 (two more would reach only 11)');
    expect(receptiveField([{ kernel: 3, stride: 2 }, c3, c3, c3]).size).toBe(15);
    shows(challenge, 'A 3 × 3 max pool with stride 2 followed by three 3 × 3 convolutions also works');
  });

  it('has at least four quizzes, every numeric one checked above, ids prefixed by the slug', () => {
    expect(quiz.size).toBeGreaterThanOrEqual(4);
    for (const id of quiz.keys()) expect(id.startsWith('receptive-fields-')).toBe(true);
    const numeric = [...quiz.values()].filter((q) => q.kind === 'numeric' && !q.text.includes('generator="')).map((q) => q.id);
    expect(numeric.sort()).toEqual(['receptive-fields-pool-stack', 'receptive-fields-vgg-weights']);
  });

  it('prints no big number that the tests above did not compute', () => {
    onlyAllowedBigNumbers(src, big);
  });
});
