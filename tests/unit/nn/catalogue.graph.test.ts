/**
 * The graph machinery a widget relies on: blocks with their inner layers and totals, table rows,
 * activation memory, and errors that name the layer where a graph stops fitting.
 */
import { describe, expect, it } from 'vitest';
import {
  analyseGraph,
  analyseNetwork,
  catalogue,
  conv,
  convBnAct,
  findNode,
  flatten,
  fc,
  forked,
  maxPool,
  networkIds,
  relu,
  residual,
  squeezeExcite,
  type BlockResult,
  type NetworkSpec,
  type NodeResult,
  type NodeSpec,
} from '@/lib/nn/catalogue';
import { fire } from '@/lib/nn/catalogue/networks/squeezenet';

const net = (nodes: NodeSpec[], input: [number, number, number] = [64, 56, 56]): NetworkSpec => ({ id: 'test', title: 'test', source: 'test', input, nodes });

function block(nodes: readonly NodeResult[], name: string): BlockResult {
  const b = findNode(nodes, name);
  if (b?.node !== 'block') throw new Error(`no block ${name}`);
  return b;
}

describe('VGG-16 activation memory (the CS231n walkthrough)', () => {
  it('the input plus every conv, pool and fc output: 15,237,608 values, about 15.2 M', () => {
    // Computed from the layout alone: 13 same-size 3×3 convolutions in five stages, each stage
    // ending with a 2×2 pool, then 4096, 4096 and 1000 units.
    let size = 224;
    let total = 3 * size * size;
    for (const [convs, channels] of [[2, 64], [2, 128], [3, 256], [3, 512], [3, 512]]) {
      total += convs * channels * size * size;
      size /= 2;
      total += channels * size * size;
    }
    total += 4096 + 4096 + 1000;
    expect(total).toBe(15_237_608);
    expect(analyseNetwork('vgg16').totals.activations).toBe(total);
  });
  it('counts the first convolution’s 224·224·64 = 3,211,264 values, and nothing for its in-place ReLU', () => {
    const rows = analyseNetwork('vgg16').rows;
    expect(rows[0]).toMatchObject({ name: 'stage1.conv1_1', label: 'conv 3×3, 64', outShape: [64, 224, 224], params: 1792, values: 3_211_264, memory: 3_211_264 });
    expect(rows[1]).toMatchObject({ name: 'stage1.relu1_1', values: 3_211_264, memory: 0 });
  });
});

