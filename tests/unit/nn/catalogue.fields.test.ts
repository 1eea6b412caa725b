/**
 * Receptive fields of catalogue networks against the published values of Araujo, Norris and Sim,
 * "Computing Receptive Fields of Convolutional Neural Networks" (Distill, 2019): the summary
 * table of the article (and of its library's README), and the per-end-point table of the library
 * (google-research/receptive_field, RECEPTIVE_FIELD_TABLE.md: rf_benchmark on the TF-Slim models
 * at 224×224). Values are only asserted where the catalogue's layout is the one they measured.
 */
import { describe, expect, it } from 'vitest';
import {
  analyseGraph,
  analyseNetwork,
  bn,
  catalogue,
  conv,
  findNode,
  fc,
  flatten,
  globalAvgPool,
  maxPool,
  relu,
  residual,
  sequence,
  type Field,
  type NetworkAnalysis,
  type NetworkSpec,
  type NodeSpec,
} from '@/lib/nn/catalogue';
import { receptiveField } from '@/lib/nn/receptiveField';

/** [size, effective stride, effective padding] of a layer or block, the same on both axes. */
function fieldOf(a: NetworkAnalysis, name: string): [number, number, number] {
  const node = findNode(a.tree, name);
  if (!node) throw new Error(`no ${name} in ${a.id}`);
  const f: Field = node.field;
  if (f.kind !== 'local') throw new Error(`${name} sees the whole input (${f.reason})`);
  expect(f.w, `${name}: both axes`).toEqual(f.h);
  return [f.h.size, f.h.effectiveStride, f.h.effectivePadding];
}

describe('VGG-16 (torchvision and TF-Slim share the layout)', () => {
  const a = analyseNetwork('vgg16');
  it('212 pixels, stride 32, padding 90 at pool5 (Distill table)', () => {
    expect(fieldOf(a, 'stage5.pool5')).toEqual([212, 32, 90]);
    expect(a.field).toMatchObject({ h: { size: 212, effectiveStride: 32, effectivePadding: 90 }, aligned: true });
  });
  it.each([
    ['stage1.conv1_1', 3, 1, 1], ['stage1.pool1', 6, 2, 2], ['stage2.conv2_1', 10, 2, 4], ['stage2.pool2', 16, 4, 6],
    ['stage3.conv3_1', 24, 4, 10], ['stage3.conv3_2', 32, 4, 14], ['stage3.pool3', 44, 8, 18], ['stage4.conv4_1', 60, 8, 26],
    ['stage4.conv4_2', 76, 8, 34], ['stage4.pool4', 100, 16, 42], ['stage5.conv5_1', 132, 16, 58], ['stage5.conv5_2', 164, 16, 74],
  ])('%s: %i / %i / %i (library end-point table)', (name, size, stride, padding) => {
    expect(fieldOf(a, name)).toEqual([size, stride, padding]);
  });
  it('agrees with the single-path closed form of lib/nn/receptiveField', () => {
    const chain = a.rows.filter((r) => r.kind === 'conv' || r.kind === 'pool').map((r) => (r.kind === 'pool' ? { kernel: 2, stride: 2 } : { kernel: 3, padding: 1 }));
    expect(receptiveField(chain)).toEqual({ size: 212, effectiveStride: 32, effectivePadding: 90 });
  });
});

describe('AlexNet', () => {
  it('torchvision: 195 pixels, stride 32 like Distill’s alexnet_v2; padding 66 = 64 + conv1’s extra padding of 2', () => {
    expect(fieldOf(analyseNetwork('alexnet'), 'features.pool5')).toEqual([195, 32, 64 + 2]);
  });
  it('alexnet_v2’s unpadded first layer gives Distill’s 195 / 32 / 64', () => {
    const net = catalogue.alexnet;
    const features = net.nodes[0] as Extract<NodeSpec, { kind: 'block' }>;
    const unpadded: NetworkSpec = {
      ...net,
      nodes: [{ ...features, nodes: features.nodes.map((n) => (n.name === 'conv1' && n.kind === 'conv' ? { ...n, padding: 0 } : n)) }, ...net.nodes.slice(1)],
    };
    const r = analyseGraph(unpadded);
    expect(r.ok && fieldOf(r, 'features.pool5')).toEqual([195, 32, 64]);
  });
});

