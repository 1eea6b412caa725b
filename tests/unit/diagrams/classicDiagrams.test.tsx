/**
 * The classic networks' figures and dropout's thinned networks: the numbers they draw come from
 * lib/nn (change the input, the label changes), match what the lessons quote, every panel has a
 * title and a description, and bad props explain themselves instead of throwing.
 */
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import type { ReactElement } from 'react';
import { ClassicNetworkDiagram } from '@/components/mdx/diagrams/ClassicNetworkDiagram';
import { DropoutNetworksDiagram, thinnedMasks } from '@/components/mdx/diagrams/DropoutNetworksDiagram';
import { alexnetTowers, layoutTowers } from '@/components/mdx/diagrams/alexnetTowers';
import { analyseAt, lenetStrip, vggParts, vggStrip } from '@/components/mdx/diagrams/classicNetworks';
import { STACK_STEP, layoutStrip } from '@/components/mdx/diagrams/parts/stripLayout';
import { CLASSIC_STRINGS } from '@/components/mdx/diagrams/strings';
import { keepMask } from '@/lib/nn/dropout';
import { uniforms } from '@/lib/random/prng';
import { expectAccessible } from './expectAccessible';

const html = (el: ReactElement) => renderToStaticMarkup(el).replace(/&quot;/g, '"').replace(/&#x27;/g, "'");
const text = (el: ReactElement) => html(el).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');


describe('ClassicNetworkDiagram', () => {
  it('traces a digit through LeNet-5 with LeCun’s names and the lesson’s shapes and counts', () => {
    const t = text(<ClassicNetworkDiagram variant="lenet5" />);
    for (const s of ['C1', '28×28×6', 'S2', '14×14×6', 'C3', '10×10×16', 'S4', '5×5×16', '400', 'C5', '120', 'F6', '84']) expect(t).toContain(s);
    // The lesson: 61,706 parameters, 59,134 of them (96 %) in the dense layers.
    expect(t).toContain('dense layers 59,134 (96 %)');
  });

  it('draws AlexNet’s halves from lib/nn: 48 of conv1’s 96 kernels per GPU, conv2 grouped to 307,456 instead of 614,656', () => {
    const t = text(<ClassicNetworkDiagram variant="alexnet" />);
    expect(t).toContain('55×55×48');
    expect(t).toContain('27×27×128');
    expect(t).toContain('13×13×192');
    expect(t).toContain('conv3, fc6, fc7 and fc8 read the maps of both GPUs; conv2, conv4 and conv5 read only their own half');
    expect(t).toContain('307,456 parameters instead of 614,656');
    const r = alexnetTowers();
    expect(r.ok && r.towers.layers.filter((l) => l.cross).map((l) => l.name)).toEqual(['conv3', 'fc6', 'fc7', 'fc8']);
  });

  it('follows the input: a 235-pixel image gives AlexNet 57×57 maps after conv1 and 28×28 after conv2', () => {
    const t = text(<ClassicNetworkDiagram variant="alexnet" size={235} />);
    expect(t).toContain('image 235×235×3');
    expect(t).toContain('57×57×48');
    expect(t).toContain('28×28×128');
    expect(t).not.toContain('55×55×48');
  });

  it('counts VGG-16’s five stages and computes the dense share: 89 %, not the notes’ 80 %', () => {
    const t = text(<ClassicNetworkDiagram variant="vgg16" />);
    expect(t).toContain('VGG-16: 13 convolutions');
    for (const s of ['2 × conv 3×3', '3 × conv 3×3', '224×224×64', '112×112×128', '56×56×256', '28×28×512', '14×14×512', '25088']) expect(t).toContain(s);
    expect(t).toContain('fully connected 123,642,856 (89 %)');
    expect(t).toContain('convolutions 14,714,688 (11 %)');
    expect(t).toContain('138,357,544 parameters');
  });

  it('follows the input: VGG-16 on 448 × 448 works on 448×448×64 maps, and its head keeps its size', () => {
    const t = text(<ClassicNetworkDiagram variant="vgg16" size={448} />);
    expect(t).toContain('448×448×64');
    expect(t).not.toContain('stage 1 2 × conv 3×3 224×224×64');
    expect(t).toContain('flatten of 7×7×512 25088');
    expect(t).toContain('fully connected 123,642,856');
  });

  it('draws NiN’s mlpconv as a convolution and two 1×1 convolutions, and a head with no weights in the pooling', () => {
    const t = text(<ClassicNetworkDiagram variant="nin" />);
    expect(t).toContain('conv 11×11/4, 96');
    expect((t.match(/conv 1×1, 96/g) ?? []).length).toBeGreaterThanOrEqual(2);
    expect(t).toContain('global avg pool');
    // Each 1×1 of the first block has 96 · 96 + 96 = 9,312 parameters (the inception lesson).
    const a = analyseAt('nin');
    const first = a.ok ? a.net.rows.filter((r) => r.name.startsWith('nin1.') && r.kind === 'conv') : [];
    expect(first.slice(1).map((r) => r.params)).toEqual([9312, 9312]);
    expect(t).toContain(`${(first.reduce((s, r) => s + r.params, 0)).toLocaleString('en-US')} parameters in the first block`);
  });

  it('puts ZFNet’s 7×7/2 beside AlexNet’s 11×11/4 with their computed output sizes', () => {
    const t = text(<ClassicNetworkDiagram variant="zfnet" />);
    expect(t).toContain('11×11, stride 4');
    expect(t).toContain('55×55 outputs');
    expect(t).toContain('7×7, stride 2');
    expect(t).toContain('110×110 outputs');
    expect(t).toContain('12,100 positions per map, against AlexNet’s 3,025'.replace('’', "'"));
  });

  it('is accessible in every variant and explains bad props', () => {
    for (const v of CLASSIC_STRINGS.variants) expectAccessible(html(<ClassicNetworkDiagram variant={v} />));
    expect(html(<ClassicNetworkDiagram variant={'googlenet' as never} />)).toMatch(/role="alert".*no variant "googlenet"/);
    expect(html(<ClassicNetworkDiagram variant="lenet5" size={32} />)).toMatch(/role="alert"/);
    expect(html(<ClassicNetworkDiagram variant="vgg16" size={-3} />)).toMatch(/role="alert".*whole number/);
    expect(html(<ClassicNetworkDiagram variant="vgg16" size={'big' as never} />)).toMatch(/role="alert"/);
  });
});

describe('strip and tower layouts', () => {
  const lenet = analyseAt('lenet5');
  const vgg = analyseAt('vgg16');
  it('keep every glyph and arrow inside the picture', () => {
    if (!lenet.ok || !vgg.ok) throw new Error('analysis failed');
    const strips = [lenetStrip(lenet.net), vggStrip(vgg.net, vggParts(vgg.net))];
    for (const items of strips) {
      // The phone's rows: wider than ~370 units, 13-unit text would fall below 12 px at 360 px.
      expect(layoutStrip(items, [3, 3]).width).toBeLessThanOrEqual(370);
      for (const l of [layoutStrip(items, [5]), layoutStrip(items, [3, 3])]) {
        for (const g of l.glyphs) {
          const half = (g.glyph.kind === 'vector' ? 12 : g.side + (g.layers - 1) * STACK_STEP) / 2;
          expect(g.cx - half).toBeGreaterThanOrEqual(0);
          expect(g.cx + half).toBeLessThanOrEqual(l.width);
          expect(g.cy - (g.glyph.kind === 'vector' ? g.bar / 2 : half)).toBeGreaterThanOrEqual(0);
          expect(g.cy + (g.glyph.kind === 'vector' ? g.bar / 2 : half)).toBeLessThanOrEqual(l.height);
        }
        for (const p of l.arrows.flat()) {
          expect(p[0]).toBeGreaterThanOrEqual(0);
          expect(p[0]).toBeLessThanOrEqual(l.width);
          expect(p[1]).toBeLessThanOrEqual(l.height);
        }
      }
    }
    const t = alexnetTowers();
    if (!t.ok) throw new Error(t.error);
    const l = layoutTowers(t.towers, (g) => `GPU ${g}`);
    for (const b of l.boxes) expect(b.x >= 0 && b.x + b.w <= l.width && b.y + b.h <= l.height).toBe(true);
    // fits a phone: wider than ~370 units, its text would fall below 12 px at 360 px
    expect(l.width).toBeLessThanOrEqual(370);
  });
});

describe('DropoutNetworksDiagram', () => {
  it('draws the masks the DropoutDemo widget draws for the same seed', () => {
    const masks = thinnedMasks(5, 0.5, 3);
    const draws = uniforms(5 + 30_000, 24);
    expect(masks).toEqual([0, 1, 2].map((k) => keepMask(draws, 0.5, k * 8, 8)));
    const t = text(<DropoutNetworksDiagram />);
    masks.forEach((m, k) => expect(t).toContain(`Training step ${k + 1} ${m.filter(Boolean).length} of 8 inputs kept`));
  });

  it('scales by 1/(1 − p) while training under inverted dropout, and the weights by 1 − p at test time under the original', () => {
    const inverted = text(<DropoutNetworksDiagram p={0.2} />);
    expect(inverted).toContain('multiplied by 1.25');
    expect(inverted).toContain('all inputs, no scaling');
    const original = text(<DropoutNetworksDiagram p={0.2} scaling="original" />);
    expect(original).toContain('all inputs, weights × 0.8');
    expect(original).not.toContain('multiplied by 1.25');
  });

  it('changes with p: more units dropped at p = 0.8 than at p = 0.2 over the same draws', () => {
    const kept = (p: number) => thinnedMasks(5, p, 4).flat().filter(Boolean).length;
    expect(kept(0.8)).toBeLessThan(kept(0.2));
  });

  it('is accessible and refuses bad props in words', () => {
    expectAccessible(html(<DropoutNetworksDiagram />));
    expect(html(<DropoutNetworksDiagram p={1} />)).toMatch(/role="alert".*probability/);
    expect(html(<DropoutNetworksDiagram seed={-1} />)).toMatch(/role="alert"/);
    expect(html(<DropoutNetworksDiagram samples={9} />)).toMatch(/role="alert"/);
    expect(html(<DropoutNetworksDiagram scaling={'sideways' as never} />)).toMatch(/role="alert"/);
  });
});
