/**
 * Images as the trainer sees them: a labelled set of small grey images held as bytes (the
 * shipped Fashion-MNIST subset, or any slice of it), turned into float batches on demand.
 */
import { tf } from '../tf';
import { mulberry32, streamSeed } from '../../random/prng';

export interface ImageSet {
  /** count × height × width bytes, row-major, 0 = background. */
  images: Uint8Array;
  labels: Uint8Array;
  count: number;
  height: number;
  width: number;
}

/** The images at `indices` as a float batch [n, h, w, 1] scaled to [0, 1]. */
export function imageBatch(set: ImageSet, indices: ArrayLike<number>): tf.Tensor4D {
  const px = set.height * set.width;
  const out = new Float32Array(indices.length * px);
  for (let k = 0; k < indices.length; k++) {
    const base = indices[k] * px;
    for (let p = 0; p < px; p++) out[k * px + p] = set.images[base + p] / 255;
  }
  return tf.tensor4d(out, [indices.length, set.height, set.width, 1]);
}

export function labelsAt(set: ImageSet, indices: ArrayLike<number>): Int32Array {
  return Int32Array.from({ length: indices.length }, (_, k) => set.labels[indices[k]]);
}

/** A seeded Fisher–Yates shuffle of 0 … n − 1 (the batch order of one epoch). */
export function shuffledIndices(n: number, seed: number): Uint32Array {
  const order = Uint32Array.from({ length: n }, (_, i) => i);
  const next = mulberry32(seed);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

/** Where training step `step` falls: its epoch, its batch within the epoch, the images of that batch, and whether it ends the epoch. */
export interface BatchSlot {
  epoch: number;
  batch: number;
  indices: Uint32Array;
  lastOfEpoch: boolean;
}

/**
 * The mini-batches of seeded epochs over `count` images: every epoch a new shuffle (seeded by
 * the epoch), cut into batches of `batchSize` (the last one may be short; `dropLast` leaves it
 * out, so every batch is full). Steps are asked for in order, so one epoch's shuffle is kept at a
 * time.
 */
export function epochBatches(count: number, batchSize: number, seed: number, { dropLast = false } = {}) {
  const perEpoch = dropLast ? Math.floor(count / batchSize) : Math.ceil(count / batchSize);
  if (dropLast && perEpoch < 1) throw new Error('There are fewer training images than one batch.');
  let shuffled = { epoch: 0, order: shuffledIndices(count, streamSeed(seed, 0)) };
  return {
    perEpoch,
    at(step: number): BatchSlot {
      const epoch = Math.floor(step / perEpoch);
      const batch = step % perEpoch;
      if (epoch !== shuffled.epoch) shuffled = { epoch, order: shuffledIndices(count, streamSeed(seed, epoch)) };
      return { epoch, batch, indices: shuffled.order.subarray(batch * batchSize, Math.min(count, (batch + 1) * batchSize)), lastOfEpoch: batch === perEpoch - 1 };
    },
  };
}

/** The first `perClass` images of each class in `classes` (a balanced slice, in file order). */
export function balancedSubset(set: ImageSet, perClass: number, classes?: number[]): number[] {
  const wanted = new Set(classes ?? Array.from(new Set(set.labels)));
  const taken = new Map<number, number>();
  const out: number[] = [];
  for (let i = 0; i < set.count; i++) {
    const c = set.labels[i];
    if (!wanted.has(c) || (taken.get(c) ?? 0) >= perClass) continue;
    taken.set(c, (taken.get(c) ?? 0) + 1);
    out.push(i);
  }
  return out;
}

/** A new ImageSet holding only the images at `indices`. */
export function sliceSet(set: ImageSet, indices: ArrayLike<number>): ImageSet {
  const px = set.height * set.width;
  const images = new Uint8Array(indices.length * px);
  for (let k = 0; k < indices.length; k++) images.set(set.images.subarray(indices[k] * px, (indices[k] + 1) * px), k * px);
  return { images, labels: Uint8Array.from({ length: indices.length }, (_, k) => set.labels[indices[k]]), count: indices.length, height: set.height, width: set.width };
}
