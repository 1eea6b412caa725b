/**
 * The plain convolution over 1, 2 or 3 axes (lib/nn/convNd) against PyTorch's golden vectors,
 * and the shapes the lesson's figure prints.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convNd, convNdGradients, convNdShape } from '@/lib/nn/convNd';
import { builtinGoldenDir, compareTensor, type GoldenCase } from '../compute/golden-helpers';

const load = (name: string): GoldenCase => JSON.parse(readFileSync(`${builtinGoldenDir}/${name}.json`, 'utf8')) as GoldenCase;

describe.each([['conv1d_basic', 1], ['conv3d_basic', 3]] as const)('%s', (name, axes) => {
  const c = load(name);
  const list = (key: string) => c.attrs[key] as number[];
  const settings = { stride: list('stride'), padding: list('padding'), dilation: list('dilation') };
  const { x, w, b, gy } = c.inputs;

  it(`has ${axes} spatial axis settings`, () => {
    expect(settings.stride).toHaveLength(axes);
  });

  it('matches PyTorch forward and backward', () => {
    const y = convNd({ x, w, b }, settings);
    const g = convNdGradients({ x, w, b }, gy.data, settings);
    const problems = [
      ...compareTensor('y', y, c.outputs.y, c.tolerance),
      ...compareTensor('dx', g.dx, c.outputs.dx, c.tolerance),
      ...compareTensor('dw', g.dw, c.outputs.dw, c.tolerance),
      ...compareTensor('db', g.db, c.outputs.db, c.tolerance),
    ];
    expect(problems).toEqual([]);
  });

  it('fails the comparison when a weight changes', () => {
    const changed = { shape: w.shape, data: w.data.map((v, i) => (i === 0 ? v + 0.5 : v)) };
    expect(compareTensor('y', convNd({ x, w: changed, b }, settings), c.outputs.y, c.tolerance).length).toBeGreaterThan(0);
  });
});

describe('convNdShape', () => {
  it('gives the output, weights and MACs along every axis', () => {
    expect(convNdShape([1, 100], 4, [5], { stride: [1], padding: [0] })).toEqual({ input: [1, 100], kernel: [4, 1, 5], output: [4, 96], params: 24, macs: 4 * 96 * 5 });
    const video = convNdShape([3, 16, 112, 112], 64, [3, 3, 3], { stride: [1, 1, 1], padding: [1, 1, 1] });
    expect(video).toMatchObject({ output: [64, 16, 112, 112], params: 64 * 3 * 27 + 64, macs: 64 * 16 * 112 * 112 * 81 });
    const image = convNdShape([3, 32, 32], 8, [3, 3], { stride: [2, 2], padding: [1, 1] });
    expect(image).toMatchObject({ output: [8, 16, 16] });
  });

  it('says why there is no output', () => {
    expect(convNdShape([1, 4], 1, [7], { stride: [1], padding: [0] })).toMatch(/larger than the padded input/);
    expect(convNdShape([1, 8, 8], 1, [3], { stride: [1, 1], padding: [0, 0] })).toMatch(/one entry per spatial axis/);
  });
});