describe('Inception v3 (torchvision and TF-Slim share the layout)', () => {
  const a = analyseNetwork('inception_v3');
  it('1311 pixels, stride 32, padding 618 after Mixed_7c, every path aligned (Distill table)', () => {
    expect(a.field).toEqual({ at: 'Mixed_7c.concat', h: { size: 1311, effectiveStride: 32, effectivePadding: 618 }, w: { size: 1311, effectiveStride: 32, effectivePadding: 618 }, aligned: true });
  });
  it.each([
    ['stem.Conv2d_1a_3x3', 3, 2, 0], ['stem.Conv2d_2a_3x3', 7, 2, 0], ['stem.Conv2d_2b_3x3', 11, 2, 2], ['stem.maxpool1', 15, 4, 2],
    ['stem.Conv2d_3b_1x1', 15, 4, 2], ['stem.Conv2d_4a_3x3', 23, 4, 2], ['stem.maxpool2', 31, 8, 2],
    ['Mixed_5b', 63, 8, 18], ['Mixed_5c', 95, 8, 34], ['Mixed_5d', 127, 8, 50], ['Mixed_6a', 159, 16, 58],
    ['Mixed_6b', 351, 16, 154], ['Mixed_6c', 543, 16, 250], ['Mixed_6d', 735, 16, 346], ['Mixed_6e', 927, 16, 442],
    ['Mixed_7a', 1055, 32, 490], ['Mixed_7b', 1183, 32, 554], ['Mixed_7c', 1311, 32, 618],
  ])('%s: %i / %i / %i (library end-point table)', (name, size, stride, padding) => {
    expect(fieldOf(a, name)).toEqual([size, stride, padding]);
  });
});

describe('MobileNet v1 (Keras pads stride-2 layers at the bottom and right only, as TF’s SAME does at 224)', () => {
  const a = analyseNetwork('mobilenet_v1');
  it('315 pixels, stride 32, padding 126 after the last pointwise layer (Distill table)', () => {
    expect(a.field).toMatchObject({ at: 'block13.conv_pw_relu', h: { size: 315, effectiveStride: 32, effectivePadding: 126 } });
  });
  it.each([
    ['conv1', 3, 2, 0], ['block1', 7, 2, 2], ['block2', 11, 4, 2], ['block3', 19, 4, 6], ['block4', 27, 8, 6], ['block5', 43, 8, 14],
    ['block6', 59, 16, 14], ['block7', 91, 16, 30], ['block8', 123, 16, 46], ['block9', 155, 16, 62], ['block10', 187, 16, 78],
    ['block11', 219, 16, 94], ['block12', 251, 32, 94], ['block13', 315, 32, 126],
  ])('%s: %i / %i / %i (library end-point table, Conv2d_N_pointwise at 224)', (name, size, stride, padding) => {
    expect(fieldOf(a, name)).toEqual([size, stride, padding]);
  });
});

/**
 * TF-Slim's resnet_v1, the layout Distill measured: the stride sits on the 3×3 convolution of the
 * *last* unit of blocks 1–3 (torchvision strides the first unit, so its ResNets differ), the
 * first convolution is padded 3, the max pool uses SAME padding (0 before at 112), and a strided
 * identity shortcut is a 1×1 max pool.
 */
function slimResnetV1(units: [number, number, number, number]): NetworkSpec {
  let cin = 64;
  const blocks = units.map((n, b) => {
    const depth = 256 * 2 ** b;
    const planes = depth / 4;
    return sequence(`block${b + 1}`, Array.from({ length: n }, (_, u) => {
      const stride = b < 3 && u === n - 1 ? 2 : 1;
      const body: NodeSpec[] = [
        conv('conv1', planes, 1, { cin, bias: false }), bn('bn1'), relu('relu1'),
        conv('conv2', planes, 3, { stride, padding: 1, bias: false }), bn('bn2'), relu('relu2'),
        conv('conv3', depth, 1, { bias: false }), bn('bn3'),
      ];
      const shortcut = cin !== depth ? [conv('conv', depth, 1, { stride, bias: false }), bn('bn')] : stride > 1 ? [maxPool('subsample', 1, { stride })] : [];
      cin = depth;
      return residual(`unit_${u + 1}`, 'bottleneck', body, { name: 'shortcut', nodes: shortcut });
    }), 'stage');
  });
  return {
    id: 'resnet_v1_slim',
    title: 'ResNet v1 (TF-Slim)',
    source: 'TF-Slim resnet_v1',
    input: [3, 224, 224],
    nodes: [
      conv('conv1', 64, 7, { stride: 2, padding: 3, bias: false }), bn('bn'), relu('relu'),
      maxPool('pool1', 3, { stride: 2, padding: 'same' }),
      ...blocks,
      globalAvgPool('pool5'), flatten(), fc('logits', 1000),
    ],
  };
}

