import { describe, expect, it } from 'vitest';
import { equivalentSide, fcScalingNumbers, scalingCurve, sideRange } from '@/components/widgets/FcScaling/model';
import { DEFAULT_STATE, PRESETS, schema, stateError } from '@/components/widgets/FcScaling/state';
import { ISSUES } from '@/components/widgets/FcScaling/strings';
import { issuesText } from '@/components/widgets/shared/frame/issueStrings';

describe('FcScaling numbers', () => {
  it('AlexNet-sized input, 1000 hidden units: 154,588,000 parameters, 618 MB at float32, vs 1,792 for a 3×3×64 conv', () => {
    const n = fcScalingNumbers(PRESETS.alexnet, 1000, 64);
    expect(n.inputs).toBe(154_587);
    expect(n.fcParams).toBe(154_588_000);
    expect(n.fcBytes).toBe(618_352_000);
    expect(n.convParams).toBe(1_792);
    expect(n.convMacs).toBe(227 * 227 * 64 * 27);
    expect(Math.round(n.ratio)).toBe(86_266);
  });
  it('MNIST and a 1024×768 photo', () => {
    expect(fcScalingNumbers(PRESETS.mnist, 1000, 64)).toMatchObject({ inputs: 784, fcParams: 785_000, convParams: 640 });
    expect(fcScalingNumbers(PRESETS.photo, 1000, 64)).toMatchObject({ inputs: 2_359_296, fcParams: 2_359_297_000, fcBytes: 9_437_188_000 });
  });
  it('the conv line is flat and the FC line grows ×4 per doubling of the side', () => {
    const curve = scalingCurve(3, 1000, 64, [64, 128, 256]);
    expect(new Set(curve.map((p) => p.conv)).size).toBe(1);
    expect((curve[2].fc - 1000) / (curve[1].fc - 1000)).toBe(4);
  });
  it('places images on the side axis and extends the range to include them', () => {
    expect(equivalentSide({ h: 768, w: 1024, c: 3 })).toBeCloseTo(886.8, 1);
    expect(sideRange(100)).toEqual([8, 16, 32, 64, 128, 256, 512, 1024, 2048]);
    expect(sideRange(5000).at(-1)).toBe(8192);
  });
});

describe('FcScaling shared-state parser', () => {
  it('accepts valid state; a named image brings its own size', () => {
    expect(schema.parse({ image: 'cifar', h: 999, units: 500 })).toEqual({ state: { image: 'cifar', h: 32, w: 32, c: 3, units: 500 }, issues: [] });
    expect(schema.parse({ image: 'custom', h: 64, w: 48, c: 1 })).toEqual({ state: { image: 'custom', h: 64, w: 48, c: 1, units: DEFAULT_STATE.units }, issues: [] });
  });
  it.each([
    [42, /object/],
    [{ image: 'imagenet' }, /image must be one of mnist, cifar, alexnet, photo, custom \(got "imagenet"\)/],
    [{ units: 0 }, /between 1 and 100,000/],
    [{ h: 3.5 }, /whole number/],
    [{ c: '3' }, /Channels must be a number from 1 to 64 \(got "3"\)/],
    [{ w: -1 }, /between 1/],
  ])('rejects %o', (raw, message) => {
    // A refused link leaves the state as it was and says why, in the words the widget shows.
    const r = schema.parse(raw);
    expect(r.state).toEqual(DEFAULT_STATE);
    expect(r.issues).not.toEqual([]);
    expect(issuesText(r.issues, ISSUES)).toMatch(message);
  });
  it('stateError names the field the reader got wrong', () => {
    expect(stateError(DEFAULT_STATE)).toBeNull();
    expect(stateError({ ...DEFAULT_STATE, units: Number.NaN })).toMatchObject({ field: 'units' });
  });
});
