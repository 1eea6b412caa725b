/**
 * The figures of components/mdx/diagrams: each draws numbers lib/nn computes (change the input,
 * the label changes), checked against the counts the lessons quote, and each carries a title and
 * a description for screen readers.
 */
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { ResidualBlockDiagram } from '@/components/mdx/diagrams/ResidualBlockDiagram';
import { InceptionModuleDiagram } from '@/components/mdx/diagrams/InceptionModuleDiagram';
import { NormalisationAxesDiagram } from '@/components/mdx/diagrams/NormalisationAxesDiagram';
import { LightUnitDiagram } from '@/components/mdx/diagrams/LightUnitDiagram';
import { LIGHT_UNITS } from '@/components/mdx/diagrams/lightUnits';
import { RESIDUAL_VARIANTS, residualBlock } from '@/components/mdx/diagrams/residualBlocks';
import { inceptionModuleCost } from '@/lib/nn/inceptionModule';
import { INCEPTION_3A } from '@/components/mdx/diagrams/inceptionFlows';
import { layoutFlow } from '@/components/mdx/diagrams/parts/flowLayout';
import { layoutRows } from '@/components/mdx/diagrams/parts/rowsLayout';
import { blockFlow } from '@/components/mdx/diagrams/parts/fromBlock';
import { lightUnit } from '@/components/mdx/diagrams/lightUnits';
import { formatCompact } from '@/lib/format/numberFormat';
import type { ReactElement } from 'react';
import { expectAccessible } from './expectAccessible';

