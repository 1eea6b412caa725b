/**
 * The overview on the course's trained classifier (public/models/fashion-cnn.weights) and real
 * test images: what every column is called and holds, that the pass agrees with the network's own
 * prediction, that every unit's explanation adds up, and that nothing is left in memory.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ready, tf } from '@/lib/compute';
import { inferShapes } from '@/lib/compute/training/spec';
import { imageBatch } from '@/lib/compute/training/dataset';
import { explainUnit, overviewPass, type UnitRef } from '@/lib/compute/overview';
import { loadTeacher } from '../compression/teacher';
import { fashion } from '../training/fashionData';
import { checkExplanation } from './checks';
import { passOf, unitsOf } from './helpers';
import { SPECS } from './specs';

beforeAll(ready);

const { network, header } = loadTeacher();
afterAll(() => network.dispose());

async function testImage(i: number): Promise<{ image: Float32Array; label: number }> {
  const { test } = await fashion();
  const batch = imageBatch(test, [i]);
  const image = Float32Array.from(batch.dataSync() as Float32Array);
  batch.dispose();
  return { image, label: test.labels[i] };
}

describe('one pass of the shipped network', () => {
  it('has a column per layer, named, shaped and counted from the spec, input first and softmax last', async () => {
    const pass = overviewPass(network, (await testImage(0)).image);
    expect(pass.layers.map((l) => l.label)).toEqual([
      'input 28×28×1', 'conv 3×3 · 16', 'ReLU', 'max pool 2×2', 'conv 3×3 · 32', 'ReLU', 'max pool 2×2',
      'flatten', 'dense · 64', 'ReLU', 'dropout 0.3', 'dense · 10', 'softmax · 10',
    ]);
    expect(pass.layers.map((l) => l.index)).toEqual(Array.from({ length: 13 }, (_, i) => i - 1));
    expect(pass.layers.map((l) => l.shape)).toEqual([[28, 28, 1], [28, 28, 16], [28, 28, 16], [14, 14, 16], [14, 14, 32], [14, 14, 32], [7, 7, 32], [1568], [64], [64], [64], [10], [10]]);
    // 3·3·1·16 + 16, 3·3·16·32 + 32, 1568·64 + 64, 64·10 + 10.
    expect(pass.layers.map((l) => l.params)).toEqual([0, 160, 0, 0, 4640, 0, 0, 0, 100416, 0, 0, 650, 0]);
    const shapes = inferShapes(header.spec);
    expect(shapes.ok && shapes.params).toBe(pass.layers.reduce((n, l) => n + l.params, 0));
    for (const l of pass.layers) {
      expect(l.values.length).toBe(l.shape.reduce((a, b) => a * b, 1));
      expect(l.range).toEqual([Math.min(...l.values), Math.max(...l.values)]);
    }
  });

  it('gives the network\'s own logits and prediction, and probabilities that sum to 1', async () => {
    const { test } = await fashion();
    let right = 0;
    for (let i = 0; i < 20; i++) {
      const { image, label } = await testImage(i);
      const pass = overviewPass(network, image);
      const logits = tf.tidy(() => network.apply(tf.tensor4d(image, [1, 28, 28, 1]), { training: false }));
      const own = Array.from(logits.dataSync());
      logits.dispose();
      expect(Array.from(pass.layers.at(-2)!.values)).toEqual(own);
      expect(pass.probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
      expect(pass.predicted).toBe(own.indexOf(Math.max(...own)));
      if (pass.predicted === label) right++;
    }
    expect(test.count).toBe(1000);
    expect(right).toBeGreaterThanOrEqual(15); // a trained classifier, not a random one
  });

  it('explains its units, every layer, and each explanation adds up to the map', async () => {
    const pass = overviewPass(network, (await testImage(7)).image);
    let n = 0;
    for (const layer of pass.layers) {
      const units = unitsOf(layer.shape, layer.index);
      const step = units.length > 2000 ? 17 : 1; // the big maps: a spread of units over every channel
      for (let i = 0; i < units.length; i += step) {
        checkExplanation(pass, units[i], explainUnit(network, pass, units[i]));
        n++;
      }
    }
    expect(n).toBeGreaterThan(3000);
  }, 120_000);

  it('says what is wrong with an image of the wrong size or with a value that is not a number', () => {
    expect(() => overviewPass(network, new Float32Array(27 * 28))).toThrow('The image should hold 28×28×1 = 784 values (got 756).');
    const bad = new Float32Array(784);
    bad[5] = NaN;
    expect(() => overviewPass(network, bad)).toThrow(/not a finite number \(NaN at index 5\)/);
  });
});

it('leaves no tensor behind after 100 passes and explanations of every kind', async () => {
  const blocks = passOf(SPECS.blocks);
  const { image } = await testImage(1);
  const units: UnitRef[] = [
    { layer: 0, channel: 3, y: 10, x: 11 }, { layer: 3, channel: 30, y: 5, x: 6 }, { layer: 5, channel: 2, y: 3, x: 3 },
    { layer: 7, channel: 12, y: 0, x: 0 }, { layer: 11, channel: 4, y: 0, x: 0 },
  ];
  const round = (r: number) => {
    const pass = overviewPass(network, Float32Array.from(image, (v) => v * (1 - r / 200)));
    for (const u of units) explainUnit(network, pass, u);
    const b = overviewPass(blocks.network, Float32Array.from(blocks.pass.layers[0].values, (v) => v * (1 - r / 200)));
    for (let layer = 0; layer < SPECS.blocks.layers.length; layer++) explainUnit(blocks.network, b, { layer, channel: 0, y: 0, x: 0 });
  };
  round(0);
  const before = tf.memory().numTensors;
  for (let r = 1; r <= 100; r++) round(r);
  expect(tf.memory().numTensors).toBe(before);
  blocks.network.dispose();
}, 120_000);
