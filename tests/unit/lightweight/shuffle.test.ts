/**
 * The channel-shuffle permutation against PyTorch (the golden channel_shuffle vector) and against
 * the golden-tested tfjs op, the groups a second grouped convolution reads, and the MAC formulas of
 * ShuffleNet v2's guidelines against sums written out here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { channelShuffle } from '@/lib/compute/channelShuffle';
import { tf } from '@/lib/compute/tf';
import { elementwiseMac, equalWidthTable, groupsProblem, groupsSeen, groupTable, macLowerBound, pointwiseMac, shuffleSource } from '@/lib/lightweight/shuffle';
import { divisors, schema, stateError } from '@/components/widgets/ChannelShuffle/state';
import { problemText } from '@/components/widgets/ChannelShuffle/strings';

const golden = JSON.parse(readFileSync(path.resolve(__dirname, '../../golden/channel_shuffle_g3.json'), 'utf8'));

describe('shuffleSource', () => {
  it("moves whole channels exactly as PyTorch's golden channel_shuffle (9 channels, 3 groups)", () => {
    const [, c, h, w] = golden.inputs.x.shape as number[];
    const plane = h * w;
    const x: number[] = golden.inputs.x.data;
    const y: number[] = golden.outputs.y.data;
    const src = shuffleSource(c, golden.attrs.groups);
    for (let j = 0; j < c; j++) expect(y.slice(j * plane, (j + 1) * plane)).toEqual(x.slice(src[j] * plane, (src[j] + 1) * plane));
    expect(src).toEqual([0, 3, 6, 1, 4, 7, 2, 5, 8]);
  });

  it('agrees with the tfjs op for every divisor of 6 to 24 channels', () => {
    for (let c = 6; c <= 24; c++) {
      for (const g of divisors(c)) {
        const x = tf.tensor4d(Array.from({ length: c }, (_, i) => i), [1, c, 1, 1]);
        const y = channelShuffle(x, g);
        expect(Array.from(y.dataSync())).toEqual(shuffleSource(c, g));
        tf.dispose([x, y]);
      }
    }
  });

  it('is a permutation, and one group or one channel per group leaves the order unchanged', () => {
    const p = shuffleSource(24, 4);
    expect([...p].sort((a, b) => a - b)).toEqual(Array.from({ length: 24 }, (_, i) => i));
    expect(shuffleSource(8, 1)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(shuffleSource(8, 8)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('refuses groups that do not divide the channels', () => {
    expect(groupsProblem(12, 5)).toBe('divisor');
    expect(() => shuffleSource(12, 5)).toThrow();
  });
});

describe('groupsSeen', () => {
  it('without a shuffle each group reads only itself; with it every group reads all groups', () => {
    expect(groupsSeen(12, 3, false)).toEqual([[0], [1], [2]]);
    expect(groupsSeen(12, 3, true)).toEqual([[0, 1, 2], [0, 1, 2], [0, 1, 2]]);
    // 6 channels in 3 groups: 2 per group, so a group of the next layer can read only 2 of the 3.
    expect(groupsSeen(6, 3, true)).toEqual([[0, 1], [0, 2], [1, 2]]);
  });
});

describe('ChannelShuffle state', () => {
  it('explains a groups count that does not divide the channels, naming the divisors', () => {
    const e = stateError({ channels: 9, groups: 2, step: 0 });
    expect(e?.field).toBe('groups');
    expect(e && problemText(e.issue)).toContain('1, 3, 9');
    expect(stateError({ channels: 9, groups: 3, step: 0 })).toBeNull();
  });
  it('rejects a link with impossible numbers', () => {
    expect(schema.parse({ channels: 100 }).issues).toMatchObject([{ field: 'channels', code: 'out-of-range' }]);
    expect(schema.parse({ step: -1 }).issues).toMatchObject([{ field: 'step', code: 'out-of-range' }]);
    expect(schema.parse({ channels: 12, groups: 4, step: 3 })).toEqual({ state: { channels: 12, groups: 4, step: 3 }, issues: [] });
  });
});

describe('guideline arithmetic', () => {
  const hw = 56 * 56;
  it('G1: MAC is hw(c1 + c2) + c1·c2, smallest at c1 = c2 and equal to the bound there', () => {
    const rows = equalWidthTable(hw, 128 * 128, [1, 4, 16, 64]);
    expect(rows.map((r) => [r.c1, r.c2])).toEqual([[128, 128], [64, 256], [32, 512], [16, 1024]]);
    for (const r of rows) expect(r.flops).toBe(hw * 128 * 128);
    expect(rows[0].mac).toBe(3136 * 256 + 16384);
    expect(rows[1].mac).toBe(3136 * 320 + 16384);
    for (let i = 1; i < rows.length; i++) expect(rows[i].mac).toBeGreaterThan(rows[i - 1].mac);
    expect(macLowerBound(hw, rows[0].flops)).toBe(rows[0].mac);
  });
  it('G2: at the same FLOPs, MAC grows with the groups', () => {
    const rows = groupTable(hw, 128, [1, 4, 16]);
    expect(rows.map((r) => r.c1)).toEqual([128, 256, 512]);
    for (const r of rows) expect(r.flops).toBe(hw * 128 * 128);
    expect(rows[2].mac).toBe(3136 * 1024 + (512 * 512) / 16);
    expect(pointwiseMac(hw, 256, 256, 4)).toBe(3136 * 512 + 16384);
  });
  it('G4: an element-wise add of two maps reads both and writes one', () => {
    expect(elementwiseMac(100, 2)).toBe(300);
  });
});