const html = (el: ReactElement) => renderToStaticMarkup(el).replace(/&quot;/g, '"').replace(/&#x27;/g, "'");
/** Text without tags, with the entity for × decoded. */
const text = (el: ReactElement) => html(el).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');


describe('ResidualBlockDiagram', () => {
  it('counts what the ResNet lesson quotes: 73,984 for a basic block, 280,064 for the bottleneck of layer2.1', () => {
    expect(text(<ResidualBlockDiagram variant="basic" />)).toContain('73,984 parameters');
    expect(text(<ResidualBlockDiagram variant="bottleneck" />)).toContain('280,064 parameters');
  });
  it('follows its inputs: a basic block at 128 channels has 2·9·128² + 4·128 parameters', () => {
    const t = text(<ResidualBlockDiagram variant="basic" channels={128} width={128} size={28} />);
    expect(t).toContain('295,424 parameters');
    expect(t).toContain('x 28×28×128');
    expect(t).not.toContain('73,984');
  });
  it('draws the projection with stride 2 only when the block downsamples', () => {
    expect(text(<ResidualBlockDiagram variant="projection" />)).toContain('conv 1×1/2, 128');
    const same = text(<ResidualBlockDiagram variant="projection" stride={1} />);
    expect(same).toContain('conv 1×1, 128');
    expect(same).not.toContain('1×1/2');
    expect(text(<ResidualBlockDiagram variant="basic" />)).toContain('identity x');
  });
  it('puts BN and ReLU before each convolution in the pre-activation block, and nothing after the addition', () => {
    const r = residualBlock('preact');
    expect(r.ok && r.block.after).toEqual([]);
    expect(text(<ResidualBlockDiagram variant="preact" />)).toMatch(/BN · ReLU conv 3×3, 64/);
  });
  it('has a title and a description in every variant, and explains a bad prop instead of throwing', () => {
    for (const v of RESIDUAL_VARIANTS) expectAccessible(html(<ResidualBlockDiagram variant={v} />));
    expect(html(<ResidualBlockDiagram variant={'wide' as never} />)).toMatch(/role="alert".*no variant "wide"/);
    expect(html(<ResidualBlockDiagram variant="bottleneck" width={30} />)).toMatch(/multiple of 4/);
    expect(html(<ResidualBlockDiagram variant="basic" channels={-1} />)).toMatch(/role="alert"/);
  });
});

describe('InceptionModuleDiagram', () => {
  const naive = inceptionModuleCost({ ...INCEPTION_3A, reduce: false });
  it('shows the naive 5×5 branch of inception3a at 120,422,400 MACs and each module’s total', () => {
    expect(naive.branches[2].macs).toBe(120422400);
    const t = text(<InceptionModuleDiagram />);
    expect(t).toContain(`5×5 conv, 32 ${formatCompact(120422400)} MACs`);
    expect(t).toContain(`Naive module: ${formatCompact(naive.macs)} MACs`);
    expect(t).toContain('output 28×28×416');
    expect(t).toContain('output 28×28×256');
  });
  it('follows its inputs: more input channels cost more', () => {
    const t = text(<InceptionModuleDiagram variant="naive" cin={256} />);
    const cost = inceptionModuleCost({ ...INCEPTION_3A, cin: 256, reduce: false });
    expect(t).toContain(`${formatCompact(cost.macs)} MACs`);
    expect(t).toContain('input 28×28×256');
    expect(t).not.toContain(formatCompact(naive.macs));
  });
  it('factorises with lib/nn’s counts: 7×7 into 14 weights, 5×5 into two 3×3 with 18', () => {
    const seven = text(<InceptionModuleDiagram variant="factorised" n={7} />);
    expect(seven).toContain('49 weights');
    expect(seven).toContain('14 weights, 71% fewer');
    expect(seven).toContain('18 weights, 28% fewer');
    expect(text(<InceptionModuleDiagram variant="factorised" n={3} />)).toContain('6 weights, 33% fewer');
  });
  it('is accessible in every variant and refuses a bad n in words', () => {
    for (const v of ['naive', 'reduced', 'compare', 'factorised'] as const) expectAccessible(html(<InceptionModuleDiagram variant={v} />));
    expect(html(<InceptionModuleDiagram variant="factorised" n={40} />)).toMatch(/role="alert"/);
  });
});

describe('NormalisationAxesDiagram', () => {
  it('counts the lesson’s batch: 64 means of 100,352 values for BN; 8 × 4 × 4 = 128 for the widget’s', () => {
    const t = text(<NormalisationAxesDiagram />);
    expect(t).toContain('64 means, each of 100,352 values');
    expect(t).toContain('2,048 means, each of 3,136 values');
    expect(text(<NormalisationAxesDiagram kinds="batch" n={8} c={64} h={4} w={4} />)).toContain('each of 128 values');
  });
  it('is accessible, and says why groups that do not divide the channels cannot be drawn', () => {
    expectAccessible(html(<NormalisationAxesDiagram />));
    expect(html(<NormalisationAxesDiagram groups={5} />)).toMatch(/role="alert".*do not divide/);
    expect(html(<NormalisationAxesDiagram kinds="batch,weight" />)).toMatch(/no normalisation "weight"/);
  });
});

describe('LightUnitDiagram', () => {
  it('counts what the lessons quote: fire2 11,920, an SE block on 512 channels with r = 16 33,312', () => {
    expect(text(<LightUnitDiagram unit="fire" />)).toContain('11,920 parameters');
    expect(text(<LightUnitDiagram unit="se" />)).toContain('33,312 parameters');
    expect(text(<LightUnitDiagram unit="inverted-residual" />)).toContain('56×56×144');
  });
  it('is accessible for every unit', () => {
    for (const u of LIGHT_UNITS) expectAccessible(html(<LightUnitDiagram unit={u} />));
  });
});

describe('flow layouts', () => {
  const flows = [
    ...RESIDUAL_VARIANTS.map((v) => { const r = residualBlock(v); if (!r.ok) throw new Error(r.error); return blockFlow(r.block); }),
    ...LIGHT_UNITS.map((u) => { const r = lightUnit(u); if (!r.ok) throw new Error(r.error); return blockFlow(r.block, { spine: r.block.merge?.kind === 'concat' ? 'center' : 'first' }); }),
  ];
  it('keep every box inside the picture and no two boxes overlapping', () => {
    for (const f of flows) {
      for (const layout of [layoutFlow(f), ...(f.merge === 'concat' && !f.before?.length ? [layoutRows(f)] : [])]) {
        for (const b of layout.boxes) {
          expect(b.x).toBeGreaterThanOrEqual(0);
          expect(b.y).toBeGreaterThanOrEqual(0);
          expect(b.x + b.w).toBeLessThanOrEqual(layout.width + 0.5);
          expect(b.y + b.h).toBeLessThanOrEqual(layout.height + 0.5);
        }
        for (const [i, a] of layout.boxes.entries()) {
          for (const b of layout.boxes.slice(i + 1)) {
            const apart = a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
            expect(apart, `${a.lines[0]} overlaps ${b.lines[0]}`).toBe(true);
          }
        }
      }
    }
  });
});
