/**
 * Every figure the lightweight-networks lesson quotes, recomputed: from the architecture catalogue
 * (networks built from their layers), from closed forms written out here, and from the lesson's
 * arithmetic helpers where a closed form checks them too. Numbers with thousands separators are
 * allow-listed, so a figure typed into the prose that nothing computes fails the test.
 */
import { describe, expect, it } from 'vitest';
import { initialOpen } from '@/components/widgets/ArchitectureExplorer/state';
import { DEFAULT_STATE as SEPARABLE_DEFAULT } from '@/components/widgets/DepthwiseSeparableCost/state';
import { GUIDE } from '@/components/widgets/ChannelShuffle/Guidelines';
import { equalWidthTable, groupTable, shuffleSource } from '@/lib/lightweight/shuffle';
import { invertedResidualCost, separableCost } from '@/lib/lightweight/separable';
import { analyseNetwork, type NetworkAnalysis } from '@/lib/nn/catalogue';
import { fmt, onlyAllowedBigNumbers, quizzes, read, shows } from './lessonSource';

const src = read('lightweight-networks');
const quiz = quizzes(src);
const row = (a: NetworkAnalysis, name: string) => {
  const r = a.rows.find((x) => x.name === name);
  if (!r) throw new Error(`${a.id} has no row ${name}`);
  return r;
};
const millions = (n: number) => `${Math.round(n / 1e6)} million`;
/** Conv parameters with biases, by the closed form. */
const convP = (k: number, cin: number, cout: number) => k * k * cin * cout + cout;

const alex = analyseNetwork('alexnet');
const sq10 = analyseNetwork('squeezenet1_0');
const sq11 = analyseNetwork('squeezenet1_1');
const v1 = analyseNetwork('mobilenet_v1');
const v2 = analyseNetwork('mobilenet_v2');
const sh = analyseNetwork('shufflenet_v2_x1_0');
const xc = analyseNetwork('xception');
const allowed: number[] = [];
const big = (...ns: number[]) => allowed.push(...ns);

describe('lesson lightweight-networks: SqueezeNet', () => {
  it('counts fire2 from the catalogue and by hand', () => {
    const parts = ['squeeze', 'expand1x1', 'expand3x3'].map((n) => row(sq10, `features.fire2.${n}`).params);
    expect(parts).toEqual([convP(1, 96, 16), convP(1, 16, 64), convP(3, 16, 64)]);
    const total = parts.reduce((a, b) => a + b, 0);
    shows(src, `96 channels to 128 with ${fmt(total)} parameters: ${fmt(parts[0])} in the squeeze, ${fmt(parts[1])} in the 1 × 1 expand and ${fmt(parts[2])} in the 3 × 3 expand`);
    shows(src, `would need ${fmt(convP(3, 96, 128))}, more than nine times as many`);
    expect(convP(3, 96, 128) / total).toBeGreaterThan(9);
    expect(quiz.get('lightweight-networks-fire-params')?.answer).toBe(total);
    shows(src, `Squeeze 96 → 16: 96 · 16 + 16 = ${fmt(parts[0])}. Expand 1 × 1, 16 → 64: 16 · 64 + 64 = ${fmt(parts[1])}. Expand 3 × 3, 16 → 64: 9 · 16 · 64 + 64 = ${fmt(parts[2])}. Total ${fmt(total)}`);
    big(total, ...parts, convP(3, 96, 128));
  });

  it('computes the 50× claim, the MACs and the quantised sizes', () => {
    const a = alex.totals.params;
    const s = sq10.totals.params;
    shows(src, `AlexNet (torchvision's) has ${fmt(a)} parameters and SqueezeNet 1.0 has ${fmt(s)}: a factor of ${(a / s).toFixed(1)}`);
    shows(src, `it needs ${millions(sq10.totals.macs)} MACs per image against AlexNet's ${millions(alex.totals.macs)}`);
    expect(sq10.totals.macs).toBeGreaterThan(alex.totals.macs);
    shows(src, `almost the same parameters (${fmt(sq11.totals.params)}) and ${millions(sq11.totals.macs)} MACs`);
    shows(src, `For the catalogue's ${fmt(s)} parameters that gives`);
    shows(src, `| 32 (float) | ${fmt(s * 4)} |`);
    shows(src, `| 8 | ${fmt(s)} |`);
    const six = Math.ceil((s * 6) / 8);
    shows(src, `| 6 | ${fmt(six)} |`);
    shows(src, `6 bits per weight still take about ${(six / 1e6).toFixed(2)} MB`);
    big(a, s, s * 4, six, sq11.totals.params);
  });
});

