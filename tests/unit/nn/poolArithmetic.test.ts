/** Pooling output sizes, floor and ceil mode, against published layer shapes. */
import { describe, expect, it } from 'vitest';
import { poolOutputSize } from '@/lib/nn/poolArithmetic';

const size = (g: Parameters<typeof poolOutputSize>[0]) => {
  const r = poolOutputSize(g);
  if (!r.ok) throw new Error(r.error);
  return r.size;
};

describe('poolOutputSize', () => {
  it("gives AlexNet's overlapping pooling 55 → 27 and VGG's 2×2 pooling 224 → 112", () => {
    expect(size({ n: 55, f: 3, s: 2 })).toBe(27);
    expect(size({ n: 224, f: 2 })).toBe(112);
  });

  it("rounds up in ceil mode: GoogLeNet's pooling 112 → 56 → 28 (torchvision, ceil_mode=True), where floor gives 55", () => {
    // The Inception paper's table lists 56×56 after the first pooling and 28×28 after the second.
    expect(size({ n: 112, f: 3, s: 2, ceilMode: true })).toBe(56);
    expect(size({ n: 56, f: 3, s: 2, ceilMode: true })).toBe(28);
    expect(size({ n: 112, f: 3, s: 2 })).toBe(55);
    expect(size({ n: 14, f: 2, s: 2, ceilMode: true })).toBe(7);
  });

  it('never starts a ceil-mode window in the far padding (PyTorch drops it)', () => {
    // n = 5, f = 2, s = 2, p = 1: ceil((5 + 2 − 2)/2) + 1 = 4, but window 4 would start at 3·2 = 6 ≥ n + p = 6, in the padding: 3.
    expect(size({ n: 5, f: 2, s: 2, p: 1, ceilMode: true })).toBe(3);
    expect(size({ n: 5, f: 2, s: 2, p: 1 })).toBe(3);
  });

  it('refuses padding over half the kernel, as PyTorch does', () => {
    const r = poolOutputSize({ n: 8, f: 2, p: 2 });
    expect(r.ok).toBe(false);
  });
});
