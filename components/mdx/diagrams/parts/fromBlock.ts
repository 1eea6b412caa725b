/**
 * A catalogue block (lib/nn/catalogue) as a flow: analysed on an input shape, its layers grouped
 * into boxes (a weight layer with its batch norm and activation), each arrow labelled with the
 * computed shape. Nothing here counts: shapes, labels and parameters all come from lib/nn.
 */
import { analyseGraph, type BlockResult, type BlockSpec, type LayerRow, type NodeResult, type Shape } from '@/lib/nn/catalogue';
import { shapeLabel } from '@/lib/nn/layerStack';
import type { FlowBox, FlowSpec } from './flowLayout';

/** Analyse one block on an input shape [C, H, W]: the block's result, or why it cannot run. */
export function analyseBlock(block: BlockSpec, input: Shape): { ok: true; block: BlockResult } | { ok: false; error: string } {
  const r = analyseGraph({ id: block.name, title: block.name, source: 'diagram', input, nodes: [block] });
  if (!r.ok) return { ok: false, error: r.error };
  return { ok: true, block: r.tree[0] as BlockResult };
}

const ACT_NAMES: Record<string, string> = { relu: 'ReLU', relu6: 'ReLU6', sigmoid: 'sigmoid', tanh: 'tanh', hardswish: 'h-swish', softmax: 'softmax' };

/** A short name for a layer that rides along in a box: 'BN', 'ReLU'. */
function minorName(row: LayerRow): string {
  if (row.kind === 'bn') return 'BN';
  if (row.kind === 'act') return ACT_NAMES[row.label] ?? row.label;
  return row.label;
}

const isMinor = (row: LayerRow) => row.kind === 'bn' || row.kind === 'act' || row.kind === 'dropout';

/** A nested block with its own fork (an SE block inside a unit) is one box. */
function flatten(nodes: readonly NodeResult[]): (LayerRow | BlockResult)[] {
  return nodes.flatMap((n) => (n.node === 'layer' ? [n] : n.paths ? [n] : flatten([...n.nodes, ...n.after])));
}

export interface GroupOptions {
  /** 'post': BN and activation follow their convolution (ResNet); 'pre': they come before it (pre-activation). */
  order?: 'post' | 'pre';
  /** Main-line text for a layer; default its catalogue label ('conv 3×3/2, 128'). */
  name?: (row: LayerRow) => string;
}

/** Group layers into boxes: one weight layer (or pooling, split, shuffle …) with the BN and activations beside it. */
export function groupBoxes(nodes: readonly NodeResult[], o: GroupOptions = {}): FlowBox[] {
  const order = o.order ?? 'post';
  const groups: { major?: LayerRow | BlockResult; minors: LayerRow[]; last: LayerRow | BlockResult; before: LayerRow[] }[] = [];
  let pending: LayerRow[] = [];
  for (const n of flatten(nodes)) {
    const minor = n.node === 'layer' && isMinor(n);
    const open = groups[groups.length - 1];
    if (minor && order === 'post' && open) {
      open.minors.push(n as LayerRow);
      open.last = n;
    } else if (minor) {
      pending.push(n as LayerRow);
    } else {
      groups.push({ major: n, minors: [], last: n, before: pending });
      pending = [];
    }
  }
  // Minor layers left over (an activation after the merge, pre-activation's trailing BN) are boxes of their own.
  if (pending.length) groups.push({ minors: [], last: pending[pending.length - 1], before: pending });
  return groups.map((g) => {
    const rows = [...g.before, ...(g.major ? [g.major] : []), ...g.minors];
    const params = rows.reduce((a, r) => a + r.params, 0);
    const majorName = g.major ? (g.major.node === 'block' ? g.major.type : (o.name ?? ((r: LayerRow) => r.label))(g.major)) : null;
    const beforeNames = g.before.map(minorName).join(' · ');
    const afterNames = g.minors.map(minorName).join(' · ');
    // Read top to bottom in the order applied: pre-activation's BN · ReLU sits above its convolution.
    const lines = majorName === null ? [beforeNames] : beforeNames ? [beforeNames, majorName] : [majorName];
    return {
      lines,
      sub: afterNames && majorName !== null ? [afterNames] : [],
      kind: params > 0 ? 'learns' : 'fixed',
      out: shapeLabel(g.last.outShape),
    } satisfies FlowBox;
  });
}

/**
 * Keep a shape label only where the shape changes along a line of boxes: the input and output
 * tensors name the shape, and a label on every arrow would repeat it.
 */
function onlyChanges(boxes: FlowBox[], from: string, keepLast = false): { boxes: FlowBox[]; shape: string } {
  let shape = from;
  const kept = boxes.map((b, i) => {
    const same = b.out === shape;
    shape = b.out ?? shape;
    return same && !(keepLast && i === boxes.length - 1) ? { ...b, out: undefined } : b;
  });
  return { boxes: kept, shape };
}

export interface FlowOptions extends GroupOptions {
  inputName?: string;
  outputName?: string;
  identity?: string;
  spine?: FlowSpec['spine'];
  /** 'changes' (default): label an arrow only where the shape changes; 'all': every arrow. */
  labels?: 'changes' | 'all';
}

/** The whole block as a flow, from input tensor to output tensor. */
export function blockFlow(block: BlockResult, o: FlowOptions = {}): FlowSpec {
  const all = o.labels === 'all';
  const trim = (boxes: FlowBox[], from: string, keepLast = false) => (all ? { boxes, shape: boxes.at(-1)?.out ?? from } : onlyChanges(boxes, from, keepLast));
  const head = trim(groupBoxes(block.nodes, o), shapeLabel(block.inShape));
  const paths = block.paths?.map((p, i) => ({
    ...trim(groupBoxes(p.nodes, o), head.shape, i > 0),
    label: p.nodes.length === 0 ? (o.identity ?? 'identity') : undefined,
  }));
  const merged = block.merge ? shapeLabel(block.merge.outShape) : head.shape;
  const spineShape = paths?.[0]?.shape ?? head.shape;
  const tail = trim(groupBoxes(block.after, o), merged);
  const last = tail.boxes.at(-1);
  if (last && !all && last.out === shapeLabel(block.outShape)) tail.boxes[tail.boxes.length - 1] = { ...last, out: undefined };
  return {
    input: { lines: [`${o.inputName ?? 'input'} ${shapeLabel(block.inShape)}`] },
    before: head.boxes,
    paths: paths?.map(({ boxes, label }) => ({ boxes, label })),
    merge: block.merge?.kind === 'add' || block.merge?.kind === 'multiply' || block.merge?.kind === 'concat' ? block.merge.kind : undefined,
    mergeOut: block.merge && (all || (merged !== spineShape && tail.boxes.length > 0)) ? merged : undefined,
    after: tail.boxes,
    output: { lines: [`${o.outputName ?? 'output'} ${shapeLabel(block.outShape)}`] },
    spine: o.spine ?? 'first',
  };
}
