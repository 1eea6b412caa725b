import { describe, expect, it } from 'vitest';
import { issuesText } from '@/components/widgets/shared/frame/issueStrings';
import { fieldIssue as pruningFieldIssue, schema as pruning } from '@/components/widgets/PruningExplorer/state';
import { ISSUES as PRUNING_ISSUES, S as PRUNING_S } from '@/components/widgets/PruningExplorer/strings';
import { schema as quantisation } from '@/components/widgets/QuantisationExplorer/state';
import { ISSUES as QUANT_ISSUES } from '@/components/widgets/QuantisationExplorer/strings';
import { schema as distillation } from '@/components/widgets/DistillationTrainer/state';
import { ISSUES as DISTIL_ISSUES } from '@/components/widgets/DistillationTrainer/strings';
import { makePlan, viewAt } from '@/components/widgets/PruningExplorer/model';
import { channelValues, kernelGrid, modelSizes } from '@/components/widgets/QuantisationExplorer/model';
import { softTargets } from '@/components/widgets/DistillationTrainer/model';

describe('shared links of the compression widgets', () => {
  it('accept valid settings and explain bad ones', () => {
    expect(pruning.parse({ sparsity: 95, batches: 20 })).toEqual({ state: { ...pruning.defaults, sparsity: 95, batches: 20 }, issues: [] });
    const sparsity = pruning.parse({ sparsity: 100 });
    expect(sparsity).toMatchObject({ state: pruning.defaults, issues: [{ field: 'sparsity', code: 'out-of-range', min: 0, max: 99 }] });
    expect(issuesText(sparsity.issues, PRUNING_ISSUES)).toBe('Sparsity (share of kernel weights set to zero) must be between 0 and 99 (got 100).');
    // The same value typed into the widget is worded by the widget itself.
    expect(PRUNING_S.fieldError(pruningFieldIssue('sparsity', 100)!)).toMatch(/from 0 to 99/);
    expect(pruning.parse({ batches: 2.5 }).issues).toMatchObject([{ field: 'batches', code: 'not-whole' }]);
    expect(pruning.parse('x').issues).toMatchObject([{ code: 'not-object' }]);
    expect(quantisation.parse({ bits: 2, granularity: 'channel' })).toEqual({ state: { ...quantisation.defaults, bits: 2, granularity: 'channel' }, issues: [] });
    const bits = quantisation.parse({ bits: 3 });
    expect(bits.issues).toMatchObject([{ field: 'bits', code: 'not-one-of', options: [8, 6, 4, 2] }]);
    expect(issuesText(bits.issues, QUANT_ISSUES)).toBe('Bits per weight must be one of 8, 6, 4, 2 (got 3).');
    expect(quantisation.parse({ granularity: 'row' }).issues).toMatchObject([{ field: 'granularity', code: 'not-one-of' }]);
    expect(quantisation.parse({ layer: -1 }).issues).toMatchObject([{ field: 'layer', code: 'out-of-range' }]);
    expect(distillation.parse({ temperature: 2.5, alpha: 0.3 })).toEqual({ state: { ...distillation.defaults, temperature: 2.5, alpha: 0.3 }, issues: [] });
    const temperature = distillation.parse({ temperature: 0 });
    expect(temperature.issues).toMatchObject([{ field: 'temperature', code: 'out-of-range' }]);
    expect(issuesText(temperature.issues, DISTIL_ISSUES)).toMatch(/Temperature/);
    expect(distillation.parse({ alpha: 1.5 }).issues).toMatchObject([{ field: 'alpha', code: 'out-of-range' }]);
    expect(distillation.parse({ perClass: 3 }).issues).toMatchObject([{ field: 'perClass', code: 'out-of-range' }]);
  });

  it('MDX props: each bad one is reported and replaced by its default', () => {
    expect(quantisation.fromProps({ bits: '8' })).toEqual({ state: { ...quantisation.defaults, bits: 8 }, issues: [] });
    const r = pruning.fromProps({ sparsity: 120, batches: 30 });
    expect(r.state).toEqual({ ...pruning.defaults, batches: 30 });
    expect(r.issues).toMatchObject([{ field: 'sparsity', code: 'out-of-range' }]);
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
