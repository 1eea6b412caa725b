import { describe, expect, it } from 'vitest';
import { exampleLayer, flatIndex, fmt3, selectionByKey } from '@/components/widgets/FcAsConv/model';
import { DEFAULT_STATE as FC_DEFAULT, schema as fcSchema, stateError as fcError } from '@/components/widgets/FcAsConv/state';
import { channelVector, pixelByKey, pixelTex, pointwiseParams } from '@/components/widgets/PointwiseConv/model';
import { schema as pointwiseSchema } from '@/components/widgets/PointwiseConv/state';
import { headCounts } from '@/components/widgets/ClassifierHeads/model';
import { schema as headsSchema } from '@/components/widgets/ClassifierHeads/state';
import { dropoutView, logSample, maskDraws, nextPlayCount } from '@/components/widgets/DropoutDemo/model';
import { DEFAULT_STATE as DROP_DEFAULT, MAX_MASKS, schema as dropSchema } from '@/components/widgets/DropoutDemo/state';
import { ISSUES as DROP_ISSUES } from '@/components/widgets/DropoutDemo/strings';
import { issuesText } from '@/components/widgets/shared/frame/issueStrings';

describe('FcAsConv', () => {
  it('flattens channel, row, column: reshaping a weight row [C·H·W] to [C, H, W] gives the kernel', () => {
    const [c, h, w] = [2, 3, 4];
    const seen = new Set<number>();
    for (let ch = 0; ch < c; ch++) for (let r = 0; r < h; r++) for (let col = 0; col < w; col++) seen.add(flatIndex(ch, r, col, h, w));
    expect([...seen].sort((a, b) => a - b)).toEqual(Array.from({ length: c * h * w }, (_, i) => i));
    expect(flatIndex(1, 0, 0, h, w)).toBe(h * w);
  });
  it('builds the example from the seed, image larger by `extra`', () => {
    const l = exampleLayer({ ...FC_DEFAULT, extra: 2 });
    expect(l.inputShape).toEqual([2, 5, 5]);
    expect(l.weights).toHaveLength(4 * 18);
    expect(exampleLayer(FC_DEFAULT)).toEqual(exampleLayer(FC_DEFAULT));
    expect(exampleLayer({ ...FC_DEFAULT, seed: 2 }).input).not.toEqual(exampleLayer(FC_DEFAULT).input);
  });
  it('moves the selection with keys, within bounds', () => {
    expect(selectionByKey('ArrowDown', { unit: 3, pos: 0 }, 4, 1)).toEqual({ unit: 3, pos: 0 });
    expect(selectionByKey('ArrowUp', { unit: 3, pos: 0 }, 4, 1)).toEqual({ unit: 2, pos: 0 });
    expect(selectionByKey('End', { unit: 0, pos: 0 }, 4, 9)).toEqual({ unit: 0, pos: 8 });
    expect(selectionByKey('x', { unit: 0, pos: 0 }, 4, 9)).toBeNull();
    expect(fmt3(-0.0001)).toBe('0.000');
    expect(fmt3(-1.5)).toBe('−1.500');
  });
  it('validates typed values and links', () => {
    expect(fcError({ ...FC_DEFAULT, c: 5 })).toMatchObject({ field: 'c' });
    expect(fcError({ ...FC_DEFAULT, h: Number.NaN })).toMatchObject({ field: 'h' });
    expect(fcSchema.parse({ c: 3, unit: 2 })).toEqual({ state: { ...FC_DEFAULT, c: 3, unit: 2 }, issues: [] });
    expect(fcSchema.parse({ extra: 4 }).issues).toMatchObject([{ field: 'extra', code: 'out-of-range' }]);
    expect(fcSchema.parse({ unit: -1 }).issues).toMatchObject([{ field: 'unit', code: 'out-of-range' }]);
    expect(fcSchema.parse('x').issues).toMatchObject([{ code: 'not-object' }]);
  });
});

