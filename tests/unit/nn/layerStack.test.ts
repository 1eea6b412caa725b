import { describe, expect, it } from 'vitest';
import reference from '@/tests/reference/architectures.json';
import { shapeLabel, walkLayers, type LayerSpec } from '@/lib/nn/layerStack';

const model = (id: string) => {
  const m = reference.models.find((x) => x.id === id);
  if (!m) throw new Error(`no reference for ${id}`);
  return m;
};
const inputOf = (id: string) => model(id).input as [number, number, number];

const conv = (cout: number, kernel: number, stride = 1, padding = 0): LayerSpec => ({ kind: 'conv', cout, kernel, stride, padding });
const relu: LayerSpec = { kind: 'relu' };
const fc = (units: number): LayerSpec => ({ kind: 'fc', units });

// Dive into Deep Learning's LeNet on 28×28×1 (the reference file's description).
const lenet: LayerSpec[] = [
  conv(6, 5, 1, 2), relu, { kind: 'pool', kernel: 2, mode: 'avg' },
  conv(16, 5), relu, { kind: 'pool', kernel: 2, mode: 'avg' },
  { kind: 'flatten' }, fc(120), relu, fc(84), relu, fc(10),
];

// torchvision alexnet (dropout omitted; its adaptive 6×6 average pool is the identity at 224×224).
const alexnet: LayerSpec[] = [
  conv(64, 11, 4, 2), relu, { kind: 'pool', kernel: 3, stride: 2 },
  conv(192, 5, 1, 2), relu, { kind: 'pool', kernel: 3, stride: 2 },
  conv(384, 3, 1, 1), relu, conv(256, 3, 1, 1), relu, conv(256, 3, 1, 1), relu, { kind: 'pool', kernel: 3, stride: 2 },
  { kind: 'flatten' }, fc(4096), relu, fc(4096), relu, fc(1000),
];

// torchvision vgg16: configuration D.
const vgg16: LayerSpec[] = [
  ...[[64, 64], [128, 128], [256, 256, 256], [512, 512, 512], [512, 512, 512]].flatMap((stage) => [
    ...stage.flatMap((c) => [conv(c, 3, 1, 1), relu]),
    { kind: 'pool', kernel: 2 } as LayerSpec,
  ]),
  { kind: 'flatten' }, fc(4096), relu, fc(4096), relu, fc(1000),
];

describe('reference architectures (tests/reference/architectures.json)', () => {
  it.each([
    ['lenet5', lenet],
    ['alexnet', alexnet],
    ['vgg16', vgg16],
  ] as const)('%s: parameters and MACs match', (id, layers) => {
    const r = walkLayers(inputOf(id), layers);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.totals.params).toBe(model(id).params);
    expect(r.totals.macs).toBe(model(id).macs);
    expect(r.output).toEqual([model(id).output[1]]);
  });

  it('LeNet: the shapes after each block', () => {
    const r = walkLayers([1, 28, 28], lenet);
    expect(r.ok && r.layers.map((l) => shapeLabel(l.outShape))).toEqual([
      '28×28×6', '28×28×6', '14×14×6', '10×10×16', '10×10×16', '5×5×16', '400', '120', '120', '84', '84', '10',
    ]);
    expect(r.ok && r.layers.map((l) => l.params)).toEqual([156, 0, 0, 2416, 0, 0, 0, 48_120, 0, 10_164, 0, 850]);
  });

  it('AlexNet conv1 at 224 floors 54.25 to 55 with padding 2 and is marked inexact', () => {
    const r = walkLayers([3, 224, 224], alexnet.slice(0, 1));
    expect(r.ok && r.layers[0]).toMatchObject({ outShape: [64, 55, 55], exact: false });
  });

  it('VGG-16: 3×3 convolutions with padding 1 keep 224×224; the first one stores 224·224·64 ≈ 3.2M values', () => {
    const r = walkLayers([3, 224, 224], vgg16.slice(0, 1));
    expect(r.ok && r.layers[0]).toMatchObject({ outShape: [64, 224, 224], params: 1792, activations: 3_211_264 });
  });
});

describe('walkLayers errors', () => {
  it('stops where a pooling window no longer fits and keeps the layers before it', () => {
    const pool: LayerSpec = { kind: 'pool', kernel: 2 };
    const r = walkLayers([3, 4, 4], [pool, pool, pool]);
    expect(r).toMatchObject({ ok: false, failedAt: 2 });
    if (r.ok) return;
    expect(r.layers.map((l) => shapeLabel(l.outShape))).toEqual(['2×2×3', '1×1×3']);
    expect(r.error).toMatch(/2×2 pooling window does not fit in the 1×1 feature map/);
  });
  it('refuses a convolution after flattening', () => {
    const r = walkLayers([3, 8, 8], [{ kind: 'flatten' }, conv(4, 3)]);
    expect(r).toMatchObject({ ok: false, failedAt: 1 });
  });
  it('refuses a kernel larger than the padded input', () => {
    const r = walkLayers([3, 8, 8], [conv(4, 11)]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/larger than the padded input/);
  });
  it('refuses a bad input shape or unit count', () => {
    expect(walkLayers([3, 0, 8], [])).toMatchObject({ ok: false, failedAt: -1 });
    expect(walkLayers([10], [fc(0)])).toMatchObject({ ok: false, failedAt: 0 });
  });
  it('a fully connected layer flattens a feature map itself', () => {
    const r = walkLayers([2, 3, 3], [fc(5)]);
    expect(r.ok && r.layers[0]).toMatchObject({ outShape: [5], params: 18 * 5 + 5, macs: 90 });
  });
});
