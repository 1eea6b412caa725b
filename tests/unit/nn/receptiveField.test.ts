/** Receptive-field arithmetic (Araujo, Norris and Sim, Distill 2019). */
import { describe, expect, it } from 'vitest';
import { receptiveField, receptiveFieldsByLayer, receptiveRegion } from '@/lib/nn/receptiveField';

describe('receptiveField', () => {
  it('stacked 3×3 convolutions see 3, 5, 7 pixels: two 3×3 cover a 5×5, three cover a 7×7', () => {
    const three = { kernel: 3, stride: 1, padding: 1 };
    expect(receptiveFieldsByLayer([three, three, three]).map((r) => r.size)).toEqual([3, 5, 7]);
    expect(receptiveField([three, three, three])).toEqual({ size: 7, effectiveStride: 1, effectivePadding: 3 });
  });

  it('matches the Distill article for AlexNet v2 up to pool5: 195 pixels, stride 32, padding 64', () => {
    const layers = [
      { kernel: 11, stride: 4 }, { kernel: 3, stride: 2 },
      { kernel: 5, padding: 2 }, { kernel: 3, stride: 2 },
      { kernel: 3, padding: 1 }, { kernel: 3, padding: 1 }, { kernel: 3, padding: 1 }, { kernel: 3, stride: 2 },
    ];
    expect(receptiveField(layers)).toEqual({ size: 195, effectiveStride: 32, effectivePadding: 64 });
  });

  it('counts a dilated kernel by its spread: two 3×3 with dilation 2 see 9 pixels', () => {
    expect(receptiveField([{ kernel: 3, dilation: 2 }, { kernel: 3, dilation: 2 }]).size).toBe(9);
  });

  it('an empty chain sees one pixel', () => {
    expect(receptiveField([])).toEqual({ size: 1, effectiveStride: 1, effectivePadding: 0 });
  });

  it('locates the input region of an output cell, padding included', () => {
    const rf = receptiveField([{ kernel: 3, padding: 1 }, { kernel: 2, stride: 2 }, { kernel: 3, padding: 1 }]);
    expect(rf).toEqual({ size: 8, effectiveStride: 2, effectivePadding: 3 });
    expect(receptiveRegion(rf, 0)).toEqual({ start: -3, end: 4 });
    expect(receptiveRegion(rf, 5)).toEqual({ start: 7, end: 14 });
  });

  it('names the layer and setting that is impossible', () => {
    expect(() => receptiveField([{ kernel: 3 }, { kernel: 3, stride: 0 }])).toThrow('Layer 2: the stride must be a whole number of at least 1 (got 0).');
    expect(() => receptiveField([{ kernel: 2.5 }])).toThrow(/Layer 1: the kernel must be a whole number/);
  });
});
