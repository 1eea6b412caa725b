import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { issuesText } from '@/components/widgets/shared/frame/issueStrings';
import { DEFAULT_STATE, schema } from '@/components/widgets/NetworkOverview/state';
import { ISSUES, S } from '@/components/widgets/NetworkOverview/strings';
import { moveUnit, unitIssue, unitIn } from '@/components/widgets/NetworkOverview/units';
import { boxPercent, inputPx, mapCell, mapPx, mapsPerRow, MIN_MAP_PX, stripOf, stripUnit } from '@/components/widgets/NetworkOverview/layout';
import { colourOf, layerScale, scaleIndex } from '@/components/widgets/NetworkOverview/colour';
import { FASHION_CNN, inferShapes, type FeatureShape } from '@/lib/compute/training/spec';
import { anyState } from '../store/arbitraryLinks';

/** The shipped network's shapes as the overview lists them: input, every layer, softmax. */
function shippedShapes(): FeatureShape[] {
  const r = inferShapes(FASHION_CNN);
  if (!r.ok) throw new Error(r.error);
  return [FASHION_CNN.input, ...r.layers.map((l) => l.output), [10]];
}

describe('NetworkOverview state', () => {
  it('reads a link with a test image and a unit, as an object or a list', () => {
    const unit = { layer: 0, channel: 3, y: 5, x: 7 };
    expect(schema.parse({ image: 42, unit })).toEqual({ state: { ...DEFAULT_STATE, image: 42, unit }, issues: [] });
    expect(schema.parse({ unit: [0, 3, 5, 7] }).state.unit).toEqual(unit);
    expect(schema.parse({ unit: { layer: 11, channel: 2 } }).state.unit).toEqual({ layer: 11, channel: 2, y: 0, x: 0 });
    expect(schema.parse({ unit: null }).state.unit).toBeNull();
  });
  it('refuses a bad unit or image with a reason in words, and keeps the state', () => {
    const cases: [unknown, RegExp][] = [
      [{ unit: [0, 1, 2] }, /must be \{"layer", "channel", "y", "x"\}/],
      [{ unit: { layer: -2, channel: 0 } }, /its layer must be a whole number from −1 to 99/],
      [{ unit: [0, 1.5, 0, 0] }, /its channel must be/],
      [{ unit: [0, 0, 300, 0] }, /its row y/],
      [{ image: 1000 }, /test image/],
      [{ source: 'scanner' }, /image source/],
    ];
    for (const [raw, words] of cases) {
      const r = schema.parse(raw);
      expect(r.state, JSON.stringify(raw)).toEqual(DEFAULT_STATE);
      expect(issuesText(r.issues, ISSUES)).toMatch(words);
    }
  });
  it('arbitrary JSON never throws and always gives a valid state that reads back as itself', () => {
    fc.assert(
      fc.property(anyState(Object.keys(schema.fields)), (raw) => {
        for (const r of [schema.parse(raw), schema.fromProps(raw as Record<string, unknown>)]) {
          const u = r.state.unit;
          expect(u === null || [u.layer, u.channel, u.y, u.x].every(Number.isInteger)).toBe(true);
          expect(Number.isInteger(r.state.image) && r.state.image >= 0 && r.state.image < 1000).toBe(true);
          expect(schema.parse(JSON.parse(JSON.stringify(r.state)))).toEqual({ state: r.state, issues: [] });
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('NetworkOverview units', () => {
  const shapes = shippedShapes();
  it('checks a link’s unit against the network’s shapes', () => {
    expect(unitIssue(shapes, { layer: 0, channel: 15, y: 27, x: 27 })).toBeNull();
    expect(unitIssue(shapes, { layer: 0, channel: 16, y: 0, x: 0 })).toEqual({ code: 'no-unit', shape: [28, 28, 16] });
    expect(unitIssue(shapes, { layer: 11, channel: 9, y: 0, x: 0 })).toBeNull();
    expect(unitIssue(shapes, { layer: 11, channel: 0, y: 1, x: 0 })).toEqual({ code: 'no-unit', shape: [10] });
    expect(unitIssue(shapes, { layer: 12, channel: 0, y: 0, x: 0 })).toEqual({ code: 'no-layer', last: 11 });
    expect(S.unitIssue(unitIssue(shapes, { layer: 12, channel: 0, y: 0, x: 0 }))).toMatch(/to 11, the probabilities/);
  });
  it('arrow keys: ← → change layer keeping the spot, ↑ ↓ the channel, Shift the position', () => {
    const u = { layer: 0, channel: 3, y: 10, x: 21 };
    expect(moveUnit(shapes, u, 'ArrowRight', false)).toEqual({ layer: 1, channel: 3, y: 10, x: 21 });
    // into the 14×14 pooled map, the same place scaled
    expect(moveUnit(shapes, { ...u, layer: 1 }, 'ArrowRight', false)).toEqual({ layer: 2, channel: 3, y: 5, x: 10 });
    expect(moveUnit(shapes, u, 'ArrowLeft', false)).toEqual({ layer: -1, channel: 0, y: 10, x: 21 });
    expect(moveUnit(shapes, u, 'ArrowDown', false)).toEqual({ ...u, channel: 4 });
    expect(moveUnit(shapes, { ...u, channel: 15 }, 'ArrowDown', false)).toEqual({ ...u, channel: 15 });
    expect(moveUnit(shapes, u, 'ArrowUp', true)).toEqual({ ...u, y: 9 });
    expect(moveUnit(shapes, u, 'ArrowRight', true)).toEqual({ ...u, x: 22 });
    expect(moveUnit(shapes, { ...u, x: 27 }, 'ArrowRight', true)).toEqual({ ...u, x: 27 });
    expect(moveUnit(shapes, u, 'End', false)).toEqual({ layer: 11, channel: 3, y: 0, x: 0 });
    expect(moveUnit(shapes, u, 'Home', false)).toEqual({ layer: -1, channel: 0, y: 10, x: 21 });
    expect(moveUnit(shapes, u, 'a', false)).toBeNull();
    // flat layers: ↑ ↓ walk the units
    expect(moveUnit(shapes, { layer: 8, channel: 63, y: 0, x: 0 }, 'ArrowDown', false)).toEqual({ layer: 8, channel: 63, y: 0, x: 0 });
    expect(unitIn(shapes, { layer: 8, channel: 40, y: 0, x: 0 }, 9)).toEqual({ layer: 9, channel: 40, y: 0, x: 0 });
    expect(unitIn(shapes, { layer: 8, channel: 40, y: 0, x: 0 }, 10)).toEqual({ layer: 10, channel: 9, y: 0, x: 0 });
  });
  it('every key from every unit of every layer lands on a unit of the network', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1, max: 11 }), fc.nat(), fc.nat(), fc.nat(), fc.constantFrom('ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'), fc.boolean(), (layer, c, y, x, key, shift) => {
        const s = shapes[layer + 1];
        const [h, w, ch] = s.length === 3 ? s : [1, 1, s[0]];
        const u = { layer, channel: c % ch, y: y % h, x: x % w };
        const next = moveUnit(shapes, u, key, shift);
        expect(next && unitIssue(shapes, next)).toBeNull();
      }),
    );
  });
});

describe('NetworkOverview layout', () => {
  it('maps stay at least 28 px and at most 56 px; larger maps larger', () => {
    expect([mapPx(28), mapPx(14), mapPx(7), mapPx(1), mapPx(200)]).toEqual([48, 34, MIN_MAP_PX, MIN_MAP_PX, 56]);
    expect([mapPx(28, true), mapPx(7, true)]).toEqual([32, MIN_MAP_PX]);
    expect([mapsPerRow(1), mapsPerRow(3), mapsPerRow(16), mapsPerRow(512)]).toEqual([1, 3, 4, 4]);
    // the image itself is drawn larger than any map
    expect([inputPx(28), inputPx(8), inputPx(64), inputPx(28, true)]).toEqual([112, 84, 112, 64]);
  });
  it('a flat layer folds into a block twice as tall as wide, and every unit is found again under the pointer', () => {
    expect(stripOf(1568)).toEqual({ cols: 28, rows: 56, cell: 6 });
    expect(stripOf(64)).toEqual({ cols: 6, rows: 11, cell: 14 });
    expect(stripOf(20)).toEqual({ cols: 4, rows: 5, cell: 14 });
    expect(stripOf(4096)).toEqual({ cols: 46, rows: 90, cell: 3 });
    for (const n of [20, 64, 400, 1568]) {
      const s = stripOf(n);
      for (let i = 0; i < n; i++) {
        const fx = ((i % s.cols) + 0.5) / s.cols;
        const fy = (Math.floor(i / s.cols) + 0.5) / s.rows;
        expect(stripUnit(s, n, fx, fy)).toBe(i);
      }
      expect(stripUnit(s, n, 1, 0.5)).toBeNull();
    }
    expect(stripUnit(stripOf(64), 64, 0.99, 0.99)).toBeNull(); // past the last unit of the last row (6 × 11 cells for 64 units)
    expect(mapCell(28, 28, 0.5, 0.25)).toEqual({ y: 7, x: 14 });
  });
  it('outlines are clipped to the map (a window reaching into the padding)', () => {
    expect(boxPercent({ top: -1, left: -1, bottom: 1, right: 1 }, 28, 28)).toEqual({ top: 0, left: 0, height: (100 * 2) / 28, width: (100 * 2) / 28 });
    expect(boxPercent({ top: 0, left: 0, bottom: 13, right: 6 }, 14, 14)).toEqual({ top: 0, left: 0, height: 100, width: 50 });
    expect(boxPercent({ top: 30, left: 0, bottom: 31, right: 1 }, 28, 28)).toBeNull();
  });
});

describe('NetworkOverview colour scales', () => {
  it('diverging, centred on 0, when a layer has negative values; sequential from 0 otherwise; grey for the input', () => {
    const conv = layerScale([-0.4, 1.3]);
    expect(conv).toMatchObject({ kind: 'diverging', lo: -1.3, hi: 1.3 });
    expect(scaleIndex(conv, 0)).toBe(128);
    const relu = layerScale([0, 2.5]);
    expect(relu).toMatchObject({ kind: 'sequential', lo: 0, hi: 2.5 });
    expect(layerScale([0, 0])).toMatchObject({ kind: 'sequential', lo: 0, hi: 1 });
    expect(layerScale([0, 1], true)).toMatchObject({ kind: 'grey', lo: 0, hi: 1 });
  });
  it('colours: the image black to white, near white at the diverging centre, purple below and orange above, viridis ends', () => {
    const grey = layerScale([0, 1], true);
    expect(colourOf(grey, 0)).toEqual([0, 0, 0]);
    expect(colourOf(grey, 1)).toEqual([255, 255, 255]);
    const div = layerScale([-1, 1]);
    const [r0, g0, b0] = colourOf(div, 0);
    expect(Math.min(r0, g0, b0)).toBeGreaterThan(230);
    const [rn, , bn] = colourOf(div, -1);
    const [rp, , bp] = colourOf(div, 1);
    expect(bn).toBeGreaterThan(rn); // purple: more blue than red
    expect(rp).toBeGreaterThan(bp); // orange: more red than blue
    const seq = layerScale([0, 4]);
    expect(colourOf(seq, 0)).toEqual([68, 1, 84]); // viridis(0)
    expect(colourOf(seq, 99)).toEqual(colourOf(seq, 4)); // clamped
    expect(colourOf(seq, Number.NaN)).toEqual(colourOf(seq, 0));
  });
});
