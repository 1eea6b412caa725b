import { describe, expect, it } from 'vitest';
import { placeLabels } from '@/components/widgets/ArchitectureExplorer/chartLabels';
import { describeItem, visibleKey } from '@/components/widgets/ArchitectureExplorer/describe';
import { layoutNetwork, SIZES } from '@/components/widgets/ArchitectureExplorer/layout';
import { allNetworkPoints, analysis, ancestors, blockNames, FAMILIES, networkIds, tableItems } from '@/components/widgets/ArchitectureExplorer/model';
import { initialOpen, schema } from '@/components/widgets/ArchitectureExplorer/state';
import { ISSUES } from '@/components/widgets/ArchitectureExplorer/strings';
import { issuesText } from '@/components/widgets/shared/frame/issueStrings';
import reference from '../../reference/architectures.json';

const none = new Set<string>();

describe('ArchitectureExplorer table', () => {
  it('collapses every block by default: one row per top-level node, summing to the published counts', () => {
    for (const m of reference.models) {
      const a = analysis(m.id as (typeof networkIds)[number]);
      const items = tableItems(a, none);
      expect(items).toHaveLength(1 + a.tree.length);
      const top = items.filter((i) => i.type !== 'input');
      const params = top.reduce((s, i) => s + (i.type === 'layer' ? i.row.params : i.type === 'block' ? i.block.params : 0), 0);
      const macs = top.reduce((s, i) => s + (i.type === 'layer' ? i.row.macs : i.type === 'block' ? i.block.macs : 0), 0);
      expect(params, m.id).toBe(m.params);
      expect(macs, m.id).toBe(m.macs);
    }
  });

  it('keeps ResNet-152 short until a block is opened', () => {
    const a = analysis('resnet152');
    expect(a.rows.length).toBeGreaterThan(500);
    expect(tableItems(a, none).length).toBeLessThan(15);
    const layer3 = tableItems(a, new Set(['layer3']));
    // torchvision's ResNet-152 has 36 bottlenecks in layer3.
    expect(layer3.filter((i) => i.type === 'block' && i.depth === 1)).toHaveLength(36);
  });

  it('shows every layer exactly once, in execution order, with all blocks open', () => {
    for (const id of ['googlenet', 'resnet50', 'inception_v3', 'shufflenet_v2_x1_0'] as const) {
      const a = analysis(id);
      const rows = tableItems(a, new Set(blockNames(a.tree))).flatMap((i) => (i.type === 'layer' ? [i.row.name] : []));
      expect(rows, id).toEqual(a.rows.map((r) => r.name));
    }
  });

  it("adds VGG-16's memory column to the input plus every stored output", () => {
    const a = analysis('vgg16');
    const items = tableItems(a, none);
    const memory = items.reduce((s, i) => s + (i.type === 'input' ? i.memory : i.type === 'layer' ? i.row.memory : i.type === 'block' ? i.block.memory : 0), 0);
    // Closed form: the input, two maps of 224²·64, 112²·128, three of 56²·256, 28²·512, 14²·512, the pools, the FC outputs.
    const conv = 2 * 224 * 224 * 64 + 2 * 112 * 112 * 128 + 3 * 56 * 56 * 256 + 3 * 28 * 28 * 512 + 3 * 14 * 14 * 512;
    const pools = 112 * 112 * 64 + 56 * 56 * 128 + 28 * 28 * 256 + 14 * 14 * 512 + 7 * 7 * 512;
    expect(memory).toBe(224 * 224 * 3 + conv + pools + 4096 + 4096 + 1000);
  });

  it("lists an Inception module's four paths and a residual block's identity shortcut", () => {
    const g = tableItems(analysis('googlenet'), new Set(['inception3a']));
    const paths = g.filter((i) => i.type === 'path');
    expect(paths).toHaveLength(4);
    expect(paths.every((p) => p.type === 'path' && p.layers > 0)).toBe(true);
    const r = tableItems(analysis('resnet18'), new Set(['layer1', 'layer1.0']));
    const shortcut = r.filter((i) => i.type === 'path')[1];
    expect(shortcut).toMatchObject({ type: 'path', layers: 0, params: 0 });
    expect(r.some((i) => i.type === 'layer' && i.row.kind === 'add')).toBe(true);
  });
});

describe('ArchitectureExplorer selection', () => {
  it('finds the blocks around a layer and what is visible of it', () => {
    const a = analysis('resnet50');
    expect(ancestors(a.tree, 'layer3.4.conv2')).toEqual(['layer3', 'layer3.4']);
    expect(ancestors(a.tree, 'layer3.4.add')).toEqual(['layer3', 'layer3.4']);
    expect(visibleKey(a, 'layer3.4.conv2', none)).toBe('layer3');
    expect(visibleKey(a, 'layer3.4.conv2', new Set(['layer3']))).toBe('layer3.4');
    expect(visibleKey(a, 'layer3.4.conv2', new Set(['layer3', 'layer3.4']))).toBe('layer3.4.conv2');
  });

  it('describes a layer with its numbers and a block with its totals', () => {
    const a = analysis('vgg16');
    expect(describeItem(a, 'stage5.conv5_1', none, true)).toContain('2,359,808 parameters');
    expect(describeItem(a, 'stage1', none, true)).toMatch(/stage of 5 layers \(closed\).*38,720 parameters/);
    expect(describeItem(a, 'input', none, false)).toBe('Input image 224×224×3: 150,528 values.');
  });
});