describe('ResNet v1 in TF-Slim’s layout, built from the catalogue’s blocks', () => {
  const analyse = (units: [number, number, number, number]) => {
    const r = analyseGraph(slimResnetV1(units));
    if (!r.ok) throw new Error(r.error);
    return r;
  };
  it('resnet_v1_50: blocks 1–4 at 35/8/15, 99/16/47, 291/32/143, 483/32/239 (library end-point table, 224)', () => {
    const a = analyse([3, 4, 6, 3]);
    expect(['block1', 'block2', 'block3', 'block4'].map((b) => fieldOf(a, b))).toEqual([[35, 8, 15], [99, 16, 47], [291, 32, 143], [483, 32, 239]]);
    expect(a.totals.params).toBe(25_557_032); // the same weights as torchvision's ResNet-50
  });
  it('resnet_v1_101 1027/32/511 and resnet_v1_152 1507/32/751 (Distill table)', () => {
    expect(fieldOf(analyse([3, 4, 23, 3]), 'block4')).toEqual([1027, 32, 511]);
    expect(fieldOf(analyse([3, 8, 36, 3]), 'block4')).toEqual([1507, 32, 751]);
  });
  it('keeps the field of the largest path at a residual add, whose paths stay centred alike', () => {
    const a = analyse([3, 4, 6, 3]);
    const unit = findNode(a.tree, 'block1.unit_3');
    if (unit?.node !== 'block' || !unit.paths || unit.field.kind !== 'local') throw new Error('no block1.unit_3');
    const [body, shortcut] = unit.paths.map((p) => p.field);
    if (body.kind !== 'local' || shortcut.kind !== 'local') throw new Error('global path');
    expect(body.h.size).toBeGreaterThan(shortcut.h.size);
    expect(unit.field.h).toEqual(body.h);
    expect(unit.field.aligned).toBe(true);
  });
});

describe('networks whose layout Distill did not measure', () => {
  it('torchvision’s ResNet-50 (stride in the first unit) sees less than TF-Slim’s 483: the closed form along its longest path', () => {
    // conv1 7×7/2 p3, max pool 3×3/2 p1, then the 3×3 convolutions of 3, 4, 6, 3 units (stride 2 on the first of units 2–4).
    const threes = (units: number, stride: number) => [{ kernel: 3, stride, padding: 1 }, ...Array.from({ length: units - 1 }, () => ({ kernel: 3, padding: 1 }))];
    const longest = [{ kernel: 7, stride: 2, padding: 3 }, { kernel: 3, stride: 2, padding: 1 }, ...threes(3, 1), ...threes(4, 2), ...threes(6, 2), ...threes(3, 2)];
    const f = analyseNetwork('resnet50').field;
    expect(f && { ...f.h }).toEqual(receptiveField(longest));
    expect(f?.h.size).toBeLessThan(483);
  });
  it('Keras’ Xception is not aligned: its SAME max pool on an even map pads 0 before, its 1×1 shortcut is centred elsewhere', () => {
    const a = analyseNetwork('xception');
    const add = (b: number) => findNode(a.tree, `block${b}.add`)?.field;
    expect(add(2)).toMatchObject({ kind: 'local', aligned: true }); // 147 is odd: one row of padding on each side
    expect(add(3)).toMatchObject({ kind: 'local', aligned: false }); // 74 is even: the padding row goes after
    expect(a.field?.aligned).toBe(false);
  });
  it('global pooling and fully connected layers see the whole input', () => {
    const a = analyseNetwork('resnet18');
    expect(findNode(a.tree, 'avgpool')?.field).toEqual({ kind: 'global', reason: 'global pooling' });
    expect(findNode(a.tree, 'fc')?.field.kind).toBe('global');
    expect(a.field?.at).toBe('layer4.1.relu');
  });
});
