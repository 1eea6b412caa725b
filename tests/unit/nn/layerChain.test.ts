/** A chain of conv and pooling layers: map sizes, regions, weight counts; and the spread of a map. */
import { describe, expect, it } from 'vitest';
import { chainCosts, clipRegion, regionInMap, walkChain, type ChainLayer } from '@/lib/nn/layerChain';
import { fieldSpread, shareSquare } from '@/lib/nn/fieldSpread';

const conv = (kernel: number, stride = 1, padding = 0, dilation = 1): ChainLayer => ({ kind: 'conv', kernel, stride, padding, dilation });
const maxPool = (kernel: number, padding = 0): ChainLayer => ({ kind: 'max', kernel, stride: kernel, padding, dilation: 1 });

describe('walkChain', () => {
  it('gives every map side and field: 16 → conv3 p1 → 16 → pool2 → 8 → conv3 p1 → 8', () => {
    const r = walkChain(16, [conv(3, 1, 1), maxPool(2), conv(3, 1, 1)]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.maps.map((m) => m.side)).toEqual([16, 16, 8, 8]);
    // 1 + 2, + 1, + 2·2 (Araujo et al.), strides 1, 2, 2.
    expect(r.maps.map((m) => m.field.size)).toEqual([1, 3, 4, 8]);
    expect(r.maps.map((m) => m.field.effectiveStride)).toEqual([1, 1, 2, 2]);
  });

  it('names the layer that does not fit, and an impossible pooling pad', () => {
    const r = walkChain(5, [conv(3), conv(3), conv(3)]);
    expect(r).toMatchObject({ ok: false, failedAt: 2 });
    if (!r.ok) expect(r.error).toBe('Layer 3 does not fit its 1×1 input: the kernel (3 wide) is larger than the padded input (1).');
    const p = walkChain(8, [maxPool(2, 2)]);
    if (!p.ok) expect(p.error).toMatch(/^Layer 1: a 2×2 pooling window takes at most 1 cell of padding \(got 2\)/);
    expect(p.ok).toBe(false);
  });
});

describe('regionInMap', () => {
  const layers = [conv(3, 1, 1), conv(3, 1, 1)];
  it('places the field of the layers after each map on the unit', () => {
    expect(regionInMap(layers, 0, 0, 5)).toEqual({ r0: -2, r1: 2, c0: 3, c1: 7 });
    expect(regionInMap(layers, 1, 0, 5)).toEqual({ r0: -1, r1: 1, c0: 4, c1: 6 });
    expect(regionInMap(layers, 2, 0, 5)).toEqual({ r0: 0, r1: 0, c0: 5, c1: 5 });
    expect(clipRegion(regionInMap(layers, 0, 0, 5), 8)).toEqual({ r0: 0, r1: 2, c0: 3, c1: 7 });
  });
});

describe('chainCosts', () => {
  it('counts shared, locally connected and fully connected weights of each conv layer', () => {
    const [first, second] = chainCosts(8, [conv(3, 1, 1), maxPool(2), conv(3, 1, 1)], 4);
    expect(first).toEqual({ index: 0, shared: 9 * 16, local: 9 * 16 * 64, full: (64 * 4) ** 2 });
    expect(second).toEqual({ index: 2, shared: 9 * 16, local: 9 * 16 * 16, full: (16 * 4) ** 2 });
  });
});

describe('fieldSpread and shareSquare', () => {
  it('find the centre, the spread and the square holding a share of a map', () => {
    // Mass 1 at (1,1) and at (1,3) on a 5×5 map: centre (1, 2), σ 0 along rows, 1 along columns.
    const m = new Float32Array(25);
    m[6] = 1;
    m[8] = 1;
    expect(fieldSpread(m, 5)).toEqual({ total: 2, mean: [1, 2], std: [0, 1] });
    expect(shareSquare(m, 5, [1, 2], 0.5)).toBe(3);
    expect(shareSquare(m, 5, [1, 1], 0.5)).toBe(1);
    expect(shareSquare(new Float32Array(25), 5, [2, 2], 0.5)).toBe(0);
  });
});