describe('PointwiseConv', () => {
  it('reads a pixel’s channel vector and counts (C + 1)·O parameters', () => {
    // A [2, 2, 2] image: channel 0 = 1..4, channel 1 = 5..8; pixel 3 is (1, 1).
    expect(channelVector([1, 2, 3, 4, 5, 6, 7, 8], [2, 2, 2], 3)).toEqual([4, 8]);
    expect(pointwiseParams(256, 64)).toBe((256 + 1) * 64);
  });
  it('moves the pixel with arrow keys and stops at the borders', () => {
    expect(pixelByKey('ArrowRight', 3, 4, 4)).toBe(3);
    expect(pixelByKey('ArrowDown', 3, 4, 4)).toBe(7);
    expect(pixelByKey('ArrowUp', 3, 4, 4)).toBe(3);
    expect(pixelByKey('End', 0, 4, 4)).toBe(15);
  });
  it('writes W x + b = y with the numbers', () => {
    const tex = pixelTex([1, -0.5], 1, [0.2, 0.4], [0.1], [0.1]);
    expect(tex).toContain('1.0 & -0.5');
    expect(tex).toContain('= \\begin{bmatrix} 0.100 \\end{bmatrix}');
  });
  it('rejects bad links', () => {
    expect(pointwiseSchema.parse({ c: 7 }).issues).toMatchObject([{ field: 'c', code: 'out-of-range' }]);
    expect(pointwiseSchema.parse({ pixel: 1.5 }).issues).toMatchObject([{ field: 'pixel', code: 'not-whole' }]);
    expect(pointwiseSchema.parse({ h: 8, pixel: 3 })).toEqual({ state: { ...pointwiseSchema.defaults, h: 8, pixel: 3 }, issues: [] });
  });
});

describe('ClassifierHeads', () => {
  it('grows the flattening head with the map size, not the GAP heads', () => {
    const base = { h: 7, w: 7, c: 512, hidden: 4096, classes: 1000 };
    const a = headCounts(base);
    const b = headCounts({ ...base, h: 14, w: 14 });
    expect(b.flatLayers[0] - 4096).toBe(4 * (a.flatLayers[0] - 4096));
    expect(b.gap).toBe(a.gap);
    expect(b.nin).toBe(a.nin);
    expect(a.gap).toBe(512 * 1000 + 1000);
  });
  it('rejects bad links', () => {
    expect(headsSchema.parse({ classes: 0 }).issues).toMatchObject([{ field: 'classes', code: 'out-of-range' }]);
    expect(headsSchema.parse({ h: 14 })).toEqual({ state: { ...headsSchema.defaults, h: 14 }, issues: [] });
  });
});

describe('DropoutDemo', () => {
  const draws = maskDraws(DROP_DEFAULT.seed);
  it('follows as many masks as the state says, and the error falls roughly like σ/√n (linear)', () => {
    const v = dropoutView({ ...DROP_DEFAULT, masks: 2000 }, draws);
    expect(v.run.errors).toHaveLength(2000);
    expect(v.bias).toBeLessThan(1e-12);
    for (const n of [100, 2000]) {
      const ratio = v.run.errors[n - 1] / (v.sigma / Math.sqrt(n));
      expect(ratio).toBeGreaterThan(0.25);
      expect(ratio).toBeLessThan(4);
    }
  });
  it('after a ReLU the error levels off at the gap between the mean over masks and the test output', () => {
    const v = dropoutView({ ...DROP_DEFAULT, after: 'relu', masks: MAX_MASKS }, draws);
    expect(v.bias).toBeGreaterThan(0.05);
    expect(Math.abs(v.run.errors[MAX_MASKS - 1] - v.bias)).toBeLessThan(0.05);
  });
  it('shows the latest mask; p = 0 keeps every unit and gives the full output every time', () => {
    const v = dropoutView({ ...DROP_DEFAULT, p: 0, masks: 3 }, draws);
    expect(v.keep.every(Boolean)).toBe(true);
    v.run.outputs.forEach((y) => y.forEach((val, o) => expect(val).toBeCloseTo(v.full[o], 12)));
    expect(dropoutView({ ...DROP_DEFAULT, masks: 0 }, draws).keep).toEqual([]);
  });
  it('plays from one mask to the maximum, and samples a log axis', () => {
    let n = 1;
    let ticks = 0;
    while (n < MAX_MASKS) {
      n = nextPlayCount(n);
      ticks++;
    }
    expect(n).toBe(MAX_MASKS);
    expect(ticks).toBeLessThan(200);
    const idx = logSample(5000);
    expect(idx[0]).toBe(0);
    expect(idx.at(-1)).toBe(4999);
    expect(idx.length).toBeLessThan(600);
    expect(logSample(50)).toHaveLength(50);
  });
  it('validates links', () => {
    expect(dropSchema.parse({ p: 0.95 }).issues).not.toEqual([]);
    expect(dropSchema.parse({ masks: MAX_MASKS + 1 }).issues).not.toEqual([]);
    expect(dropSchema.parse({ scaling: 'sideways' }).issues).not.toEqual([]);
    expect(dropSchema.parse({ p: 0.3, after: 'relu', masks: 40 })).toEqual({ issues: [], state: { ...DROP_DEFAULT, p: 0.3, after: 'relu', masks: 40 } });
    // The sentence the lesson's browser test looks for after "was not applied:".
    expect(issuesText(dropSchema.parse({ p: 2 }).issues, DROP_ISSUES)).toBe('p must be a number from 0 to 0.9 (got 2).');
  });
});