describe('lesson lightweight-networks: MobileNet', () => {
  it("quotes block 7's costs and the ratio, which equals the formula", () => {
    const { df, m, n, dk } = SEPARABLE_DEFAULT;
    expect([df, m, n, dk]).toEqual([14, 512, 512, 3]);
    expect(row(v1, 'block7.conv_dw').outShape).toEqual([512, 14, 14]);
    const std = dk * dk * m * n * df * df;
    const sep = dk * dk * m * df * df + m * n * df * df;
    expect(separableCost(SEPARABLE_DEFAULT).standard.mults).toBe(std);
    expect(row(v1, 'block7.conv_dw').macs + row(v1, 'block7.conv_pw').macs).toBe(sep);
    shows(src, `the standard layer would need ${fmt(std)} multiplies and the separable pair needs ${fmt(sep)}: ${(std / sep).toFixed(2)} times fewer`);
    expect(sep / std).toBeCloseTo(1 / n + 1 / (dk * dk), 14);
    shows(src, '= \\frac{1}{N} + \\frac{1}{D_k^2}');
    shows(src, `the whole network has ${fmt(v1.totals.params)} parameters and ${fmt(v1.totals.macs)} MACs per image`);
    big(std, sep, v1.totals.params, v1.totals.macs);
  });

  it("quotes v2's features.3 from the catalogue and the network's totals", () => {
    const names = ['features.3.conv.0.conv', 'features.3.conv.1.conv', 'features.3.conv.2'];
    const [e, d, p] = names.map((nm) => row(v2, nm));
    expect(row(v2, 'features.3.conv.0.conv').outShape).toEqual([144, 56, 56]);
    const c = invertedResidualCost({ df: 56, cin: 24, cout: 24, t: 6, dk: 3 });
    expect([e.params, d.params, p.params]).toEqual([24 * 144, 9 * 144, 144 * 24]);
    expect([c.expand.mults, c.depthwise.mults, c.project.mults]).toEqual([e.macs, d.macs, p.macs]);
    shows(src, `the expansion and the projection have ${fmt(e.params)} weights each and the depthwise layer ${fmt(d.params)}; the MACs are ${fmt(e.macs)}, ${fmt(d.macs)} and ${fmt(p.macs)}`);
    shows(src, `the whole network has ${fmt(v2.totals.params)} parameters and ${fmt(v2.totals.macs)} MACs per image: fewer of both than v1`);
    expect(v2.totals.params).toBeLessThan(v1.totals.params);
    expect(v2.totals.macs).toBeLessThan(v1.totals.macs);
    big(e.params, d.params, e.macs, d.macs, v2.totals.params, v2.totals.macs);
  });

  it('checks the separable quiz by the closed form', () => {
    const dw = 9 * 256;
    const pw = 256 * 256;
    expect(quiz.get('lightweight-networks-separable-params')?.answer).toBe(dw + pw);
    expect(separableCost({ df: 1, m: 256, n: 256, dk: 3 }).separable.params).toBe(dw + pw);
    shows(src, `Depthwise: 3 · 3 · 256 = ${fmt(dw)}. Pointwise: 256 · 256 = ${fmt(pw)}. Together ${fmt(dw + pw)}, against ${fmt(9 * 256 * 256)}`);
    big(dw, pw, dw + pw, 9 * 256 * 256);
  });
});

