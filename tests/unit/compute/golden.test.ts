/**
 * Every golden vector (tests/golden, and GOLDEN_DIR when set) is one test named after its case.
 * The harness checks at the end make sure it can fail.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ready, tf } from '@/lib/compute';
import { assertOutputsMatch, compareTensor, goldenDirs, loadGoldenDir, type GoldenCase } from './golden-helpers';
import { runGoldenCase } from './golden-ops';

beforeAll(ready);

for (const { label, dir } of goldenDirs()) {
  describe(label, () => {
    for (const entry of loadGoldenDir(dir)) {
      if ('error' in entry) {
        it(entry.file, () => {
          throw new Error(entry.error);
        });
        continue;
      }
      const c = entry.case;
      it(c.name, () => {
        const before = tf.memory().numTensors;
        assertOutputsMatch(c, runGoldenCase(c));
        expect(tf.memory().numTensors, 'tensors left behind').toBe(before);
      });
    }
  });
}

describe('golden harness', () => {
  const base: GoldenCase = {
    name: 'harness_relu',
    op: 'activation',
    attrs: { name: 'relu' },
    inputs: { x: { shape: [3], data: [-1, 0, 2] } },
    outputs: { y: { shape: [3], data: [0, 0, 2] }, dydx: { shape: [3], data: [0, 0, 1] } },
    tolerance: { abs: 1e-6, rel: 0 },
  };

  it('passes a case the implementation gets right', () => {
    expect(() => assertOutputsMatch(base, runGoldenCase(base))).not.toThrow();
  });

  it('fails an unknown op instead of skipping it', () => {
    expect(() => runGoldenCase({ ...base, op: 'no_such_op' })).toThrow(/unknown op "no_such_op"/);
  });

  it('fails an unknown activation name', () => {
    expect(() => runGoldenCase({ ...base, attrs: { name: 'swish' } })).toThrow(/unknown activation name "swish"/);
  });

  it('fails a value outside the tolerance, a wrong shape, a NaN and a missing output', () => {
    const wrong = { ...base, outputs: { ...base.outputs, y: { shape: [3], data: [0, 0, 2.001] } } };
    expect(() => assertOutputsMatch(wrong, runGoldenCase(wrong))).toThrow(/y\[2\]: got 2, expected 2.001/);
    expect(compareTensor('y', { shape: [1, 3], data: [0, 0, 2] }, base.outputs.y, base.tolerance)).toHaveLength(1);
    expect(compareTensor('y', { shape: [3], data: [0, NaN, 2] }, base.outputs.y, base.tolerance).length).toBeGreaterThan(0);
    const extra = { ...base, outputs: { ...base.outputs, z: { shape: [1], data: [0] } } };
    expect(() => assertOutputsMatch(extra, runGoldenCase(extra))).toThrow(/z: the implementation .* did not produce/);
  });

  it('fails an unsupported setting', () => {
    const mean = { ...base, op: 'l1_loss', attrs: { reduction: 'sum' } };
    expect(() => runGoldenCase(mean)).toThrow(/unsupported reduction "sum"/);
  });
});
