/**
 * The figures of the convolution, classic-networks and lightweight-networks lessons: 1-D/2-D/3-D
 * convolution, the history timeline with the ImageNet winners, and accuracy against compute. Every
 * shape and count comes from lib/nn (change the input, the label changes); every published figure
 * from lib/nn/catalogue/published.ts, each with its source, and in step with what the lessons quote.
 */
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import type { ReactElement } from 'react';
import { ConvDimensionsDiagram } from '@/components/mdx/diagrams/ConvDimensionsDiagram';
import { CnnHistoryDiagram } from '@/components/mdx/diagrams/CnnHistoryDiagram';
import { AccuracyComputeChart, DEFAULT_NETWORKS } from '@/components/mdx/diagrams/AccuracyComputeChart';
import { placeLabels } from '@/components/mdx/diagrams/parts/placeLabels';
import { analyseNetwork, networkIds } from '@/lib/nn/catalogue';
import { ALEXNET_SUPPLIED_ONLY, HUMAN_TOP5, ILSVRC_WINNERS, IMAGENET_TOP1, MILESTONES } from '@/lib/nn/catalogue/published';
import { formatCompact, formatCount } from '@/lib/format/numberFormat';
import { PUBLISHED } from '../content/publishedFigures';
import { expectAccessible } from './expectAccessible';