describe('lesson lightweight-networks: ShuffleNet', () => {
  it("prints the shuffle order of 9 channels in 3 groups (the golden case's)", () => {
    shows(src, `the new order is ${shuffleSource(9, 3).join(', ')}`);
  });

  it('quotes the G1 and G2 tables as the widget computes them', () => {
    const hw = 56 * 56;
    expect(GUIDE.hw).toBe(hw);
    const g1 = equalWidthTable(GUIDE.hw, GUIDE.product, GUIDE.ratios);
    const mac = (c1: number, c2: number, g = 1) => hw * (c1 + c2) + (c1 * c2) / g;
    expect(g1[0].mac).toBe(mac(128, 128));
    expect(g1[3].mac).toBe(mac(16, 1024));
    shows(src, `128 channels in and out touch ${fmt(mac(128, 128))} values, 16 in and 1024 out touch ${fmt(mac(16, 1024))}, four times as many`);
    expect(Math.round(mac(16, 1024) / mac(128, 128))).toBe(4);
    const g2 = groupTable(GUIDE.hw, GUIDE.base, GUIDE.groups);
    expect(g2[2]).toMatchObject({ c1: 512, g: 16, mac: mac(512, 512, 16) });
    shows(src, `16 groups of 512 channels touch ${fmt(mac(512, 512, 16))} values against ${fmt(mac(128, 128))} for one group of 128`);
    const choices = quiz.get('lightweight-networks-g1')!;
    expect(choices.choices[choices.answer]).toBe('c1 = 128, c2 = 128');
    big(mac(128, 128), mac(16, 1024), mac(512, 512, 16));
  });

  it('counts the fragments and the element-wise work from the catalogue', () => {
    const main = sh.rows.filter((r) => r.name.startsWith('stage2.1.') && r.kind === 'conv');
    expect(main).toHaveLength(3);
    const g = analyseNetwork('googlenet');
    const incConvs = g.rows.filter((r) => r.name.startsWith('inception3a.') && r.kind === 'conv');
    expect(incConvs).toHaveLength(6);
    shows(src, 'a GoogLeNet Inception module has six convolutions on four paths');
    const relu = row(sh, 'stage2.1.branch2.2');
    expect(relu.outShape).toEqual([58, 28, 28]);
    shows(src, `each ReLU touches ${fmt(relu.values)} values`);
    const out = row(sh, 'stage2.1.concat');
    expect(out.outShape).toEqual([116, 28, 28]);
    shows(src, `over the unit's 116 × 28 × 28 output would read ${fmt(2 * out.values)} values and write ${fmt(out.values)}`);
    shows(src, `ShuffleNet v2 has ${fmt(sh.totals.params)} parameters and ${fmt(sh.totals.macs)} MACs per image`);
    for (const other of [v1, v2, sq10, sq11, xc]) expect(sh.totals.macs).toBeLessThan(other.totals.macs);
    // The fewest MACs, not the fewest parameters: both SqueezeNets have fewer.
    for (const other of [sq10, sq11]) expect(other.totals.params).toBeLessThan(sh.totals.params);
    shows(src, `the fewest MACs of this lesson, though not the fewest parameters, since SqueezeNet 1.0 and 1.1 have ${fmt(sq10.totals.params)} and ${fmt(sq11.totals.params)}`);
    big(relu.values, out.values, 2 * out.values, sh.totals.params, sh.totals.macs);
  });
});

describe('lesson lightweight-networks: Xception', () => {
  it("counts one middle-block separable convolution and the network's layers", () => {
    const dw = row(xc, 'block5.sepconv1.depthwise');
    const pw = row(xc, 'block5.sepconv1.pointwise');
    expect([dw.params, pw.params]).toEqual([9 * 728, 728 * 728]);
    expect(dw.outShape).toEqual([728, 19, 19]);
    shows(src, `has ${fmt(dw.params)} depthwise and ${fmt(pw.params)} pointwise weights; a standard 3 × 3 convolution from 728 to 728 channels would have ${fmt(9 * 728 * 728)}`);
    shows(src, `${fmt(xc.totals.params)} parameters and ${fmt(xc.totals.macs)} MACs on its 299 × 299 input`);
    // 36 convolution layers: a separable conv counts once, the residual projections not at all.
    const convs = xc.rows.filter((r) => r.kind === 'conv' && !r.name.endsWith('.depthwise') && !r.name.includes('.residual.'));
    expect(convs).toHaveLength(36);
    shows(src, 'Xception stacks 36 convolution layers in 14 blocks');
    big(dw.params, pw.params, 9 * 728 * 728, xc.totals.params, xc.totals.macs);
  });
});

describe('lesson lightweight-networks: explorers and figures', () => {
  it('opens only blocks the networks have', () => {
    for (const m of src.matchAll(/<ArchitectureExplorer[^>]*network="([^"]+)"[^>]*expand="([^"]+)"/g)) {
      expect(initialOpen(m[1], m[2]).unknown, `${m[1]}: ${m[2]}`).toEqual([]);
    }
  });

  it('prints no big number that nothing computes', () => {
    onlyAllowedBigNumbers(src, allowed);
  });
});
