/**
 * Every figure the siamese-triplet lesson quotes, recomputed: pair and triplet counts by brute
 * force and closed form, the shipped data set's size, the network's parameters, widget defaults.
 * The training figures (nearest-neighbour accuracy, the λ = 1 class head) are asserted by
 * tests/unit/training/embedding.test.ts and multiTask.test.ts, with the settings quoted here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pairCounts } from '@/lib/metric/pairs';
import { inferShapes } from '@/lib/compute/training/spec';
import { EMBEDDING_CNN, MULTI_TASK_CNN } from '@/lib/compute/training/lessonSpecs';
import { BATCH_CLASSES, BATCH_PER_CLASS, TRAIN_STEPS } from '@/components/widgets/EmbeddingTrainer/model';
import { DEFAULT_STATE, DISPLAY_COUNT } from '@/components/widgets/EmbeddingTrainer/state';
import { DEFAULT_STATE as MT_DEFAULT } from '@/components/widgets/MultiTaskTrainer/state';
import { fmt, onlyAllowedBigNumbers, quizzes, read, shows, widgetProps } from './lessonSource';

const src = read('siamese-triplet');
const quiz = quizzes(src);
const manifest = JSON.parse(readFileSync(path.resolve(__dirname, '../../../public/data/fashion-mnist/manifest.json'), 'utf8'));

describe('siamese-triplet lesson numbers', () => {
  const train = manifest.splits.train;
  const set = pairCounts(10, train.perClass);
  const batch = pairCounts(BATCH_CLASSES, BATCH_PER_CLASS);

  it('the training set: pairs, positives, negatives, triplets', () => {
    expect(train.count).toBe(6000);
    expect(set.pairs).toBe((6000 * 5999) / 2);
    expect(set.positive).toBe((10 * 600 * 599) / 2);
    shows(src, `has ${fmt(train.count)} images, ${train.perClass} in each of 10 classes: ${fmt(set.pairs)} pairs`);
    shows(src, `${fmt(set.positive)} are positive and ${fmt(set.negative)} negative, nine negatives for every positive`);
    expect(Math.round(set.imbalance)).toBe(9);
    expect(set.triplets).toBe(6000 * 599 * 5400);
    shows(src, `training set holds ${fmt(set.triplets)}`);
  });

  it('a P × K batch, and the two numeric quizzes', () => {
    expect([batch.images, batch.pairs, batch.positive, batch.negative]).toEqual([40, 780, 60, 720]);
    shows(src, `${batch.images}\nimages, which hold ${batch.pairs} pairs, ${batch.positive} positive and ${batch.negative} negative`);
    expect(quiz.get('siamese-triplet-positive-pairs')?.answer).toBe(batch.positive);
    expect(quiz.get('siamese-triplet-triplets')?.answer).toBe(batch.triplets);
    shows(src, `$40 \\cdot 3 \\cdot 36$ = ${fmt(batch.triplets)} triplets`);
    shows(src, `40 · 3 · 36 = ${fmt(batch.triplets)}`);
  });

  it('networks: a 2-unit embedding, a 10 + 4 unit multi-task head', () => {
    const e = inferShapes(EMBEDDING_CNN);
    const m = inferShapes(MULTI_TASK_CNN);
    expect(e.ok && e.output).toEqual([2]);
    expect(m.ok && m.output).toEqual([14]);
    shows(src, 'last dense layer has 2 units');
    shows(src, 'last dense layer of a small CNN has 14 units: 10 for the Fashion-MNIST class, 4 for a\ncoarse group');
  });

  it('widget defaults and training settings quoted in the prose', () => {
    const props = widgetProps(src, 'EmbeddingTrainer');
    expect(props.margin).toBe(DEFAULT_STATE.margin);
    expect(widgetProps(src, 'MultiTaskTrainer').lambda).toBe(MT_DEFAULT.lambda);
    expect(DISPLAY_COUNT).toBe(300);
    shows(src, `the ${DISPLAY_COUNT} test images form one mixed cloud`);
    expect(TRAIN_STEPS).toBeGreaterThan(150);
    // Asserted in tests/unit/training/embedding.test.ts (150 steps of 10 × 4, seed 1, 300 images).
    shows(src, '(150\nsteps of 40 images, seed 1, each of the three losses)');
    shows(src, 'starts below\n30 % and ends above 60 %');
    // Asserted in tests/unit/training/multiTask.test.ts.
    shows(src, 'with 120 steps: below 30 %');
  });

  it('prints no big figure that no test computes', () => {
    onlyAllowedBigNumbers(src, [train.count, set.pairs, set.positive, set.negative, set.triplets, batch.triplets]);
  });
});
