/** Receptive fields of a spec's units, by the course's formula, and checked against gradients. */
import { beforeAll, describe, expect, it } from 'vitest';
import { ready, tf, FASHION_CNN } from '@/lib/compute';
import { lastConvMaps, mapLayers, unitField, imageTensor } from '@/lib/compute/visualise';
import { greyImage, handNetwork } from './helpers';

beforeAll(ready);

describe('unitField', () => {
  it('gives the fields of FASHION_CNN (3×3 same convs, 2×2 pools) by hand', () => {
    // conv1: 3 wide, starts at y − 1; pool1: 4 wide, step 2, starts at 2y − 1; conv2: 8 wide, starts at 2y − 3.
    expect(unitField(FASHION_CNN, 0, 5, 0)).toEqual({ top: 4, left: 0, bottom: 6, right: 1 });
    expect(unitField(FASHION_CNN, 2, 3, 4)).toEqual({ top: 5, left: 7, bottom: 8, right: 10 });
    expect(unitField(FASHION_CNN, 3, 6, 13)).toEqual({ top: 9, left: 23, bottom: 16, right: 27 });
    expect(unitField(FASHION_CNN, 5, 2, 2)).toEqual({ top: 5, left: 5, bottom: 14, right: 14 }); // pool2: 10 wide, step 4, starts at 4y − 3
  });

  it('holds every pixel the unit depends on (its gradient is zero outside the field)', () => {
    const net = handNetwork(FASHION_CNN);
    const image = greyImage(28);
    for (const [layer, y, x] of [[3, 6, 9], [5, 3, 1]] as const) {
      const box = unitField(FASHION_CNN, layer, y, x);
      const g = tf.tidy(() =>
        tf.grad((t: tf.Tensor) => tf.sum(tf.slice(net.applyLayers(t, 0, layer + 1), [0, y, x, 0], [1, 1, 1, -1])))(imageTensor(image)).dataSync(),
      );
      let inside = 0;
      g.forEach((v, p) => {
        const [r, c] = [Math.floor(p / 28), p % 28];
        const within = r >= box.top && r <= box.bottom && c >= box.left && c <= box.right;
        if (!within) expect(v, `pixel (${r}, ${c})`).toBe(0);
        else if (v !== 0) inside++;
      });
      expect(inside).toBeGreaterThan(0);
    }
    net.dispose();
  });

  it('covers the whole image after a global layer', () => {
    const spec = { input: [8, 8, 1] as [number, number, number], layers: [{ type: 'conv' as const, filters: 2, kernel: 3 }, { type: 'squeezeExcite' as const, reduction: 1 }] };
    expect(unitField(spec, 1, 0, 0)).toEqual({ top: 0, left: 0, bottom: 7, right: 7 });
  });
});

describe('map layers', () => {
  it('lists the layers with feature maps and picks the last convolution, after its ReLU', () => {
    expect(mapLayers(FASHION_CNN).map((m) => m.index)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(mapLayers(FASHION_CNN)[5].shape).toEqual([7, 7, 32]);
    expect(lastConvMaps(FASHION_CNN)).toBe(4);
  });
});

