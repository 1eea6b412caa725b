import { describe, expect, it } from 'vitest';
import { distanceMatrix, nearestNeighbours, separation, distance } from '@/lib/metric/distances';
import { mineTuples, pkBatch } from '@/lib/metric/mining';
import { pairCounts } from '@/lib/metric/pairs';

// A hand-made batch on a line: anchor A at 0 and its positive P at 1 (class 0); three negatives
// of class 1 at 0.5 (closer than P: hard), 1.5 (farther than P but within a margin of 1:
// semi-hard) and 5 (easy).
const line = (xs: number[]) => xs.flatMap((x) => [x, 0]);
const points = line([0, 1, 0.5, 1.5, 5]);
const labels = [0, 0, 1, 1, 1];
const D = distanceMatrix(points, 2, 'euclidean');

describe('negative mining on a hand-made batch', () => {
  it('hard mining takes the negative closest to the anchor', () => {
    const t = mineTuples(D, labels, 'hard', 1);
    expect(t.find((x) => x.anchor === 0 && x.positive === 1)?.negative).toBe(2);
  });

  it('semi-hard mining takes the closest negative that is farther than the positive', () => {
    const t = mineTuples(D, labels, 'semiHard', 1);
    expect(t.find((x) => x.anchor === 0 && x.positive === 1)?.negative).toBe(3);
    // From P (at 1) the positive A is 1 away; negatives are 0.5, 0.5 and 4 away: only 5 is farther.
    expect(t.find((x) => x.anchor === 1 && x.positive === 0)?.negative).toBe(4);
  });

  it('semi-hard falls back to the farthest negative when all are closer than the positive', () => {
    const d = distanceMatrix(line([0, 10, 1, 2]), 2, 'euclidean');
    const t = mineTuples(d, [0, 0, 1, 1], 'semiHard', 1);
    expect(t.find((x) => x.anchor === 0)?.negative).toBe(3);
  });

  it('random mining picks only negatives, reproducibly for a seed, and not always the same one', () => {
    const picks = Array.from({ length: 20 }, (_, s) => mineTuples(D, labels, 'random', s)[0].negative);
    expect(picks.every((n) => labels[n] === 1)).toBe(true);
    expect(new Set(picks).size).toBeGreaterThan(1);
    expect(mineTuples(D, labels, 'random', 7)).toEqual(mineTuples(D, labels, 'random', 7));
  });

  it('pairs every anchor with every other image of its class (ordered pairs)', () => {
    // 2 images of class 0 and 3 of class 1: 2·1 + 3·2 = 8 ordered anchor–positive pairs.
    expect(mineTuples(D, labels, 'hard', 1)).toHaveLength(8);
  });

  it('quadruplets: the second negative is of a third class, mined by its distance to the first', () => {
    // class 0 at 0 and 1; class 1 at 3; class 2 at 3.2 (close to n1) and 9 (far).
    const d = distanceMatrix(line([0, 1, 3, 3.2, 9]), 2, 'euclidean');
    const lab = [0, 0, 1, 2, 2];
    const t = mineTuples(d, lab, 'hard', 1, true).find((x) => x.anchor === 0 && x.positive === 1)!;
    expect(t.negative).toBe(2);
    expect(lab[t.negative2!]).not.toBe(lab[t.anchor]);
    expect(lab[t.negative2!]).not.toBe(lab[t.negative]);
    expect(t.negative2).toBe(3);
  });
});

describe('P × K batches', () => {
  const many = Array.from({ length: 200 }, (_, i) => i % 10);
  it('hold K distinct images of each of P classes, the same for the same seed', () => {
    const b = pkBatch(many, 10, 4, 3);
    expect(b).toHaveLength(40);
    expect(new Set(b).size).toBe(40);
    for (let c = 0; c < 10; c++) expect(b.filter((i) => many[i] === c)).toHaveLength(4);
    expect(pkBatch(many, 10, 4, 3)).toEqual(b);
    expect(pkBatch(many, 10, 4, 4)).not.toEqual(b);
  });
  it('explain a batch that cannot be made', () => {
    expect(() => pkBatch([0, 0, 1], 2, 2, 1)).toThrow(/2 classes with at least 2 images/);
  });
});

describe('pair counts (brute force)', () => {
  it.each([[10, 4], [10, 100], [3, 5]])('%i classes × %i images', (classes, perClass) => {
    const lab = Array.from({ length: classes * perClass }, (_, i) => Math.floor(i / perClass));
    let pos = 0;
    let neg = 0;
    let triplets = 0;
    for (let i = 0; i < lab.length; i++) {
      for (let j = i + 1; j < lab.length; j++) {
        if (lab[i] === lab[j]) pos++;
        else neg++;
      }
      if (perClass <= 5) for (let p = 0; p < lab.length; p++) for (let n = 0; n < lab.length; n++) if (p !== i && lab[p] === lab[i] && lab[n] !== lab[i]) triplets++;
    }
    const c = pairCounts(classes, perClass);
    expect([c.positive, c.negative, c.pairs]).toEqual([pos, neg, pos + neg]);
    if (perClass <= 5) expect(c.triplets).toBe(triplets);
  });
});

describe('distances and what an embedding shows', () => {
  it('Euclidean and cosine distance of hand-made vectors', () => {
    const p = [3, 4, 0, 0, -3, -4, 0, 2];
    expect(distance(p, 2, 0, 1, 'euclidean')).toBe(5);
    expect(distance(p, 2, 0, 2, 'cosine')).toBeCloseTo(2, 12); // opposite directions
    expect(distance(p, 2, 0, 3, 'cosine')).toBeCloseTo(1 - 4 / 5, 12);
    expect(distance(p, 2, 0, 1, 'cosine')).toBe(1); // a zero vector has no direction
  });
  it('nearest neighbours exclude the query and come nearest first', () => {
    expect(nearestNeighbours(points, 2, 0, 3, 'euclidean')).toEqual([
      { index: 2, distance: 0.5 },
      { index: 1, distance: 1 },
      { index: 3, distance: 1.5 },
    ]);
  });
  it('separation: tight well-apart clusters give a small ratio and perfect 1-NN accuracy', () => {
    const s = separation(line([0, 0.1, 10, 10.1]), 2, [0, 0, 1, 1], 'euclidean');
    expect(s.within).toBeCloseTo(0.1, 12);
    expect(s.between).toBeCloseTo((10 + 10.1 + 9.9 + 10) / 4, 12);
    expect(s.nearestNeighbourAccuracy).toBe(1);
    const mixed = separation(line([0, 10, 0.1, 10.1]), 2, [0, 0, 1, 1], 'euclidean');
    expect(mixed.ratio).toBeGreaterThan(1);
    expect(mixed.nearestNeighbourAccuracy).toBe(0);
  });
});
