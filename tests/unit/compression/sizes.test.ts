import { describe, expect, it } from 'vitest';
import { floatBytes, quantisedBytes, sparseBytes } from '@/lib/compression/sizes';

describe('model sizes', () => {
  // A layer of 1,000 weights and 10 biases: the biases stay float32.
  const model = [
    { size: 1000, scales: 1 },
    { size: 10, scales: 0 },
  ];
  it('float32: four bytes a value', () => expect(floatBytes(model)).toBe(4040));
  it('k-bit codes packed per tensor, a 4-byte scale, float biases', () => {
    expect(quantisedBytes(model, 8)).toBe(1000 + 4 + 40);
    expect(quantisedBytes(model, 4)).toBe(500 + 4 + 40);
    expect(quantisedBytes(model, 2)).toBe(250 + 4 + 40);
    // 6 bits × 1,000 = 6,000 bits = 750 bytes.
    expect(quantisedBytes(model, 6)).toBe(750 + 4 + 40);
  });
  it('rounds a tensor up to whole bytes and counts one scale per channel', () => {
    expect(quantisedBytes([{ size: 9, scales: 1 }], 4)).toBe(5 + 4);
    expect(quantisedBytes([{ size: 288, scales: 8 }], 4)).toBe(144 + 32);
  });
  it('sparse storage: value + 2-byte index per kept weight', () => expect(sparseBytes(100)).toBe(600));
});

describe('low-rank factorisation', () => {
  it('stores r(m + n) weights for U (m × r) and V (r × n)', async () => {
    const { lowRankParams } = await import('@/lib/compression/sizes');
    // U: 6 × 2 = 12, V: 2 × 4 = 8.
    expect(lowRankParams(6, 4, 2)).toBe(12 + 8);
    expect(() => lowRankParams(6, 4, 5)).toThrow(/rank/);
  });
});
