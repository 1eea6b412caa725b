/**
 * What feeds a unit and what it sees of the input: boxes worked out by hand for the shipped
 * network, the feeding window checked against the very trace the explanation shows, and the
 * receptive field checked by experiment (change every pixel outside it: the unit does not move).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ready, windowBounds } from '@/lib/compute';
import { FASHION_CNN } from '@/lib/compute/training/spec';
import type { Network } from '@/lib/compute/training/network';
import { clipBox, explainUnit, feedingBox, inputField, overviewPass, unitValue, valueIndex, type UnitRef } from '@/lib/compute/overview';
import { passOf, seededImage, unitsOf } from './helpers';
import { SPECS } from './specs';

beforeAll(ready);
const built: Network[] = [];
afterAll(() => built.forEach((n) => n.dispose()));

const box = (top: number, bottom: number, left: number, right: number) => ({ top, bottom, left, right });
const unit = (layer: number, y: number, x: number, channel = 0): UnitRef => ({ layer, channel, y, x });

describe('the shipped network (conv 3×3 → ReLU → pool 2 → conv 3×3 → ReLU → pool 2 → flatten → dense …)', () => {
  it('has the receptive fields worked out by hand', () => {
    // conv1 (3×3, padding 1): unit (5, 7) reads rows 4–6, columns 6–8; unit (0, 0) reaches one row and column into the padding.
    expect(inputField(FASHION_CNN, unit(0, 5, 7))).toEqual(box(4, 6, 6, 8));
    expect(inputField(FASHION_CNN, unit(0, 0, 0))).toEqual(box(-1, 1, -1, 1));
    // pool1 (3, 4) takes conv1 rows 6–7, columns 8–9, which read input rows 5–8, columns 7–10: 4×4.
    expect(inputField(FASHION_CNN, unit(2, 3, 4))).toEqual(box(5, 8, 7, 10));
    // conv2 (6, 2) reads pool1 rows 5–7 and columns 1–3, which take conv1 rows 10–15 and columns 2–7,
    // which read input rows 9–16 and columns 1–8: 8×8. Its ReLU sees the same.
    expect(inputField(FASHION_CNN, unit(3, 6, 2))).toEqual(box(9, 16, 1, 8));
    expect(inputField(FASHION_CNN, unit(4, 6, 2))).toEqual(box(9, 16, 1, 8));
    // pool2 (3, 0) takes conv2 rows 6–7 and columns 0–1: input rows 2·6 − 3 = 9 to 2·7 + 4 = 18 and
    // columns −3 to 6 (10×10, three columns of it padding).
    expect(inputField(FASHION_CNN, unit(5, 3, 0))).toEqual(box(9, 18, -3, 6));
    expect(clipBox(box(9, 18, -3, 6), 28, 28)).toEqual(box(9, 18, 0, 6));
    // From the flatten on, every unit sees the whole 28×28 image; so does the softmax.
    for (const layer of [6, 7, 10, 11]) expect(inputField(FASHION_CNN, unit(layer, 0, 0))).toEqual(box(0, 27, 0, 27));
    expect(inputField(FASHION_CNN, unit(-1, 12, 3))).toEqual(box(12, 12, 3, 3));
  });

  it('names the cells of the layer below that feed a unit', () => {
    expect(feedingBox(FASHION_CNN, unit(-1, 0, 0))).toBeNull();
    expect(feedingBox(FASHION_CNN, unit(3, 6, 2, 9))).toEqual({ layer: 2, box: box(5, 7, 1, 3), channels: 'all' });
    expect(feedingBox(FASHION_CNN, unit(5, 3, 0, 5))).toEqual({ layer: 4, box: box(6, 7, 0, 1), channels: [5] });
    expect(feedingBox(FASHION_CNN, unit(4, 6, 2, 9))).toEqual({ layer: 3, box: box(6, 6, 2, 2), channels: [9] });
    // Flatten unit (3·7 + 4)·32 + 5 = 805 is channel 5 at row 3, column 4 of pool2.
    expect(feedingBox(FASHION_CNN, { layer: 6, channel: 805, y: 0, x: 0 })).toEqual({ layer: 5, box: box(3, 3, 4, 4), channels: [5] });
    expect(feedingBox(FASHION_CNN, { layer: 7, channel: 63, y: 0, x: 0 })).toEqual({ layer: 6, box: box(0, 0, 0, 0), channels: 'all' });
    expect(feedingBox(FASHION_CNN, { layer: 11, channel: 9, y: 0, x: 0 })).toEqual({ layer: 10, box: box(0, 0, 0, 0), channels: 'all' });
  });

  it('gives nothing for a unit the network does not have', () => {
    for (const u of [unit(3, 14, 0), unit(0, 0, 0, 16), { layer: 7, channel: 64, y: 0, x: 0 }, unit(12, 0, 0), unit(0, 0.5, 0)]) {
      expect(feedingBox(FASHION_CNN, u)).toBeNull();
      expect(inputField(FASHION_CNN, u)).toBeNull();
    }
  });
});

const sliding = Object.entries(SPECS).filter(([, s]) => s.layers.some((l) => l.type === 'conv' || l.type === 'pool'));

describe.each(sliding)('the %s network', (_name, spec) => {
  it('feeds every conv and pooling unit from exactly the window its explanation shows', () => {
    const { network, pass } = passOf(spec);
    built.push(network);
    let checked = 0;
    for (const layer of pass.layers.filter((l) => l.kind === 'conv' || l.kind === 'pool')) {
      for (const u of unitsOf(layer.shape, layer.index).filter((_, i) => i % 3 === 0)) {
        const e = explainUnit(network, pass, u);
        const feeding = feedingBox(spec, u)!;
        if (e.kind === 'conv') {
          // The trace's window, moved back by the zeros added before tracing when TensorFlow pads unevenly.
          const shift = e.selfPadded ? e.pads : { top: 0, left: 0 };
          const w = windowBounds(e.trace, e.position);
          expect(feeding.box).toEqual({ top: w.top - shift.top, bottom: w.bottom - shift.top, left: w.left - shift.left, right: w.right - shift.left });
          expect(feeding.channels).toEqual('all');
        } else if (e.kind === 'pool') {
          // The pooled window is the box's cells of the unit's channel, row by row.
          const below = pass.layers[u.layer];
          const cells: number[] = [];
          for (let y = feeding.box.top; y <= feeding.box.bottom; y++)
            for (let x = feeding.box.left; x <= feeding.box.right; x++) cells.push(below.values[valueIndex(below.shape, { ...u, y, x })]);
          expect(e.window).toEqual(cells);
          expect(feeding.channels).toEqual([u.channel]);
        } else throw new Error(e.kind);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

});

describe.each(Object.entries(SPECS))('the %s network', (_name, spec) => {
  it('keeps a unit\'s value when every input pixel outside its receptive field changes', () => {
    const { network, pass } = passOf(spec);
    built.push(network);
    const image = pass.layers[0].values;
    const [h, w, c] = spec.input;
    let local = 0;
    for (const layer of pass.layers.slice(1, -1)) {
      for (const u of unitsOf(layer.shape, layer.index).filter((_, i) => i % 7 === 3)) {
        const field = clipBox(inputField(spec, u)!, h, w);
        if (field.top === 0 && field.left === 0 && field.bottom === h - 1 && field.right === w - 1) continue;
        const changed = Float32Array.from(image, (v, i) => {
          const cell = Math.floor(i / c);
          const [y, x] = [Math.floor(cell / w), cell % w];
          return y < field.top || y > field.bottom || x < field.left || x > field.right ? 1 - v : v;
        });
        expect(unitValue(overviewPass(network, changed), u), `${layer.label} ${JSON.stringify(u)}`).toBe(unitValue(pass, u));
        local++;
      }
    }
    expect(local).toBeGreaterThan(3);
  });
});

it('feeds the composite blocks from the windows worked out by hand', () => {
  const spec = SPECS.blocks; // 8×8×3 in
  // Residual, stride 1: two 3×3 convolutions, a 5×5 window; two such blocks see 9×9 of the input.
  expect(feedingBox(spec, unit(0, 0, 0))).toEqual({ layer: -1, box: box(-2, 2, -2, 2), channels: 'all' });
  expect(inputField(spec, unit(1, 3, 3))).toEqual(box(-1, 7, -1, 7));
  // Squeeze-excite: the gate is the squeeze of the whole map, so the unit depends on all of it.
  expect(feedingBox(spec, unit(2, 5, 1, 3))).toEqual({ layer: 1, box: box(0, 7, 0, 7), channels: 'all' });
  expect(inputField(spec, unit(2, 5, 1))).toEqual(box(0, 7, 0, 7));
  // Spatial attention: the k×k mask convolution centred on the unit.
  expect(feedingBox(spec, unit(3, 4, 4))).toEqual({ layer: 2, box: box(3, 5, 3, 5), channels: 'all' });
  expect(feedingBox(spec, unit(4, 4, 4))).toEqual({ layer: 3, box: box(2, 6, 2, 6), channels: 'all' });
  expect(feedingBox(spec, unit(5, 2, 3))).toEqual({ layer: 4, box: box(1, 3, 2, 4), channels: 'all' });
  // Residual, stride 2 on 8×8: conv1 pads (4 − 1)·2 + 3 − 8 = 1 row, after the map; unit (1, 2) reads
  // hidden rows 0–2 and columns 1–3, which read rows 0–6 and columns 2–8 (the last one padding).
  expect(feedingBox(spec, unit(6, 1, 2))).toEqual({ layer: 5, box: box(0, 6, 2, 8), channels: 'all' });
  // Depthwise-separable, stride 2 on 4×4: one row of padding after; unit (1, 1) reads rows and columns 2–4.
  expect(feedingBox(spec, unit(7, 1, 1))).toEqual({ layer: 6, box: box(2, 4, 2, 4), channels: 'all' });
  expect(feedingBox(spec, unit(8, 0, 0, 2))).toEqual({ layer: 7, box: box(0, 1, 0, 1), channels: [2] });
});

it('keeps the shipped network\'s units still too, and moves them when a pixel inside changes', async () => {
  const { loadTeacher } = await import('../compression/teacher');
  const { network } = loadTeacher();
  built.push(network);
  const image = seededImage(FASHION_CNN, 3);
  const pass = overviewPass(network, image);
  // conv2 unit (6, 2), channel 0, before its ReLU: its field is input rows 9–16, columns 1–8.
  const u = unit(3, 6, 2);
  const flip = (inside: (y: number, x: number) => boolean) => Float32Array.from(image, (v, i) => (inside(Math.floor(i / 28), i % 28) ? 1 - v : v));
  const outside = flip((y, x) => y < 9 || y > 16 || x < 1 || x > 8);
  expect(unitValue(overviewPass(network, outside), u)).toBe(unitValue(pass, u));
  const inside = flip((y, x) => y >= 9 && y <= 16 && x >= 1 && x <= 8);
  expect(unitValue(overviewPass(network, inside), u)).not.toBe(unitValue(pass, u));
});
