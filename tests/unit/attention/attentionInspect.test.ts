import { describe, expect, it } from 'vitest';
import { tf, ready } from '@/lib/compute/tf';
import { buildNetwork } from '@/lib/compute/training/network';
import { evaluate } from '@/lib/compute/training/classifier';
import { decodeWeights } from '@/lib/compute/training/weightsFile';
import { imageBatch } from '@/lib/compute/training/dataset';
import * as A from '@/lib/compute/attentionInspect';
import { ATTENTION_CNN } from '@/lib/attention/seCnn';
import { fashion } from '../training/fashionData';
import { modelBytes } from './attentionModel';

async function setup() {
  await ready();
  const bytes = modelBytes();
  const { header, weights } = decodeWeights(bytes);
  const full = buildNetwork(header.spec, 0);
  full.setWeights(weights);
  return { model: A.loadAttentionModel(bytes), full, header, test: (await fashion()).test };
}

describe('the shipped attention model (public/models/attention-cnn.weights)', () => {
  it('is the lesson\'s network, and its recorded accuracy is what it scores on the 1,000 test images', async () => {
    const { full, header, test } = await setup();
    expect(header.spec).toEqual(ATTENTION_CNN);
    const acc = evaluate(full, test).accuracy;
    expect(header.about.testAccuracy).toBeCloseTo(acc, 3);
    expect(acc).toBeGreaterThan(0.8);
    full.dispose();
  });

  it('cut around the attention layers and recomputed by hand, it gives the full network\'s probabilities', async () => {
    const { model, full, test } = await setup();
    const idx = Array.from({ length: 20 }, (_, i) => i * 50);
    const x = imageBatch(test, idx);
    const reference = tf.tidy(() => tf.softmax(full.apply(x, { training: false })).arraySync() as number[][]);
    const acts = full.activations(x);
    const [before, afterSe, afterMask] = [acts[model.split.seIndex - 1], acts[model.split.seIndex], acts[model.split.spatialIndex]].map((t) => t.arraySync() as number[][][][]);
    const maps = A.headMaps(model, x);
    maps.forEach((m, n) => {
      const r = A.inspectMaps(model, m);
      r.probs.forEach((p, k) => expect(p).toBeCloseTo(reference[n][k], 4));
      // The excitation is the ratio of the full network's maps after and before its SE layer.
      for (let c = 0; c < 16; c++) {
        const at = [3, 5, 7, 9].flatMap((y) => [3, 7, 10].map((x2) => [y, x2])).find(([y, x2]) => before[n][y][x2][c] > 0.05);
        if (at) expect(afterSe[n][at[0]][at[1]][c] / before[n][at[0]][at[1]][c]).toBeCloseTo(r.excitation[c], 4);
      }
      // The mask's factor 1 + M is the ratio across the spatial layer, between 1 and 2.
      for (let y = 0; y < 14; y += 3) {
        for (let x2 = 0; x2 < 14; x2 += 3) {
          const c = afterSe[n][y][x2].findIndex((v) => v > 0.05);
          if (c < 0) continue;
          const factor = afterMask[n][y][x2][c] / afterSe[n][y][x2][c];
          expect(factor).toBeCloseTo(r.factors[y * 14 + x2], 4);
          expect(factor).toBeGreaterThan(1);
          expect(factor).toBeLessThan(2);
        }
      }
    });
    tf.dispose([x, ...acts]);
    full.dispose();
    model.dispose();
  });

  it('overrides do what they say: off = every weight 1, hard top-k keeps exactly k channels, an override wins', async () => {
    const { model, test } = await setup();
    const x = imageBatch(test, [3]);
    const [m] = A.headMaps(model, x);
    const soft = A.inspectMaps(model, m);
    expect(A.inspectMaps(model, m, { channels: 'off' }).applied).toEqual(new Array(16).fill(1));
    const hard = A.inspectMaps(model, m, { channels: 'hard', hardChannels: 5 });
    expect(hard.applied.filter((w) => w > 0)).toHaveLength(5);
    const kept = [...soft.excitation].sort((a, b) => b - a).slice(0, 5);
    expect(hard.applied.filter((w) => w > 0).sort((a, b) => b - a)).toEqual(kept);
    const zeroed = A.inspectMaps(model, m, { overrides: [0, ...new Array(15).fill(null)] });
    expect(zeroed.applied[0]).toBe(0);
    expect(zeroed.applied.slice(1)).toEqual(soft.excitation.slice(1));
    expect(Array.from(zeroed.scaled).filter((_, i) => i % 16 === 0).every((v) => v === 0)).toBe(true);
    // M·T scales every position by M alone; a hard mask keeps a quarter of the 196 positions.
    expect(Array.from(A.inspectMaps(model, m, { spatial: 'mask' }).factors)).toEqual(Array.from(soft.mask));
    expect(Array.from(A.inspectMaps(model, m, { spatial: 'hard', hardFraction: 0.25 }).factors).filter((f) => f > 0)).toHaveLength(49);
    x.dispose();
    model.dispose();
  });

  it('leaks no tensors: inspecting again and again leaves the tensor count where it was', async () => {
    const { model, test } = await setup();
    const x = imageBatch(test, [0]);
    const [m] = A.headMaps(model, x);
    A.inspectMaps(model, m);
    const count = tf.memory().numTensors;
    for (let i = 0; i < 5; i++) A.inspectMaps(model, m, { channels: 'hard', hardChannels: i + 1 });
    expect(tf.memory().numTensors).toBe(count);
    x.dispose();
    model.dispose();
  });
});