const html = (el: ReactElement) => renderToStaticMarkup(el).replace(/&quot;/g, '"').replace(/&#x27;/g, "'");
const text = (el: ReactElement) => html(el).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');


describe('ConvDimensionsDiagram', () => {
  it('prints the shapes lib/nn/convNd computes: 1×12 → 1×10, 1×6×6 → 1×4×4, 1×4×5×5 → 1×2×3×3', () => {
    const t = text(<ConvDimensionsDiagram />);
    expect(t).toContain('input 1×12 (C×L)');
    expect(t).toContain('kernel 3 → output 1×10');
    expect(t).toContain('kernel 3×3 → output 1×4×4');
    expect(t).toContain('input 1×4×5×5 (C×D×H×W)');
    expect(t).toContain('kernel 3×3×3 → output 1×2×3×3');
    expect(t).toContain('27 multiply-adds per output');
    expectAccessible(html(<ConvDimensionsDiagram />));
  });
  it('follows its props: a 5-wide kernel with stride 2 on a 14-long sequence gives 5 outputs of 5 multiply-adds', () => {
    const t = text(<ConvDimensionsDiagram kinds="1d" length={14} kernel={5} stride={2} />);
    expect(t).toContain('input 1×14');
    expect(t).toContain('kernel 5 → output 1×5');
    expect(t).toContain('5 multiply-adds per output');
    expect(t).not.toContain('2-D');
  });
  it('shows the reason instead of throwing for bad props', () => {
    expect(html(<ConvDimensionsDiagram kinds="4d" />)).toMatch(/role="alert".*no kind "4d"/);
    expect(html(<ConvDimensionsDiagram size={20} />)).toMatch(/role="alert".*size must be a whole number from 3 to 8/);
    expect(html(<ConvDimensionsDiagram kinds="3d" frames={2} kernel={3} />)).toMatch(/role="alert".*larger than the padded input/);
  });
});

describe('CnnHistoryDiagram', () => {
  it('puts every milestone on the timeline with the parameters the catalogue computes', () => {
    const t = text(<CnnHistoryDiagram variant="timeline" />);
    for (const m of MILESTONES) {
      expect(t).toContain(m.name);
      expect(t).toContain(`${formatCompact(analyseNetwork(m.id).totals.params)} parameters`);
    }
    expect(t).toContain('138 M parameters');
    expect(t).toContain('61.7 K parameters');
    expect(html(<CnnHistoryDiagram variant="timeline" />)).toContain(`VGG-16, ${formatCount(138357544)} parameters`);
  });
  it('draws the winners in order with the error each year, and the human line', () => {
    const t = text(<CnnHistoryDiagram variant="errors" />);
    const at = ILSVRC_WINNERS.map((w) => t.indexOf(`${w.top5} %`));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(t).toContain(`one trained human: ${HUMAN_TOP5.top5} %`);
    expect(t).toContain(`scored ${ALEXNET_SUPPLIED_ONLY.top5} %`);
    expectAccessible(html(<CnnHistoryDiagram />));
  });
  it('shows the reason for an unknown variant', () => {
    expect(html(<CnnHistoryDiagram variant="boxes" />)).toMatch(/role="alert".*no variant "boxes"/);
  });
});

describe('published figures of the charts', () => {
  it('are years in order and errors that fall, each with a source', () => {
    expect(ILSVRC_WINNERS.map((w) => w.year)).toEqual([2010, 2011, 2012, 2013, 2014, 2015]);
    for (let i = 1; i < ILSVRC_WINNERS.length; i++) expect(ILSVRC_WINNERS[i].top5).toBeLessThan(ILSVRC_WINNERS[i - 1].top5);
    for (const m of MILESTONES) expect(m.source.length).toBeGreaterThan(10);
    for (const w of ILSVRC_WINNERS) expect(w.source.length).toBeGreaterThan(10);
    for (const [id, a] of Object.entries(IMAGENET_TOP1)) {
      expect(networkIds, id).toContain(id);
      expect(a!.source.length, id).toBeGreaterThan(10);
      expect(a!.top1).toBeGreaterThan(50);
      expect(a!.top1).toBeLessThan(85);
    }
  });
  it('agree with what the lessons quote: AlexNet 15.3 % in 2012, GoogLeNet 6.67 % in 2014', () => {
    const quoted = PUBLISHED.map((f) => f.text).join(' ');
    for (const year of [2012, 2014]) {
      const w = ILSVRC_WINNERS.find((x) => x.year === year)!;
      expect(quoted).toMatch(new RegExp(`${w.top5} ?%`));
    }
    expect(quoted).toMatch(new RegExp(`${ALEXNET_SUPPLIED_ONLY.top5} ?%`));
  });
});

describe('AccuracyComputeChart', () => {
  it('places each network at its computed MACs and published accuracy', () => {
    const t = html(<AccuracyComputeChart />);
    for (const id of DEFAULT_NETWORKS) {
      const a = analyseNetwork(id);
      expect(t).toContain(`${formatCompact(a.totals.macs)} MACs, ${IMAGENET_TOP1[id]!.top1} %`);
    }
    expect(t).toContain('ResNet-50: 4.09 G MACs, 76.13 %');
    expect(t).toContain('MobileNet v2: 301 M MACs, 71.878 %');
    expectAccessible(t);
  });
  it('follows the list it is given', () => {
    const t = html(<AccuracyComputeChart networks="alexnet,resnet34" />);
    expect(t).toContain(`ResNet-34: ${formatCompact(analyseNetwork('resnet34').totals.macs)} MACs, 73.314 %`);
    expect(t).not.toContain('MobileNet v2:');
  });
  it('shows the reason for a network without a published accuracy', () => {
    expect(html(<AccuracyComputeChart networks="lenet5" />)).toMatch(/role="alert".*no published accuracy for "lenet5"/);
    expect(html(<AccuracyComputeChart networks="nonet" />)).toMatch(/role="alert".*"nonet"/);
  });
});

describe('placeLabels', () => {
  it('keeps labels off each other and off the points when there is room', () => {
    const points = [{ x: 100, y: 100, text: 'first' }, { x: 112, y: 100, text: 'second' }, { x: 100, y: 116, text: 'third' }];
    const labels = placeLabels(points, [0, 0, 400, 400]);
    const boxes = labels.map((l) => {
      const w = l.text.length * 8;
      const left = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - w : l.x - w / 2;
      return [left, l.y - 7, left + w, l.y + 7];
    });
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        expect(a[2] <= b[0] || b[2] <= a[0] || a[3] <= b[1] || b[3] <= a[1], `${labels[i].text} / ${labels[j].text}`).toBe(true);
      }
    }
  });
});
