/**
 * What squeeze-and-excitation costs in a real network: the catalogue's ResNet with an SE block at
 * the end of every bottleneck's residual branch (before the addition, as in Hu et al.'s
 * SE-ResNet), analysed layer by layer like every other catalogue network. Plain arithmetic.
 */
import { analyseGraph, catalogue, squeezeExcite, type BlockSpec, type NetworkSpec, type NodeSpec, type NetworkSummary } from '../nn/catalogue';

/** Parameters of one SE block on C channels with reduction r: two fully connected layers with biases. */
export function seParams(channels: number, reduction: number, biases = true): number {
  const hidden = Math.floor(channels / reduction);
  return 2 * channels * hidden + (biases ? hidden + channels : 0);
}

/** Multiply-accumulates of one SE block on an h×w×C map: the two layers plus the channel scaling. */
export function seMacs(channels: number, reduction: number, h: number, w: number): number {
  return 2 * channels * Math.floor(channels / reduction) + h * w * channels;
}

type SeDepth = 50 | 101 | 152;

function withSe(node: NodeSpec, reduction: number, blocks: number[]): NodeSpec {
  if (node.kind !== 'block') return node;
  const b = node as BlockSpec;
  if (b.type === 'bottleneck' && b.fork) {
    const [body, ...rest] = b.fork.paths;
    const last = body.nodes[body.nodes.length - 1];
    const channels = last.kind === 'bn' ? last.channels : undefined;
    if (!channels) throw new Error(`${b.name}: the branch does not end in batch norm.`);
    blocks.push(channels);
    return { ...b, fork: { ...b.fork, paths: [{ ...body, nodes: [...body.nodes, squeezeExcite('se', channels, Math.floor(channels / reduction))] }, ...rest] } };
  }
  return { ...b, nodes: b.nodes.map((n) => withSe(n, reduction, blocks)) };
}

export interface SeResnetCost {
  base: NetworkSummary;
  se: NetworkSummary;
  /** Output channels of every block that received an SE block, in order. */
  blockChannels: number[];
  /** Hu et al.'s count without biases: (2 / r) Σ C². */
  weightsOnly: number;
  /** Multiplications of the channel scaling (Σ H·W·C over the SE blocks), which the MAC totals leave out. */
  scaleMultiplies: number;
}

/** ResNet-depth with and without SE blocks of reduction r, from the catalogue. */
export function seResnetCost(depth: SeDepth, reduction: number): SeResnetCost {
  const base = catalogue[`resnet${depth}`];
  const blockChannels: number[] = [];
  const spec: NetworkSpec = { ...base, id: `se_resnet${depth}`, title: `SE-ResNet-${depth}`, nodes: base.nodes.map((n) => withSe(n, reduction, blockChannels)) };
  const a = analyseGraph(base);
  const b = analyseGraph(spec);
  if (!a.ok || !b.ok) throw new Error(!a.ok ? a.error : !b.ok ? b.error : '');
  const scaleMultiplies = b.rows.filter((r) => r.kind === 'multiply').reduce((n, r) => n + r.outShape.reduce((x, y) => x * y, 1), 0);
  return { base: a.totals, se: b.totals, blockChannels, weightsOnly: blockChannels.reduce((s, c) => s + seParams(c, reduction, false), 0), scaleMultiplies };
}
