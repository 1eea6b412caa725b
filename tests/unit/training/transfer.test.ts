import { beforeAll, describe, expect, it } from 'vitest';
import { tf, ready } from '@/lib/compute/tf';
import { buildNetwork } from '@/lib/compute/training/network';
import { SMALL_CNN } from '@/lib/compute/training/spec';
import { balancedSubset, sliceSet } from '@/lib/compute/training/dataset';
import { PRODUCT_GROUPS, productGroup, transferNetwork, transferTrainer, withNewHead } from '@/lib/compute/training/transfer';
import { FASHION_CLASSES } from '@/lib/data/fashionMnist';
import { fashion } from './fashionData';

describe('the new task: ten classes in four product groups', () => {
  it('puts every class in exactly one group, by what the item is', () => {
    const members = PRODUCT_GROUPS.map((_, g) => FASHION_CLASSES.filter((_, c) => productGroup(c) === g));
    expect(members).toEqual([['T-shirt/top', 'Pullover', 'Coat', 'Shirt'], ['Trouser', 'Dress'], ['Sandal', 'Sneaker', 'Ankle boot'], ['Bag']]);
  });

  it('a new head changes only the last dense layer', () => {
    const spec = withNewHead(SMALL_CNN, 4);
    expect(spec.layers.slice(0, -1)).toEqual(SMALL_CNN.layers.slice(0, -1));
    expect(spec.layers.at(-1)).toEqual({ type: 'dense', units: 4 });
  });
});

describe('transfer training mechanics (CPU)', () => {
  beforeAll(async () => {
    await ready();
  });

  it('copies the trunk exactly and gives the head fresh weights of the new size', () => {
    const source = buildNetwork(SMALL_CNN, 1);
    const w = source.getWeights();
    const net = transferNetwork(SMALL_CNN, 4, 2, w);
    const got = net.getWeights();
    expect(Array.from(got.get('0.kernel')!)).toEqual(Array.from(w.get('0.kernel')!));
    expect(Array.from(got.get('3.kernel')!)).toEqual(Array.from(w.get('3.kernel')!));
    expect(got.get('7.kernel')!.length).toBe(784 * 4);
    source.dispose();
    net.dispose();
  });

  async function trunkChange(trunkFactor: number) {
    const { train } = await fashion();
    const set = sliceSet(train, balancedSubset(train, 2));
    const source = buildNetwork(SMALL_CNN, 1);
    const net = transferNetwork(SMALL_CNN, 4, 3, source.getWeights());
    source.dispose();
    const before = net.getWeights();
    const t = transferTrainer({ network: net, train: set, optimizer: { kind: 'sgd', learningRate: 0.05, momentum: 0 }, trunkFactor, target: productGroup, batchSize: 20, epochs: 1, seed: 1 });
    await t.start();
    const after = net.getWeights();
    const diff = (name: string) => Math.max(...after.get(name)!.map((v, i) => Math.abs(v - before.get(name)![i])));
    const r = { trunk: diff('0.kernel'), head: diff('7.kernel') };
    t.dispose();
    net.dispose();
    return r;
  }

  it('a frozen trunk does not move; the head does', async () => {
    const r = await trunkChange(0);
    expect(r.trunk).toBe(0);
    expect(r.head).toBeGreaterThan(0);
  });

  it('with plain SGD, a trunk at a tenth of the rate takes exactly a tenth of the full step', async () => {
    const full = await trunkChange(1);
    const tenth = await trunkChange(0.1);
    expect(full.trunk).toBeGreaterThan(0);
    expect(tenth.trunk / full.trunk).toBeCloseTo(0.1, 4);
    expect(tenth.head).toBeCloseTo(full.head, 6);
  });

  it('leaks no tensors from one run to the next', async () => {
    await trunkChange(0.1);
    const before = tf.memory().numTensors;
    await trunkChange(0.1);
    expect(tf.memory().numTensors).toBe(before);
  });
});
