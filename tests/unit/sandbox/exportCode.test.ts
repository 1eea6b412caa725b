import { describe, expect, it } from 'vitest';
import { analyse, PRESET_IDS, presetState } from '@/lib/sandbox';
import { kerasCode, kerasWeights, pytorchCode } from '@/lib/sandbox/export';
import { samePads as samePadding } from '@/lib/compute/training/spec';
import { inferShapes, type NetworkSpec } from '@/lib/compute/training/spec';
import { kerasLines, kerasStep, torchModules, torchStep } from './pythonLayers';
import { EVERY_LAYER, GAP_NET } from './exportSpecs';

const presetSpecs = PRESET_IDS.map((id) => {
  const spec = analyse(presetState(id).blocks).spec;
  if (!spec) throw new Error(`preset ${id} does not build`);
  return [id, spec] as const;
});
const SPECS: (readonly [string, NetworkSpec])[] = [...presetSpecs, ['every layer type', EVERY_LAYER], ['GAP head', GAP_NET]];

const courseShapes = (spec: NetworkSpec) => {
  const s = inferShapes(spec);
  if (!s.ok) throw new Error(s.error);
  return s;
};
const nonZero = (xs: number[]) => xs.filter((x) => x > 0);
const size = (s: readonly number[]) => s.reduce((a, b) => a * b, 1);

describe('TensorFlow’s “same” padding, spelt out per side', () => {
  it('pads evenly for stride 1 and puts the extra cell after for stride 2 (TensorFlow’s rule)', () => {
    expect(samePadding(28, 3, 1)).toEqual([1, 1]);
    expect(samePadding(28, 3, 2)).toEqual([0, 1]); // 14 outputs: (14 − 1)·2 + 3 − 28 = 1 cell in total
    expect(samePadding(7, 3, 2)).toEqual([1, 1]); // 4 outputs: 3·2 + 3 − 7 = 2
    expect(samePadding(28, 1, 2)).toEqual([0, 0]);
    expect(samePadding(28, 4, 1)).toEqual([1, 2]);
  });
});

describe.each(SPECS)('exported code for %s', (_, spec) => {
  const course = courseShapes(spec);

  it('PyTorch: the modules read back from the code give the sandbox’s shapes and parameter counts', () => {
    const r = pytorchCode(spec);
    if (!r.ok) throw new Error(r.error);
    let shape: number[] = [spec.input[2], spec.input[0], spec.input[1]];
    const shapes: string[] = [];
    const params: number[] = [];
    for (const m of torchModules(r.code)) {
      const step = torchStep(m, shape);
      shape = step.shape;
      shapes.push(shape.join('×'));
      params.push(step.params);
    }
    const chw = course.layers.map((l) => (l.output.length === 3 ? [l.output[2], l.output[0], l.output[1]] : l.output).join('×'));
    // every course layer's output appears, in order, among the modules' outputs
    let at = 0;
    for (const want of chw) {
      at = shapes.indexOf(want, at);
      expect(at, `shape ${want}`).toBeGreaterThanOrEqual(0);
      at++;
    }
    expect(nonZero(params)).toEqual(nonZero(course.layers.map((l) => l.params)));
    expect(params.reduce((a, b) => a + b, 0)).toBe(course.params);
    expect(shape).toEqual([...course.output]);
  });

  it('Keras: the layers read back from the code give the same shapes and trainable parameters', () => {
    const r = kerasCode(spec);
    if (!r.ok) throw new Error(r.error);
    const vars = new Map<string, number[]>([['inputs', [...spec.input]]]);
    const shapes: string[] = [];
    let params = 0;
    const named = new Map<string, number>();
    for (const line of kerasLines(r.code)) {
      const inputs = line.inputs.map((v) => {
        const s = vars.get(v);
        if (!s) throw new Error(`unknown variable ${v}`);
        return s;
      });
      const step = line.call ? kerasStep(line.call, inputs) : { shape: inputs[0], params: 0 };
      vars.set(line.target, step.shape);
      if (line.target === 'x') shapes.push(step.shape.join('×'));
      params += step.params;
      if (line.call?.kwargs.name) named.set(String(line.call.kwargs.name), step.params);
    }
    let at = 0;
    for (const l of course.layers) {
      at = shapes.indexOf(l.output.join('×'), at);
      expect(at, `shape ${l.output.join('×')}`).toBeGreaterThanOrEqual(0);
      at++;
    }
    expect(params).toBe(course.params);
    expect(vars.get('x')).toEqual([...course.output]);
    // the weights file fills exactly the named layers that have weights, with arrays of their sizes
    const fake = new Map<string, Float32Array>();
    const weights = kerasWeights(spec, new Proxy(fake, { get: (t, k) => (k === 'get' ? (n: string) => new Float32Array(expectedSize(spec, n)) : k === 'has' ? (n: string) => expectedSize(spec, n) > 0 : Reflect.get(t, k)) }));
    for (const [name, arrays] of weights) {
      const trainable = arrays.reduce((n, a) => n + size(a.shape), 0);
      const isBn = /_bn\d?$/.test(name);
      expect(named.has(name), name).toBe(true);
      expect(isBn ? trainable / 2 : trainable, name).toBe(named.get(name));
    }
    expect([...named].filter(([, p]) => p > 0).map(([n]) => n).sort()).toEqual(weights.map(([n]) => n).sort());
  });
});

/** Size of each course weight by name, from a freshly built network's names (no tfjs needed: from the spec). */
function expectedSize(spec: NetworkSpec, name: string): number {
  const [i, ...rest] = name.split('.');
  const layer = spec.layers[Number(i)];
  const shapes = courseShapes(spec);
  const input = Number(i) === 0 ? spec.input : shapes.layers[Number(i) - 1].output;
  const c = input[input.length - 1];
  const what = rest.join('.');
  switch (layer.type) {
    case 'conv': return what === 'kernel' ? layer.kernel ** 2 * c * layer.filters : layer.filters;
    case 'depthwiseSeparable': return what === 'depthwise' ? layer.kernel ** 2 * c : what === 'pointwise' ? c * layer.filters : layer.filters;
    case 'residual': {
      const f = layer.filters;
      if (what === 'projection') return (layer.stride ?? 1) !== 1 || c !== f ? c * f : 0;
      return what === 'conv1' ? 9 * c * f : what === 'conv2' ? 9 * f * f : f;
    }
    case 'batchNorm': return c;
    case 'dense': return what === 'kernel' ? input[0] * layer.units : layer.units;
    case 'squeezeExcite': {
      const hidden = Math.max(1, Math.floor(c / layer.reduction));
      return { 'squeeze.kernel': c * hidden, 'squeeze.bias': hidden, 'excite.kernel': hidden * c, 'excite.bias': c }[what] ?? 0;
    }
    case 'spatialAttention': return what === 'mask.kernel' ? layer.kernel ** 2 * c : 1;
    default: return 0;
  }
}
