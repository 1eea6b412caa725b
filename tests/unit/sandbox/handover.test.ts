import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { HANDOVER_KEY, readHandover, saveHandover, type StorageLike } from '@/lib/sandbox/handover';
import { SMALL_CNN } from '@/lib/compute/training/spec';

const memory = (): StorageLike & { data: Map<string, string> } => {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
};
const weights = new Map([['0.kernel', Float32Array.from({ length: 72 }, (_, i) => i / 7)], ['0.bias', new Float32Array([0.5, -1, 2, 0, 0, 0, 0, 3])]]);

describe('handing the sandbox network to the overview', () => {
  it('brings back the same spec and weights, value for value', () => {
    const store = memory();
    expect(saveHandover(store, SMALL_CNN, weights, { testAccuracy: 0.81 })).toBeNull();
    const got = readHandover(store);
    if (!got.ok) throw new Error(got.error);
    expect(got.spec).toEqual(SMALL_CNN);
    expect(got.about).toEqual({ testAccuracy: 0.81 });
    expect([...got.weights.keys()]).toEqual(['0.kernel', '0.bias']);
    expect(Array.from(got.weights.get('0.kernel')!)).toEqual(Array.from(weights.get('0.kernel')!));
  });

  it('says what is wrong when nothing is stored, storage is blocked or full, or the entry is damaged', () => {
    expect(readHandover(memory())).toEqual({ ok: false, error: expect.stringContaining('No sandbox network') });
    const blocked: StorageLike = { getItem: () => { throw new Error('SecurityError'); }, setItem: () => { throw new Error('QuotaExceededError'); } };
    expect(readHandover(blocked)).toEqual({ ok: false, error: expect.stringContaining('does not let the page read') });
    expect(saveHandover(blocked, SMALL_CNN, weights, {})).toMatch(/would not store the network \(QuotaExceededError\)/);
    const store = memory();
    store.setItem(HANDOVER_KEY, 'not base64 at all!');
    expect(readHandover(store)).toEqual({ ok: false, error: expect.stringContaining('cannot be read') });
  });

  it('never throws on any stored text (fuzzed)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.base64String(), fc.uint8Array().map((b) => btoa(String.fromCharCode(...b)))), (text) => {
        const store = memory();
        store.setItem(HANDOVER_KEY, text);
        const r = readHandover(store);
        expect(typeof r.ok).toBe('boolean');
      }),
    );
  });
});
