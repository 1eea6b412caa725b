/**
 * Transfer learning on a catalogue network: its last fully connected layer replaced by a new head
 * for `classes` outputs, the rest grouped into the parts a reader freezes or fine-tunes (the
 * network's top-level stages), and how many parameters train in each of three regimes:
 *
 *   features  feature extraction: the trunk frozen, only the new head trains;
 *   top       fine-tuning the top `top` parts of the trunk with the head;
 *   all       fine-tuning every layer (the trunk at a smaller learning rate).
 *
 * Every count comes from analysing the modified network (./catalogue), never from a stored total.
 */
import { analyseGraph, catalogue, isNetworkId, type LayerRow, type LayerSpec, type NodeResult, type NodeSpec } from './catalogue';

export const TRANSFER_REGIMES = ['features', 'top', 'all'] as const;
export type TransferRegime = (typeof TRANSFER_REGIMES)[number];

export interface TransferPart {
  /** The catalogue's name for it ('layer4', 'stem'), or the layers' names for part of a block. */
  name: string;
  params: number;
  /** The new head: the replaced last layer. */
  head: boolean;
}

export interface RegimePlan {
  regime: TransferRegime;
  /** One flag per part, in order: does it train? */
  trains: boolean[];
  trainable: number;
}

export interface TransferPlan {
  title: string;
  classes: number;
  /** Features the head reads (the replaced layer's inputs). */
  features: number;
  /** Trunk parts first (input to output), the head last. */
  parts: TransferPart[];
  regimes: RegimePlan[];
  total: number;
}

export type TransferResult = ({ ok: true } & TransferPlan) | { ok: false; error: string };

/** Every layer of a definition in order (a block's own layers, its paths, then what follows the merge). */
const specLayers = (nodes: readonly NodeSpec[]): LayerSpec[] =>
  nodes.flatMap((n) => (n.kind === 'block' ? specLayers([...n.nodes, ...(n.fork?.paths.flatMap((p) => p.nodes) ?? []), ...(n.after ?? [])]) : [n]));

/** The same definition with `head` (found by identity) giving `classes` outputs. */
function withHead(nodes: readonly NodeSpec[], head: LayerSpec, classes: number): NodeSpec[] {
  return nodes.map((n) => {
    if (n === head) return { ...n, units: classes } as NodeSpec;
    if (n.kind !== 'block') return n;
    const fork = n.fork ? { ...n.fork, paths: n.fork.paths.map((p) => ({ ...p, nodes: withHead(p.nodes, head, classes) })) } : undefined;
    return { ...n, nodes: withHead(n.nodes, head, classes), ...(fork ? { fork } : {}), ...(n.after ? { after: withHead(n.after, head, classes) } : {}) };
  });
}

/** Every analysed layer in order. */
const rowsOf = (nodes: readonly NodeResult[]): LayerRow[] =>
  nodes.flatMap((n) => (n.node === 'layer' ? [n] : rowsOf([...n.nodes, ...(n.paths?.flatMap((p) => p.nodes) ?? []), ...n.after])));

export function transferPlan(network: string, classes: number, top = 1): TransferResult {
  if (!isNetworkId(network)) return { ok: false, error: `the catalogue has no network "${network}".` };
  if (!Number.isInteger(classes) || classes < 1 || classes > 100_000) return { ok: false, error: `classes must be a whole number from 1 to 100,000 (got ${classes}).` };
  const spec = catalogue[network];
  const head = specLayers(spec.nodes).filter((l) => l.kind === 'fc').at(-1);
  if (!head) return { ok: false, error: `${spec.title} ends without a fully connected layer to replace.` };
  const r = analyseGraph({ ...spec, nodes: withHead(spec.nodes, head, classes) });
  if (!r.ok) return { ok: false, error: r.error };
  const headRow = rowsOf(r.tree).filter((row) => row.kind === 'fc').at(-1)!;
  const parts: TransferPart[] = [];
  for (const node of r.tree) {
    const rows = rowsOf([node]);
    const holdsHead = rows.includes(headRow);
    const params = node.params - (holdsHead ? headRow.params : 0);
    if (params <= 0) continue;
    // A block that ends in the head (VGG's classifier) is named by its other weight layers.
    const name = holdsHead ? rows.filter((x) => x !== headRow && x.params > 0).map((x) => x.name.split('.').at(-1)).join(', ') : node.name;
    parts.push({ name, params, head: false });
  }
  if (!Number.isInteger(top) || top < 1 || top >= parts.length) return { ok: false, error: `top must be a whole number from 1 to ${parts.length - 1} (got ${top}).` };
  parts.push({ name: head.name, params: headRow.params, head: true });
  const trunk = parts.length - 1;
  const plan = (regime: TransferRegime): RegimePlan => {
    const trains = parts.map((p, i) => p.head || regime === 'all' || (regime === 'top' && i >= trunk - top));
    return { regime, trains, trainable: parts.reduce((a, p, i) => a + (trains[i] ? p.params : 0), 0) };
  };
  const features = headRow.inShape.reduce((a, b) => a * b, 1);
  return { ok: true, title: spec.title, classes, features, parts, regimes: TRANSFER_REGIMES.map(plan), total: r.totals.params };
}
