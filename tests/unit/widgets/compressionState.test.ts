import { describe, expect, it } from 'vitest';
import { parsePruningState } from '@/components/widgets/PruningExplorer/state';
import { parseQuantisationState } from '@/components/widgets/QuantisationExplorer/state';
import { parseDistillationState } from '@/components/widgets/DistillationTrainer/state';
import { makePlan, viewAt } from '@/components/widgets/PruningExplorer/model';
import { channelValues, kernelGrid, modelSizes } from '@/components/widgets/QuantisationExplorer/model';
import { softTargets } from '@/components/widgets/DistillationTrainer/model';

describe('shared links of the compression widgets', () => {
  it('accept valid settings and explain bad ones', () => {
    expect(parsePruningState({ sparsity: 95, batches: 20 })).toEqual({ ok: true, value: { sparsity: 95, batches: 20 } });
    expect(parsePruningState({ sparsity: 100 })).toMatchObject({ ok: false, error: expect.stringMatching(/from 0 to 99/) });
    expect(parsePruningState({ batches: 2.5 })).toMatchObject({ ok: false });
    expect(parsePruningState('x')).toMatchObject({ ok: false });
    expect(parseQuantisationState({ bits: 2, granularity: 'channel' })).toEqual({ ok: true, value: { bits: 2, granularity: 'channel' } });
    expect(parseQuantisationState({ bits: 3 })).toMatchObject({ ok: false, error: expect.stringMatching(/8, 6, 4 or 2/) });
    expect(parseQuantisationState({ granularity: 'row' })).toMatchObject({ ok: false });
    expect(parseQuantisationState({ layer: -1 })).toMatchObject({ ok: false });
    expect(parseDistillationState({ temperature: 2.5, alpha: 0.3 })).toEqual({ ok: true, value: { temperature: 2.5, alpha: 0.3 } });
    expect(parseDistillationState({ temperature: 0 })).toMatchObject({ ok: false, error: expect.stringMatching(/Temperature/) });
    expect(parseDistillationState({ alpha: 1.5 })).toMatchObject({ ok: false });
    expect(parseDistillationState({ perClass: 3 })).toMatchObject({ ok: false });
  });
});

describe('what the compression widgets draw', () => {
  it('pruning view: the count, the threshold and each layer’s share match the weights', () => {
    const a = Float32Array.from([0.9, -0.1, 0.5, -0.7]);
    const b = Float32Array.from([0.05, 0.2, -0.02, 0.3, -0.6, 0.01]);
    const plan = makePlan([{ name: 'a', size: 4 }, { name: 'b', size: 6 }], [a, b]);
    const v = viewAt(plan, 50);
    // The five smallest |w|: 0.01, 0.02, 0.05, 0.1, 0.2.
    expect(v.count).toBe(5);
    expect(v.threshold).toBeCloseTo(0.2, 6);
    expect(v.perLayer).toEqual([1, 4]);
    expect([...v.kept].reduce((n, c) => n + c, 0)).toBe(5);
  });

  it('quantisation: sizes by hand, one channel’s values, error within half a step', () => {
    const weights = new Map([['0.kernel', new Float32Array(18)], ['0.bias', new Float32Array(2)]]);
    const kernels = [{ name: '0.kernel', size: 18, channels: 2 }];
    expect(modelSizes(weights, kernels, 'tensor', 4)).toMatchObject({ float: 80, quantised: 9 + 4 + 8 });
    expect(modelSizes(weights, kernels, 'channel', 2)).toMatchObject({ quantised: 5 + 8 + 8 });
    expect([...channelValues(Float32Array.from([1, 2, 3, 4, 5, 6]), 2, 1)]).toEqual([2, 4, 6]);
    const g = kernelGrid(Float32Array.from([-0.3, 0.1, 0.7, 0.33]), 3);
    expect(g.grid).toHaveLength(7);
    expect(g.err).toBeLessThanOrEqual(g.scale / 2 + 1e-7);
  });

  it('soft targets: the top class keeps its place and loses probability as T rises', () => {
    const z = [1, 5, 2];
    const cold = softTargets(z, 1);
    const warm = softTargets(z, 5);
    expect(cold.top).toBe(1);
    expect(warm.soft[1]).toBeLessThan(cold.soft[1]);
    expect(warm.entropy).toBeGreaterThan(cold.entropy);
  });
});
