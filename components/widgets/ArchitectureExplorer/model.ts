/**
 * What ArchitectureExplorer shows, as plain data: the catalogue's analysis of a network (cached),
 * the rows of its table with some blocks expanded, the blocks it has, and every network's totals
 * for the parameters-against-MACs chart. No React.
 */
import {
  analyseNetwork,
  isNetworkId,
  networkIds,
  type BlockResult,
  type Field,
  type LayerRow,
  type NetworkAnalysis,
  type NetworkId,
  type NodeResult,
  type Shape,
} from '@/lib/nn/catalogue';

export type Family = 'classic' | 'vgg' | 'inception' | 'resnet' | 'light';

export const FAMILIES: readonly { family: Family; members: readonly NetworkId[] }[] = [
  { family: 'classic', members: ['lenet5', 'alexnet', 'zfnet', 'nin'] },
  { family: 'vgg', members: ['vgg11', 'vgg13', 'vgg16', 'vgg19', 'vgg16_bn'] },
  { family: 'inception', members: ['googlenet', 'inception_v3'] },
  { family: 'resnet', members: ['resnet18', 'resnet34', 'resnet50', 'resnet101', 'resnet152'] },
  { family: 'light', members: ['squeezenet1_0', 'squeezenet1_1', 'mobilenet_v1', 'mobilenet_v2', 'shufflenet_v2_x1_0', 'xception'] },
];

export function familyOf(id: NetworkId): Family {
  return FAMILIES.find((f) => f.members.includes(id))!.family;
}

const cache = new Map<NetworkId, NetworkAnalysis>();

/** The catalogue's analysis of a network on its own input, computed once per page. */
export function analysis(id: NetworkId): NetworkAnalysis {
  let a = cache.get(id);
  if (!a) {
    a = analyseNetwork(id);
    cache.set(id, a);
  }
  return a;
}

export { isNetworkId, networkIds };
export type { NetworkId };

/** The inner nodes of a block in execution order: head, each path, the merge, the tail. */
export function children(block: BlockResult): NodeResult[] {
  return [...block.nodes, ...(block.paths ?? []).flatMap((p) => p.nodes), ...(block.merge ? [block.merge] : []), ...block.after];
}

/** Every block of a tree, outermost first, in execution order. */
export function blockNames(tree: readonly NodeResult[]): string[] {
  const names: string[] = [];
  const walk = (nodes: readonly NodeResult[]) => {
    for (const n of nodes) {
      if (n.node !== 'block') continue;
      names.push(n.name);
      walk(children(n));
    }
  };
  walk(tree);
  return names;
}

/** The blocks that enclose a row or block, outermost first ('layer3.4.conv2' → layer3, layer3.4). */
export function ancestors(tree: readonly NodeResult[], name: string): string[] {
  const chain: string[] = [];
  let level: readonly NodeResult[] = tree;
  for (;;) {
    const next = level.find((n): n is BlockResult => n.node === 'block' && n.name !== name && (name.startsWith(`${n.name}.`) || n.merge?.name === name));
    if (!next) return chain;
    chain.push(next.name);
    level = children(next);
  }
}

/** A row of the table: the input, a layer or merge, a block (collapsed or open), or one path of a fork. */
export type TableItem =
  | { type: 'input'; key: string; depth: 0; outShape: Shape; memory: number }
  | { type: 'layer'; key: string; depth: number; short: string; row: LayerRow }
  | { type: 'block'; key: string; depth: number; short: string; block: BlockResult; open: boolean; layers: number }
  | { type: 'path'; key: string; depth: number; index: number; of: number; name?: string; layers: number; params: number; outShape: Shape };

/** The name relative to the enclosing block: 'layer1.0.downsample.0' in 'layer1.0' → 'downsample.0'. */
export function shortName(name: string, parent: string | null): string {
  return parent && name.startsWith(`${parent}.`) ? name.slice(parent.length + 1) : name;
}

/** Layers (and merges) inside a node, however deeply nested. */
export function layerCount(node: NodeResult): number {
  return node.node === 'layer' ? 1 : children(node).reduce((a, n) => a + layerCount(n), 0);
}

/** The table's rows with the `open` blocks expanded (everything else collapsed into one row). */
export function tableItems(a: NetworkAnalysis, open: ReadonlySet<string>): TableItem[] {
  const items: TableItem[] = [{ type: 'input', key: 'input', depth: 0, outShape: a.input, memory: a.input.reduce((x, y) => x * y, 1) }];
  const add = (nodes: readonly NodeResult[], depth: number, parent: string | null) => {
    for (const n of nodes) {
      if (n.node === 'layer') {
        items.push({ type: 'layer', key: n.name, depth, short: shortName(n.name, parent), row: n });
        continue;
      }
      const isOpen = open.has(n.name);
      items.push({ type: 'block', key: n.name, depth, short: shortName(n.name, parent), block: n, open: isOpen, layers: layerCount(n) });
      if (!isOpen) continue;
      add(n.nodes, depth + 1, n.name);
      n.paths?.forEach((p, i, all) => {
        items.push({
          type: 'path',
          key: `${n.name}#path${i}`,
          depth: depth + 1,
          index: i,
          of: all.length,
          ...(p.name ? { name: p.name } : {}),
          layers: p.nodes.reduce((x, m) => x + layerCount(m), 0),
          params: p.nodes.reduce((x, m) => x + m.params, 0),
          outShape: p.outShape,
        });
        add(p.nodes, depth + 2, n.name);
      });
      if (n.merge) items.push({ type: 'layer', key: n.merge.name, depth: depth + 1, short: shortName(n.merge.name, n.name), row: n.merge });
      add(n.after, depth + 1, n.name);
    }
  };
  add(a.tree, 0, null);
  return items;
}

/** The receptive field as a reader reads it: '212', '3×7', or null when the outputs see everything. */
export function fieldSize(field: Field): string | null {
  if (field.kind === 'global') return null;
  return field.h.size === field.w.size ? String(field.h.size) : `${field.h.size}×${field.w.size}`;
}

export interface NetworkPoint {
  id: NetworkId;
  title: string;
  family: Family;
  params: number;
  macs: number;
  activations: number;
}

/** Every catalogue network's totals (each analysed once), for the chart and its table. */
export function allNetworkPoints(): NetworkPoint[] {
  return networkIds.map((id) => {
    const a = analysis(id);
    return { id, title: a.title, family: familyOf(id), params: a.totals.params, macs: a.totals.macs, activations: a.totals.activations };
  });
}

/** Bytes of float32 numbers. */
export const float32Bytes = (values: number) => values * 4;