describe('ArchitectureExplorer diagram', () => {
  const overlap = (a: { x: number; y: number; w: number; h: number }, b: typeof a) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

  it('draws one box per visible row, none overlapping, inside their frames', () => {
    for (const id of ['vgg16', 'googlenet', 'resnet18', 'mobilenet_v2', 'inception_v3', 'squeezenet1_1'] as const) {
      const a = analysis(id);
      const closed = layoutNetwork(a, none);
      expect(closed.boxes, id).toHaveLength(1 + a.tree.length);
      const open = layoutNetwork(a, new Set(blockNames(a.tree)));
      expect(open.boxes.map((b) => b.key), id).toEqual(['input', ...a.rows.map((r) => r.name)]);
      const clashes: string[] = [];
      for (let i = 0; i < open.boxes.length; i++) {
        for (let j = i + 1; j < open.boxes.length; j++) if (overlap(open.boxes[i], open.boxes[j])) clashes.push(`${open.boxes[i].key} / ${open.boxes[j].key}`);
      }
      expect(clashes, id).toEqual([]);
      for (const f of open.frames) {
        for (const b of open.boxes.filter((x) => x.key.startsWith(`${f.key}.`))) {
          expect(b.x >= f.x && b.x + b.w <= f.x + f.w && b.y >= f.y && b.y + b.h <= f.y + f.h, `${b.key} inside ${f.key}`).toBe(true);
        }
      }
      expect(Math.max(...open.boxes.map((b) => b.x + b.w))).toBeLessThanOrEqual(open.width);
    }
  });

  it('makes larger outputs taller, within the size limits', () => {
    const a = analysis('vgg16');
    const boxes = layoutNetwork(a, new Set(blockNames(a.tree))).boxes;
    const h = (key: string) => boxes.find((b) => b.key === key)!.h;
    expect(h('stage1.conv1_1')).toBe(SIZES.maxH);
    expect(h('stage1.conv1_1')).toBeGreaterThan(h('stage2.conv2_1'));
    expect(h('stage2.conv2_1')).toBeGreaterThan(h('stage5.conv5_1'));
    expect(Math.min(...boxes.map((b) => b.h))).toBeGreaterThanOrEqual(SIZES.minH);
  });

  it('stacks the paths of a fork in lanes', () => {
    const a = analysis('googlenet');
    const boxes = layoutNetwork(a, new Set(['inception3a', 'inception3a.branch1', 'inception3a.branch2.0'])).boxes;
    const y = (key: string) => boxes.find((b) => b.key === key)!.y;
    expect(y('inception3a.branch2.0.conv')).toBeGreaterThan(y('inception3a.branch1.conv'));
  });
});

describe('ArchitectureExplorer chart', () => {
  it('places all 22 networks, each in one family', () => {
    const points = allNetworkPoints();
    expect(points).toHaveLength(22);
    expect(FAMILIES.flatMap((f) => f.members).sort()).toEqual([...networkIds].sort());
    for (const m of reference.models) expect(points.find((p) => p.id === m.id)).toMatchObject({ params: m.params, macs: m.macs });
  });

  it('places labels that never overlap each other', () => {
    const wishes = Array.from({ length: 30 }, (_, i) => ({ x: 100 + (i % 6) * 20, y: 100 + Math.floor(i / 6) * 8, text: `Network ${i}`, must: i === 3 }));
    const placed = placeLabels(wishes, { left: 0, right: 600, top: 0, bottom: 400 }, 'all');
    expect(placed.some((p) => p.text === 'Network 3' && p.must)).toBe(true);
    const box = (p: (typeof placed)[number]) => {
      const w = p.text.length * 6.4;
      const x0 = p.anchor === 'start' ? p.x : p.x - w;
      return { x: x0, y: p.y - 6.5, w, h: 13 };
    };
    for (let i = 0; i < placed.length; i++) for (let j = i + 1; j < placed.length; j++) expect(overlap(box(placed[i]), box(placed[j]))).toBe(false);
    expect(placeLabels(wishes, { left: 0, right: 600, top: 0, bottom: 400 }, 'must')).toHaveLength(1);
  });

  function overlap(a: { x: number; y: number; w: number; h: number }, b: typeof a) {
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
  }
});

describe('ArchitectureExplorer state', () => {
  it('opens all blocks or the named ones, and reports names it does not know', () => {
    expect(initialOpen('vgg16', 'all').open).toEqual(['stage1', 'stage2', 'stage3', 'stage4', 'stage5', 'classifier']);
    expect(initialOpen('googlenet', 'inception3a, inception9z')).toEqual({ open: ['inception3a'], unknown: ['inception9z'] });
    expect(initialOpen('nonsense', 'all')).toEqual({ open: [], unknown: [] });
  });

  it('accepts a valid link', () => {
    expect(schema.parse({ network: 'resnet50', open: ['layer1', 'layer1.0'], selected: 'layer1.0.conv2', exact: true })).toEqual({
      state: { network: 'resnet50', open: ['layer1', 'layer1.0'], selected: 'layer1.0.conv2', exact: true },
      issues: [],
    });
  });

  it.each([
    [null, /object/],
    [{ network: 'vgg17' }, /no network "vgg17".*vgg16/],
    [{ network: 3 }, /network must be/],
    [{ network: 'vgg16', open: ['stage9'] }, /VGG-16 has no block named "stage9"/],
    [{ open: 'stage1' }, /list of block names/],
    [{ selected: 4 }, /selected must be/],
    [{ exact: 'yes' }, /exact must be true or false/],
  ])('rejects %o', (raw, message) => {
    // A refused link leaves the state as it was and says why, in the words the widget shows.
    const r = schema.parse(raw);
    expect(r.state).toEqual(schema.defaults);
    expect(r.issues).not.toEqual([]);
    expect(issuesText(r.issues, ISSUES)).toMatch(message);
  });
});
