/** ReceptiveFieldExplorer's model and shared-link parser. */
import { describe, expect, it } from 'vitest';
import { explorerModel, moveUnit, paddingCells, resolveUnit } from '@/components/widgets/ReceptiveFieldExplorer/model';
import { DEFAULT_STATE, PRESETS, numbersError, schema, type ExplorerState } from '@/components/widgets/ReceptiveFieldExplorer/state';
import { ISSUES } from '@/components/widgets/ReceptiveFieldExplorer/strings';
import { issuesText } from '@/components/widgets/shared/frame/issueStrings';

const said = (raw: unknown) => issuesText(schema.parse(raw).issues, ISSUES);

const state = (patch: Partial<ExplorerState>): ExplorerState => ({ ...DEFAULT_STATE, ...patch });

describe('explorerModel', () => {
  it('compares two 3×3 with one 5×5 and three 3×3 with one 7×7, per channel pair and with C channels', () => {
    const two = explorerModel(state({ layers: PRESETS['two-3x3'], channels: 64 }));
    const three = explorerModel(state({ layers: PRESETS['three-3x3'], channels: 64 }));
    if (!two.ok || !three.ok) throw new Error('presets must work');
    expect([two.field.size, two.comparison.stackPerPair, two.comparison.singlePerPair]).toEqual([5, 18, 25]);
    expect([three.field.size, three.comparison.stackPerPair, three.comparison.singlePerPair]).toEqual([7, 27, 49]);
    expect([three.comparison.stack, three.comparison.single]).toEqual([27 * 64 * 64, 49 * 64 * 64]);
  });

  it('pooling enlarges the field without weights; dilation enlarges it without weights', () => {
    const pool = explorerModel(state({ layers: PRESETS['with-pooling'] }));
    const dil = explorerModel(state({ layers: PRESETS.dilated, side: 24 }));
    if (!pool.ok || !dil.ok) throw new Error('presets must work');
    expect([pool.field.size, pool.comparison.stackPerPair, pool.comparison.poolLayers]).toEqual([12, 27, 1]);
    expect([dil.field.size, dil.comparison.stackPerPair, dil.comparison.dilated]).toEqual([15, 27, true]);
  });

  it('gives each map the region the selected unit depends on, and the padding ring it needs', () => {
    const m = explorerModel(state({ layers: PRESETS['two-3x3'], side: 16, unit: [0, 15] }));
    if (!m.ok) throw new Error('must work');
    expect(m.unit).toEqual([0, 15]);
    expect(m.maps.map((x) => x.region)).toEqual([
      { r0: -2, r1: 2, c0: 13, c1: 17 },
      { r0: -1, r1: 1, c0: 14, c1: 16 },
      { r0: 0, r1: 0, c0: 15, c1: 15 },
    ]);
    expect(m.maps.map((x) => [x.lead, x.trail])).toEqual([[2, 2], [1, 1], [0, 0]]);
    expect(paddingCells(m.maps[0].region, 16)).toBe(25 - 3 * 3);
  });

  it('explains a stack that does not fit instead of drawing it', () => {
    const m = explorerModel(state({ side: 4, layers: [...PRESETS['three-3x3']].map((l) => ({ ...l, padding: 0 })) }));
    expect(m).toMatchObject({ ok: false, failedAt: 1, error: expect.stringContaining("Layer 2 does not fit its 2×2 input") });
  });
});

describe('moving the unit', () => {
  it('moves with the arrows and stops at the border; Home, End, PageUp, PageDown jump', () => {
    expect(moveUnit('ArrowRight', [3, 3], 8)).toEqual([3, 4]);
    expect(moveUnit('ArrowUp', [0, 3], 8)).toEqual([0, 3]);
    expect(moveUnit('End', [3, 3], 8)).toEqual([3, 7]);
    expect(moveUnit('PageDown', [3, 3], 8)).toEqual([7, 3]);
    expect(moveUnit('a', [3, 3], 8)).toBeNull();
  });
  it('starts at the centre and stays inside a smaller output', () => {
    expect(resolveUnit(null, 16)).toEqual([7, 7]);
    expect(resolveUnit([12, 3], 8)).toEqual([7, 3]);
  });
});

describe('schema.parse', () => {
  it('accepts a named stack or a list of layers', () => {
    expect(schema.parse({ stack: 'dilated' })).toEqual({ state: { ...DEFAULT_STATE, stack: 'dilated', layers: PRESETS.dilated }, issues: [] });
    const r = schema.parse({ layers: [{ kind: 'max', kernel: 2, stride: 2 }], side: 20, unit: [1, 2], relu: false });
    expect(r).toEqual({ state: { ...DEFAULT_STATE, side: 20, relu: false, stack: 'custom', unit: [1, 2], layers: [{ kind: 'max', kernel: 2, stride: 2, padding: 0, dilation: 1 }] }, issues: [] });
  });
  it('says what is wrong with a bad link', () => {
    expect(said({ side: 200 })).toBe('Input side must be between 3 and 64 (got 200).');
    expect(schema.parse({ layers: [] }).issues).toMatchObject([{ field: 'layers', code: 'bad-list', min: 1, max: 8 }]);
    expect(schema.parse({ layers: [{ kind: 'conv', kernel: 8 }] }).issues).toMatchObject([{ field: 'layers', code: 'bad-item', index: 0, detail: 'kernel' }]);
    expect(said({ layers: [{ kind: 'conv', kernel: 8 }] })).toContain('entry 1: kernel must be one of 1, 2, 3, 4, 5, 6, 7, 9, 11');
    expect(schema.parse({ layers: [{ kind: 'dense' }] }).issues).toMatchObject([{ field: 'layers', code: 'bad-item', detail: 'kind' }]);
    expect(schema.parse({ stack: 'huge' }).issues).toMatchObject([{ field: 'stack', code: 'not-one-of', got: '"huge"' }]);
    expect(said({ stack: 'huge' })).toContain('stack must be one of two-3x3, one-5x5');
    expect(schema.parse({ unit: [-1, 0] }).issues).toMatchObject([{ field: 'unit', code: 'invalid', detail: 'unit' }]);
    expect(schema.parse('x')).toEqual({ state: DEFAULT_STATE, issues: [{ field: '', code: 'not-object', got: '"x"' }] });
  });
  it('flags a typed number out of range', () => {
    expect(numbersError(state({ channels: 0 }))?.field).toBe('channels');
    expect(numbersError(state({ side: Number.NaN }))?.field).toBe('side');
  });
});

describe('cellSize (MapsFigure)', () => {
  it('fits two maps a row on a narrow page, and up to four a row on a slide, where nothing may scroll', async () => {
    const { cellSize } = await import('@/components/widgets/ReceptiveFieldExplorer/MapsFigure');
    const m = explorerModel(state({ layers: PRESETS['three-3x3'], side: 16 }));
    if (!m.ok) throw new Error('preset must work');
    const widest = Math.max(...m.maps.map((v) => v.lead + v.side + v.trail));
    expect(m.maps).toHaveLength(4);
    const page = cellSize(700, m.maps);
    const slide = cellSize(700, m.maps, true);
    expect(page * widest * 2).toBeLessThanOrEqual(700);
    expect(slide * widest * 4 + 3 * 16 + 26).toBeLessThanOrEqual(700);
    expect(slide).toBeLessThan(page);
  });
});