describe('blocks for an expandable view', () => {
  const a = analyseNetwork('resnet50');
  it('a bottleneck holds its body, its projection shortcut, the add and the ReLU, with its own totals', () => {
    const b = block(a.tree, 'layer2.0');
    expect(b).toMatchObject({ type: 'bottleneck', inShape: [256, 56, 56], outShape: [512, 28, 28], block: 'layer2', depth: 1 });
    expect(b.paths?.map((p) => [p.name, p.nodes.map((n) => n.name)])).toEqual([
      [undefined, ['layer2.0.conv1', 'layer2.0.bn1', 'layer2.0.relu1', 'layer2.0.conv2', 'layer2.0.bn2', 'layer2.0.relu2', 'layer2.0.conv3', 'layer2.0.bn3']],
      ['downsample', ['layer2.0.downsample.0', 'layer2.0.downsample.1']],
    ]);
    expect(b.merge).toMatchObject({ name: 'layer2.0.add', kind: 'add', outShape: [512, 28, 28], memory: 0 });
    expect(b.after.map((n) => n.name)).toEqual(['layer2.0.relu']);
    // 1×1 256→128, 3×3 128→128, 1×1 128→512, 1×1 256→512 projection, and γ, β of 128+128+512+512 channels.
    expect(b.params).toBe(256 * 128 + 9 * 128 * 128 + 128 * 512 + 256 * 512 + 2 * (128 + 128 + 512 + 512));
    expect(b.macs).toBe(56 * 56 * 128 * 256 + 28 * 28 * (128 * 9 * 128 + 512 * 128 + 512 * 256));
  });
  it('block totals are the sums of their rows, and the rows add up to the network', () => {
    const sum = (rows: { params: number; macs: number }[]) => rows.reduce((s, r) => [s[0] + r.params, s[1] + r.macs], [0, 0]);
    for (const id of networkIds) {
      const r = analyseNetwork(id);
      const top = r.tree.map((n) => ({ params: n.params, macs: n.macs }));
      expect(sum(top), id).toEqual([r.totals.params, r.totals.macs]);
      expect(sum(r.rows), id).toEqual([r.totals.params, r.totals.macs]);
      expect(r.totals.activations, id).toBe(r.input.reduce((x, y) => x * y, 1) + r.tree.reduce((s, n) => s + n.memory, 0));
    }
  });
  it('an Inception module concatenates four paths: 64 + 128 + 32 + 32 = 256 channels (GoogLeNet 3a)', () => {
    const b = block(analyseNetwork('googlenet').tree, 'inception3a');
    expect(b.paths?.map((p) => p.outShape)).toEqual([[64, 28, 28], [128, 28, 28], [32, 28, 28], [32, 28, 28]]);
    expect(b.merge).toMatchObject({ name: 'inception3a.concat', outShape: [256, 28, 28], memory: 256 * 28 * 28 });
  });
  it('a Fire module squeezes then concatenates two expand paths (SqueezeNet 1.1 fire2: 16 → 64 + 64)', () => {
    const b = block(analyseNetwork('squeezenet1_1').tree, 'features.fire2');
    expect(b.type).toBe('fire');
    expect(b.nodes.map((n) => [n.name, n.outShape])).toEqual([['features.fire2.squeeze', [16, 55, 55]], ['features.fire2.squeeze_activation', [16, 55, 55]]]);
    expect(b.outShape).toEqual([128, 55, 55]);
    expect(b.params).toBe(64 * 16 + 16 + 16 * 64 + 64 + 9 * 16 * 64 + 64);
  });
  it('an inverted residual adds only when stride 1 keeps the channels (MobileNet v2)', () => {
    const tree = analyseNetwork('mobilenet_v2').tree;
    expect(block(tree, 'features.2').merge).toBeUndefined(); // 16 → 24, stride 2
    expect(block(tree, 'features.3').merge).toMatchObject({ kind: 'add', outShape: [24, 56, 56] });
    expect(findNode(tree, 'features.3.conv.1.conv')).toMatchObject({ label: 'depthwise conv 3×3, 144', params: 9 * 144 });
  });
  it('a ShuffleNet v2 unit splits the channels, passes half, and shuffles the concatenation', () => {
    const b = block(analyseNetwork('shufflenet_v2_x1_0').tree, 'stage2.1');
    expect(b.paths?.map((p) => p.nodes[0])).toMatchObject([{ kind: 'chunk', outShape: [58, 28, 28], memory: 0 }, { kind: 'chunk', outShape: [58, 28, 28] }]);
    expect(b.after).toMatchObject([{ kind: 'shuffle', outShape: [116, 28, 28] }]);
  });
  it('a squeeze-excite block scales each channel by a gate computed from the whole map', () => {
    const r = analyseGraph(net([squeezeExcite('se', 64, 16)]));
    if (!r.ok) throw new Error(r.error);
    const b = block(r.tree, 'se');
    expect(b.paths?.[1].outShape).toEqual([64, 1, 1]);
    expect(b.merge).toMatchObject({ kind: 'multiply', outShape: [64, 56, 56] });
    expect(b.params).toBe(64 * 16 + 16 + 16 * 64 + 64);
    expect(b.field).toEqual({ kind: 'global', reason: 'global pooling' });
  });
});

describe('table rows', () => {
  it('have a unique name in every network, so a table can key them', () => {
    for (const id of networkIds) {
      const names = analyseNetwork(id).rows.map((r) => r.name);
      expect(new Set(names).size, id).toBe(names.length);
    }
  });
  it('a dilated convolution spreads its kernel: two 3×3 with dilation 2 see 9 pixels and keep the size with padding 2', () => {
    const r = analyseGraph(net([conv('d1', 64, 3, { dilation: 2, padding: 2 }), conv('d2', 64, 3, { dilation: 2, padding: 2 })]));
    if (!r.ok) throw new Error(r.error);
    expect(r.rows[1]).toMatchObject({ label: 'conv 3×3, 64, dilation 2', outShape: [64, 56, 56], macs: 56 * 56 * 64 * 64 * 9 });
    expect(r.field?.h).toEqual({ size: 9, effectiveStride: 1, effectivePadding: 4 });
  });
});

describe('analysis on another input', () => {
  it('ResNet-18 at 448×448: the same parameters, four times the convolution MACs, a 14×14 last map', () => {
    const small = analyseNetwork('resnet18');
    const big = analyseNetwork('resnet18', [3, 448, 448]);
    expect(big.totals.params).toBe(small.totals.params);
    const convMacs = (a: typeof small) => a.rows.filter((r) => r.kind === 'conv').reduce((s, r) => s + r.macs, 0);
    expect(convMacs(big)).toBe(4 * convMacs(small));
    expect(findNode(big.tree, 'layer4')?.outShape).toEqual([512, 14, 14]);
  });
  it('VGG-16 cannot take a 224×224 input with other than 3 channels, and says which layer', () => {
    expect(() => analyseNetwork('vgg16', [1, 224, 224])).toThrow('VGG-16: stage1.conv1_1: defined for 3 input channels but receives 224×224×1.');
  });
});

describe('invalid graphs name the layer', () => {
  const bad = (nodes: NodeSpec[], input?: [number, number, number]) => {
    const r = analyseGraph(net(nodes, input));
    if (r.ok) throw new Error('expected a failure');
    return r;
  };
  it('a residual add of different shapes', () => {
    const body = [conv('conv1', 128, 3, { stride: 2, padding: 1 }), relu('relu1'), conv('conv2', 128, 3, { padding: 1 })];
    const r = bad([{ kind: 'block', name: 'layer3', type: 'stage', nodes: [residual('1', 'basic', body)] }]);
    expect(r.layer).toBe('layer3.1.add');
    expect(r.error).toBe('layer3.1.add: residual add of 28×28×128 and 56×56×64: the paths must give the same shape.');
    expect(r.rows.map((x) => x.name)).toEqual(['layer3.1.conv1', 'layer3.1.relu1', 'layer3.1.conv2']);
  });
  it('a concatenation of maps of different sizes', () => {
    const r = bad([forked('mixed', 'inception', 'concat', [{ nodes: [conv('a', 32, 1)] }, { nodes: [maxPool('b', 3, { stride: 2 })] }])]);
    expect(r.error).toBe('mixed.concat: concatenation of 56×56×32 and 27×27×64: the maps must have the same height and width.');
  });
  it('a layer defined for other channels than it receives', () => {
    expect(bad([convBnAct('stem', 3, 32, 3)]).error).toBe('stem.conv: defined for 3 input channels but receives 56×56×64.');
  });
  it('a kernel larger than the padded input, a bad group count, a window that no longer fits', () => {
    expect(bad([conv('big', 8, 7)], [3, 5, 5]).error).toBe('big: the kernel (7 wide) is larger than the padded input (5).');
    expect(bad([conv('grouped', 30, 3, { groups: 4 })]).error).toBe('grouped: 64 input and 30 output channels cannot both be split into 4 groups.');
    expect(bad([maxPool('p1', 2), maxPool('p2', 2), maxPool('p3', 2)], [3, 4, 4]).error).toBe('p3: the kernel (2 wide) is larger than the padded input (1).');
  });
  it('a fully connected layer on a feature map, or with the wrong number of inputs', () => {
    expect(bad([fc('fc', 10)], [64, 7, 7]).error).toBe('fc: a fully connected layer needs a flat vector, not the 7×7×64 feature map (flatten it first).');
    expect(bad([flatten(), fc('fc', 10, { inputs: 4096 })], [64, 7, 7]).error).toBe('fc: defined for 4096 inputs but receives 3136.');
  });
  it('a bad input shape', () => {
    expect(analyseGraph(net([]), [3, 0, 8])).toMatchObject({ ok: false, layer: 'input' });
  });
  it('an id the catalogue does not hold', () => {
    expect(() => analyseNetwork('densenet121')).toThrow(/no network "densenet121"/);
  });
});

describe('Keras SAME padding and PyTorch ceil mode', () => {
  it('Xception’s SAME max pools round up: 147 → 74 → 37 → 19, then 10', () => {
    const tree = analyseNetwork('xception').tree;
    expect(['block2', 'block3', 'block4', 'block13'].map((b) => findNode(tree, b)?.outShape)).toEqual([[128, 74, 74], [256, 37, 37], [728, 19, 19], [1024, 10, 10]]);
  });
  it('GoogLeNet’s ceil-mode pools: 112 → 56 → 28 → 14 → 7', () => {
    const tree = analyseNetwork('googlenet').tree;
    expect(['maxpool1', 'maxpool2', 'maxpool3', 'maxpool4'].map((n) => findNode(tree, n)?.outShape.slice(1))).toEqual([[56, 56], [28, 28], [14, 14], [7, 7]]);
  });
  it('the catalogue’s definitions are plain data that a widget can read', () => {
    expect(JSON.parse(JSON.stringify(catalogue.resnet18))).toEqual(catalogue.resnet18);
    expect(fire('f', 96, 16, 64, 64)).toMatchObject({ kind: 'block', type: 'fire', fork: { merge: 'concat' } });
  });
});
